import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { stubAnimationFrames } from '../../../tests/components/animationFrames';
import { recordImages } from '../../../tests/components/canvasSpy';
import { demoRenderer } from '../../../tests/components/demoHarness';
import RepresentationsDemo from './RepresentationsDemo';
import { representationParams } from './settings';
import type { ViewerContent } from './viewer';

// jsdom has no WebGL: the three.js module is replaced by a recorder (or by "no WebGL")
const fake = vi.hoisted(() => ({ webgl: true, shown: [] as ViewerContent[], renders: [] as [number, number][] }));
vi.mock('./viewer', () => ({
  createViewer: () =>
    fake.webgl
      ? {
          show: (content: ViewerContent) => fake.shown.push(content),
          render: (yaw: number, pitch: number) => fake.renders.push([yaw, pitch]),
          dispose: () => undefined,
        }
      : null,
}));

const lastOfSize = (images: string[], size: number) => images.filter((image) => image.startsWith(`${size}x${size}:`)).at(-1);

const renderDemo = demoRenderer(RepresentationsDemo, representationParams);

const panel = (name: RegExp) => screen.getByRole('region', { name });

beforeEach(() => {
  fake.webgl = true;
  fake.shown.length = 0;
  fake.renders.length = 0;
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('3D representations demo', () => {
  it('the point-count slider changes the points drawn, their stated memory and the text alternative', () => {
    recordImages();
    renderDemo();
    const slider = screen.getByRole('slider', { name: 'Point count' });
    expect(slider).toHaveAttribute('aria-valuetext', '2,000 points');
    const points = panel(/Point cloud/);
    expect(within(points).getByText(/^Memory: N × 3 × 4 = 2,000 × 12 = 24,000 bytes \(23\.4 KiB\)$/)).toBeInTheDocument();
    expect(
      within(points).getByRole('img', { name: 'Point cloud of a chair: 2,000 points sampled on the surface, seen at yaw 30°, pitch 20°.' }),
    ).toBeInTheDocument();
    expect(fake.shown.filter((c) => c.kind === 'points').at(-1)).toMatchObject({ positions: { length: 6000 } });

    fireEvent.change(slider, { target: { value: '7' } }); // the last stop
    expect(slider).toHaveAttribute('aria-valuetext', '20,000 points');
    expect(within(points).getByText(/= 20,000 × 12 = 240,000 bytes \(234\.4 KiB\)$/)).toBeInTheDocument();
    expect(within(points).getByRole('img', { name: /^Point cloud of a chair: 20,000 points/ })).toBeInTheDocument();
    expect(fake.shown.filter((c) => c.kind === 'points').at(-1)).toMatchObject({ positions: { length: 60_000 } });
  });

  it('the voxel-resolution slider changes the grid, R³ in the memory line and the description', async () => {
    recordImages();
    renderDemo();
    const slider = screen.getByRole('slider', { name: 'Voxel resolution R' });
    fireEvent.change(slider, { target: { value: '32' } });
    expect(slider).toHaveAttribute('aria-valuetext', '32³ = 32,768 cells');
    const voxels = panel(/Voxel grid/);
    // the new grid is voxelised in slices, a few frames later
    await waitFor(() =>
      expect(
        within(voxels).getByText(/^Memory: R³ bits = 32³ = 32,768 cells × 1 bit = 4,096 bytes \(4 KiB\); 32,768 bytes at one byte a cell\./),
      ).toBeInTheDocument(),
    );
    // the picture and its description follow the same slices: wait for them as well
    await waitFor(() => expect(within(voxels).getByRole('img', { name: /^Voxel grid of a chair: 32³ cells, [\d,]+ occupied/ })).toBeInTheDocument());
    await waitFor(() => {
      const grid = fake.shown.filter((c) => c.kind === 'voxels').at(-1);
      expect(grid?.kind === 'voxels' && grid.grid.resolution).toBe(32);
    });
  });

  it('switching the shape states the new topology at once, and redraws the depth map in that frame, then the six views and the slice one frame each', async () => {
    const frames = stubAnimationFrames();
    const images = recordImages();
    renderDemo();
    await frames.settle();
    const chair = { slice: lastOfSize(images, 121), views: images.filter((image) => image.startsWith('96x96:')).slice(-6) };
    fireEvent.click(screen.getByRole('radio', { name: 'Torus' }));
    expect(within(panel(/^Mesh/)).getByText(/V − E \+ F = 1,152 − 3,456 \+ 2,304 = 0 \(one hole\)$/)).toBeInTheDocument();
    expect(screen.getByRole('img', { name: /^Mesh of a torus: 1,152 vertices, 2,304 triangles/ })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: /^Slice of the torus's signed distance function on the plane x = 0\.00/ })).toBeInTheDocument();
    // the torus's six views are traced in slices over frames: once they are shown, back to the chair
    await frames.settle();
    expect(screen.getByRole('img', { name: /^6 grey images of a torus/ })).toBeInTheDocument();
    expect(lastOfSize(images, 121)).not.toBe(chair.slice);

    const from = images.length;
    const drawn = () => images.slice(from).map((image) => image.split(':')[0]);
    fireEvent.click(screen.getByRole('radio', { name: 'Chair' }));
    expect(drawn()).toEqual(['128x128']); // the chair's depth map, known already
    frames.run(); // the frame that shows the change carries nothing more
    expect(drawn()).toEqual(['128x128']);
    frames.run();
    expect(drawn()).toEqual(['128x128', ...Array(6).fill('96x96')]);
    frames.run();
    expect(drawn()).toEqual(['128x128', ...Array(6).fill('96x96'), '121x121']);
    expect({ slice: lastOfSize(images, 121), views: images.slice(-7, -1) }).toEqual(chair);
  });

  it('a drag on the depth map, or the slice slider, redraws that one view at once, with the numbers beside it', async () => {
    const frames = stubAnimationFrames();
    const images = recordImages();
    renderDemo();
    await frames.settle();
    const surface = screen.getByRole('img', { name: /^Depth map of a chair/ }).parentElement!;
    fireEvent.pointerDown(surface, { pointerId: 1, button: 0, clientX: 100, clientY: 100 });
    for (const x of [120, 140]) {
      const from = images.length;
      const yaw = screen.getByRole('slider', { name: 'Turn (yaw)' }).getAttribute('aria-valuetext');
      fireEvent.pointerMove(surface, { pointerId: 1, clientX: x, clientY: 100 });
      expect(screen.getByRole('slider', { name: 'Turn (yaw)' })).not.toHaveAttribute('aria-valuetext', yaw);
      // a preview, or the full map of a view seen before
      expect(images.slice(from).map((image) => image.split(':')[0])).toEqual([expect.stringMatching(/^(64x64|128x128)$/)]);
      await act(() => new Promise((resolve) => setTimeout(resolve, 0))); // the next move is another task
    }
    fireEvent.pointerUp(surface, { pointerId: 1, clientX: 140, clientY: 100 });
    await frames.settle();

    const from = images.length;
    fireEvent.change(screen.getByRole('slider', { name: 'Slice plane x' }), { target: { value: '0.5' } });
    expect(screen.getByRole('img', { name: /plane x = 0\.50/ })).toBeInTheDocument();
    expect(images.slice(from).map((image) => image.split(':')[0])).toEqual(['121x121']);
  });

  it('arrow keys on a focused 3D view turn every view, the depth map included, and store the rotation', async () => {
    const images = recordImages();
    const { changes } = renderDemo();
    const depthBefore = lastOfSize(images, 128);
    const mesh = screen.getByRole('img', { name: /^Mesh of a chair/ });
    mesh.focus();
    fireEvent.keyDown(mesh, { key: 'ArrowLeft' });
    expect(changes.at(-1)).toEqual({ yaw: 35, pitch: 20 });
    expect(screen.getByRole('slider', { name: 'Turn (yaw)' })).toHaveAttribute('aria-valuetext', '35°');
    expect(screen.getByRole('img', { name: /^Point cloud of a chair: .* yaw 35°, pitch 20°/ })).toBeInTheDocument();
    // WebGL views draw in the next animation frame, once however many changes came before it
    await waitFor(() => expect(fake.renders.at(-1)).toEqual([35, 20]));
    // the depth map turns at once at a quarter of its pixels, then in full once the rotation rests
    expect(lastOfSize(images, 64)).toBeDefined();
    await waitFor(() => expect(lastOfSize(images, 128)).not.toBe(depthBefore));
  });

  it('keeps reading the depth under the pointer while the map is a preview (fewer pixels)', () => {
    recordImages();
    renderDemo();
    const depth = screen.getByRole('img', { name: /^Depth map of a chair/ });
    vi.spyOn(depth, 'getBoundingClientRect').mockReturnValue({
      left: 0,
      top: 0,
      width: 220,
      height: 220,
      right: 220,
      bottom: 220,
      x: 0,
      y: 0,
      toJSON: () => ({}),
    });
    // the last pixel of the full map: outside a 64 × 64 preview if read with the same index
    fireEvent.pointerMove(depth.parentElement!, { pointerId: 1, clientX: 219.5, clientY: 219.5 });
    expect(within(panel(/Depth map/)).getByText(/Pixel \(127, 127\)/)).toBeInTheDocument();
    const mesh = screen.getByRole('img', { name: /^Mesh of a chair/ });
    fireEvent.keyDown(mesh, { key: 'ArrowDown' }); // a rotation not seen yet: the depth map turns as a preview
    expect(within(panel(/Depth map/)).getByText(/Pixel \(127, 127\)/)).toBeInTheDocument();
  });

  it('a drag turns the views while it moves and stores the rotation only when released', async () => {
    recordImages();
    const { changes } = renderDemo();
    const voxels = screen.getByRole('img', { name: /^Voxel grid of a chair/ });
    fireEvent.pointerDown(voxels, { pointerId: 1, button: 0, clientX: 100, clientY: 100 });
    fireEvent.pointerMove(voxels, { pointerId: 1, clientX: 140, clientY: 110 });
    await waitFor(() => expect(fake.renders.at(-1)).toEqual([10, 25]));
    expect(changes).toEqual([]);
    fireEvent.pointerUp(voxels, { pointerId: 1, clientX: 140, clientY: 110 });
    expect(changes).toEqual([{ yaw: 10, pitch: 25 }]);
  });

  it('shows one representation large when chosen, with only its controls', () => {
    recordImages();
    renderDemo();
    fireEvent.change(screen.getByRole('combobox', { name: 'Show' }), { target: { value: 'slice' } });
    expect(screen.getAllByRole('region')).toHaveLength(1);
    expect(screen.getByRole('slider', { name: 'Slice plane x' })).toBeInTheDocument();
    expect(screen.queryByRole('slider', { name: 'Point count' })).toBeNull();
    expect(screen.queryByRole('slider', { name: 'Turn (yaw)' })).toBeNull();
    expect(screen.getByRole('img', { name: /plane x = 0\.00/ })).toHaveStyle({ height: '340px' });
  });

  it('says when WebGL is missing and still draws the 2D views', async () => {
    const frames = stubAnimationFrames();
    const images = recordImages();
    fake.webgl = false;
    renderDemo();
    await frames.settle();
    expect(screen.getAllByRole('note').map((note) => note.textContent)).toEqual(Array(3).fill(expect.stringMatching(/^WebGL is not available/)));
    expect(screen.getByRole('img', { name: /^Depth map of a chair, 128 × 128 pixels/ })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: /^6 grey images of a chair/ })).toBeInTheDocument();
    expect([lastOfSize(images, 128), lastOfSize(images, 96), lastOfSize(images, 121)].every(Boolean)).toBe(true);
    expect(within(panel(/Point cloud/)).getByText(/24,000 bytes/)).toBeInTheDocument();
  });
});
