import { useCallback, useMemo, useState, type PointerEvent, type ReactNode } from 'react';
import { mulberry32 } from '../../lib/dsp/rng';
import {
  NO_HIT,
  depthMap,
  depthMapBytes,
  depthMapSteps,
  edgeCount,
  eulerCharacteristic,
  faceCount,
  implicitBytes,
  marchingSquares,
  meshBytes,
  multiViewBytes,
  orbitCamera,
  pointCloudBytes,
  sdfSliceX,
  shadedImageSteps,
  vertexCount,
  voxelGridBytes,
  voxelizeSteps,
  type DepthMap,
  type SdfSlice,
  type VoxelGrid,
} from '../../lib/geometry';
import type { Steps } from '../../lib/steps';
import { CanvasView } from '../shared/CanvasView';
import { viridisGradient } from '../shared/colormap';
import { Choice, Select } from '../shared/Choice';
import { SettingSlider, type SliderScale } from '../shared/Slider';
import { useIdleWork, useSliced } from '../shared/slices';
import { useThemeColors } from '../shared/themeColors';
import type { DemoProps } from '../types';
import { depthPixelAt, drawDepthMap, drawMultiView, drawSlice } from './draw';
import type { Rotation } from './rotation';
import { PANELS, representationParams as spec, type Panel, type RepresentationParams, type ShapeId, type Show } from './settings';
import {
  CAMERA_DISTANCE,
  DEPTH_SIZE,
  FOV_Y_DEG,
  GRID_HALF_EXTENT,
  POINT_SEED,
  SLICE_EXTENT,
  SLICE_ISO_STEP,
  SLICE_RANGE,
  SLICE_SAMPLES,
  VIEW_AZIMUTHS,
  VIEW_DISTANCE,
  VIEW_ELEVATION_DEG,
  VIEW_SIZE,
  demoShapes,
  depthRange,
} from './shapes';
import { representationText } from './text';
import { ThreeView, useViewerSlots } from './ThreeView';
import { DRAG_SURFACE_STYLE, useDragRotate } from './useDragRotate';
import type { ViewerColors, ViewerContent } from './viewer';

/** Point-count slider stops: roughly ×2 per step, so the keyboard crosses 100…20,000 in 7 presses. */
const POINT_STOPS = [100, 200, 500, 1000, 2000, 5000, 10_000, 20_000];
const pointScale: SliderScale = {
  toSlider(value: number) {
    const i = POINT_STOPS.findIndex((stop, k) => value <= (POINT_STOPS[k + 1] ?? Infinity) && value >= stop);
    if (i < 0) return 0;
    const next = POINT_STOPS[i + 1];
    return next === undefined ? i : i + Math.log(value / POINT_STOPS[i]!) / Math.log(next / POINT_STOPS[i]!);
  },
  fromSlider: (position: number) => POINT_STOPS[Math.max(0, Math.min(POINT_STOPS.length - 1, Math.round(position)))]!,
};

const ROTATING: readonly Panel[] = ['mesh', 'points', 'voxels', 'depth'];

const isShown = (show: Show, panel: Panel) => show === 'all' || show === panel;

/**
 * While the view turns, the depth map is traced at a quarter of its pixels (a few ms); once the
 * rotation rests this long, the full map is traced in slices and replaces it.
 */
const DEPTH_PREVIEW_SIZE = 64;
const FULL_DEPTH_GRID = { width: DEPTH_SIZE, height: DEPTH_SIZE };
const DEPTH_SETTLE_MS = 100;

// What depends on the shape alone (and the voxel resolution) is computed once per page: switching
// back to a shape, or to a resolution seen before, costs nothing. Idle time after the demo opens
// fills these for every shape.
const viewsByShape = new Map<ShapeId, { shapeId: ShapeId; images: readonly Uint8ClampedArray[] }>();
const gridsByKey = new Map<string, VoxelGrid>();
const KEPT_GRIDS = 12;
/** The most points sampled so far per shape: the first n of them are exactly the n-point cloud. */
const pointsByShape = new Map<ShapeId, Float32Array>();

/** The computation of a panel that is not shown: nothing, after one pause. */
const NO_CONTOURS: SliceView['contours'] = [];

function* nothing(): Steps<null> {
  yield;
  return null;
}

function* multiViewSteps(shapeId: ShapeId): Steps<{ shapeId: ShapeId; images: readonly Uint8ClampedArray[] }> {
  let views = viewsByShape.get(shapeId);
  if (!views) {
    const shape = demoShapes[shapeId];
    const images: Uint8ClampedArray[] = [];
    for (const azimuth of VIEW_AZIMUTHS) {
      images.push(
        yield* shadedImageSteps(shape.sdf, shape.boundingRadius, orbitCamera(azimuth, VIEW_ELEVATION_DEG, VIEW_DISTANCE, FOV_Y_DEG), VIEW_SIZE, VIEW_SIZE),
      );
    }
    viewsByShape.set(shapeId, (views = { shapeId, images }));
  }
  return views;
}

function* voxelSteps(shapeId: ShapeId, resolution: number): Steps<VoxelGrid> {
  const key = `${shapeId}:${resolution}`;
  let grid = gridsByKey.get(key);
  if (!grid) {
    grid = yield* voxelizeSteps(demoShapes[shapeId].sdf, resolution, GRID_HALF_EXTENT);
    gridsByKey.set(key, grid);
    for (const old of gridsByKey.keys()) {
      if (gridsByKey.size <= KEPT_GRIDS) break;
      gridsByKey.delete(old);
    }
  }
  return grid;
}

const depthByView = new Map<string, DepthMap>();
const KEPT_DEPTH_MAPS = 16;
const depthKey = (shapeId: ShapeId, rotation: Rotation) => `${shapeId}:${rotation.yaw}:${rotation.pitch}`;

function* fullDepthSteps(shapeId: ShapeId, rotation: Rotation): Steps<DepthMap> {
  const key = depthKey(shapeId, rotation);
  let map = depthByView.get(key);
  if (!map) {
    const shape = demoShapes[shapeId];
    map = yield* depthMapSteps(shape.sdf, shape.boundingRadius, orbitCamera(rotation.yaw, rotation.pitch, CAMERA_DISTANCE, FOV_Y_DEG), DEPTH_SIZE, DEPTH_SIZE);
    depthByView.set(key, map);
    for (const old of depthByView.keys()) {
      if (depthByView.size <= KEPT_DEPTH_MAPS) break;
      depthByView.delete(old);
    }
  }
  return map;
}

function surfacePoints(shapeId: ShapeId, count: number): Float32Array {
  let points = pointsByShape.get(shapeId);
  if (!points || points.length < count * 3) pointsByShape.set(shapeId, (points = demoShapes[shapeId].sampleSurface(count, mulberry32(POINT_SEED))));
  return points.length === count * 3 ? points : points.subarray(0, count * 3);
}

interface SliceView {
  grid: SdfSlice;
  contours: { level: number; segments: Float32Array }[];
}
const slicesByKey = new Map<string, SliceView>();
const KEPT_SLICES = 48;

/** The SDF on the plane x = offset and its iso-lines, kept for the last positions seen. */
function sliceOf(shapeId: ShapeId, offset: number): SliceView {
  const key = `${shapeId}:${offset}`;
  let view = slicesByKey.get(key);
  if (!view) {
    const grid = sdfSliceX(demoShapes[shapeId].sdf, offset, SLICE_EXTENT, SLICE_SAMPLES);
    const levels: number[] = [];
    for (let level = -SLICE_RANGE; level <= SLICE_RANGE + 1e-9; level += SLICE_ISO_STEP) levels.push(Number(level.toFixed(6)));
    view = { grid, contours: levels.map((level) => ({ level, segments: marchingSquares(grid.values, grid.size, grid.size, level) })) };
    slicesByKey.set(key, view);
    for (const old of slicesByKey.keys()) {
      if (slicesByKey.size <= KEPT_SLICES) break;
      slicesByKey.delete(old);
    }
  }
  return view;
}

/** Every shape's mesh, as the mesh view shows it: prepared in idle time by that view. */
const MESH_CONTENTS: readonly ViewerContent[] = spec.shape.options.map((id) => ({ kind: 'mesh', mesh: demoShapes[id].mesh, flat: id === 'chair' }));

/** For every shape: its six views, the most points the slider gives, its grid at `resolution` and its slice at `offset`. */
function* prepareShapes(resolution: number, offset: number): Steps<void> {
  for (const shapeId of spec.shape.options) {
    yield* multiViewSteps(shapeId);
    surfacePoints(shapeId, spec.points.max);
    yield;
    yield* voxelSteps(shapeId, resolution);
    sliceOf(shapeId, offset);
    yield;
  }
}

/** One procedural object shown as mesh, points, voxels, depth map, multi-view images and an SDF slice. */
export default function RepresentationsDemo({ lang, params, setParams }: DemoProps<RepresentationParams>) {
  const text = representationText[lang];
  const theme = useThemeColors();
  const shapeId = params.shape;
  const shape = demoShapes[shapeId];
  const shown: readonly Panel[] = params.show === 'all' ? PANELS : [params.show];
  const has = (panel: Panel) => isShown(params.show, panel);
  const large = params.show !== 'all';
  const height = large ? 340 : 220;

  // a drag in progress is shown at once but written to the settings (and the URL) only on release
  const [dragging, setDragging] = useState<Rotation | null>(null);
  const rotation = useMemo(() => dragging ?? { yaw: params.yaw, pitch: params.pitch }, [dragging, params.yaw, params.pitch]);
  const onRotate = useCallback(
    (next: Rotation, final: boolean) => {
      if (!final) return setDragging(next);
      setDragging(null);
      setParams(next);
    },
    [setParams],
  );
  const rotationText = text.rotation(rotation.yaw, rotation.pitch);

  const viewerColors = useMemo(() => {
    const line = theme?.line ?? '#57606a';
    const [mesh = '#0969da', points = '#bc4c00', voxels = '#1a7f37'] = theme?.accents ?? [];
    return { mesh: { fill: mesh, line }, points: { fill: points, line }, voxels: { fill: voxels, line } } satisfies Record<string, ViewerColors>;
  }, [theme]);

  const slots = useViewerSlots();
  useIdleWork(() => prepareShapes(params.voxels, params.slice));

  const stats = useMemo(
    () => ({ vertices: vertexCount(shape.mesh), edges: edgeCount(shape.mesh), faces: faceCount(shape.mesh), euler: eulerCharacteristic(shape.mesh) }),
    [shape],
  );
  const meshContent = MESH_CONTENTS[spec.shape.options.indexOf(shapeId)]!;

  const showPoints = isShown(params.show, 'points');
  const pointsContent = useMemo<ViewerContent | null>(
    () => (showPoints ? { kind: 'points', positions: surfacePoints(shapeId, params.points) } : null),
    [shapeId, params.points, showPoints],
  );

  const showVoxels = isShown(params.show, 'voxels');
  // a new resolution or shape is voxelised in slices (up to 64³ SDF tests); the last grid stays meanwhile
  const voxelJob = useCallback(() => (showVoxels ? voxelSteps(shapeId, params.voxels) : nothing()), [shapeId, params.voxels, showVoxels]);
  const slicedGrid = useSliced(voxelJob);
  const grid = (showVoxels && gridsByKey.get(`${shapeId}:${params.voxels}`)) || slicedGrid.value;
  const voxelContent = useMemo<ViewerContent | null>(() => (grid ? { kind: 'voxels', grid } : null), [grid]);

  const showDepth = isShown(params.show, 'depth');
  const camera = useMemo(() => orbitCamera(rotation.yaw, rotation.pitch, CAMERA_DISTANCE, FOV_Y_DEG), [rotation]);
  const depthJob = useCallback(() => (showDepth ? fullDepthSteps(shapeId, rotation) : nothing()), [shapeId, rotation, showDepth]);
  const fullDepth = useSliced(depthJob, { delayMs: DEPTH_SETTLE_MS });
  // a view seen before (the panel shown again, a rotation turned back) has its full map already
  const knownDepth = showDepth ? depthByView.get(depthKey(shapeId, rotation)) : undefined;
  const previewDepth = useMemo(
    () => (showDepth && !knownDepth && fullDepth.pending ? depthMap(shape.sdf, shape.boundingRadius, camera, DEPTH_PREVIEW_SIZE, DEPTH_PREVIEW_SIZE) : null),
    [shape, camera, showDepth, knownDepth, fullDepth.pending],
  );
  const fullMap = knownDepth ?? fullDepth.value;
  const depth: DepthMap | null = previewDepth ?? fullMap;
  // the description and the memory line speak of the full map (the preview lasts a moment)
  const fullHits = fullMap?.hits ?? 0;
  const { near, far } = depthRange(shape);
  const [probe, setProbe] = useState<{ col: number; row: number } | null>(null);
  const depthGesture = useDragRotate(rotation, onRotate);
  const drawDepth = useCallback(
    (context: CanvasRenderingContext2D, w: number, h: number) => depth && drawDepthMap(context, w, h, depth, near, far, theme),
    [depth, near, far, theme],
  );
  // the probe is a pixel of the full map, whichever map is shown; a preview is read where it covers it
  const onDepthPointer = (event: PointerEvent<HTMLDivElement>) => {
    const canvas = event.currentTarget.querySelector('canvas');
    if (!canvas) return;
    const box = canvas.getBoundingClientRect();
    setProbe(depthPixelAt(box.width, box.height, FULL_DEPTH_GRID, event.clientX - box.left, event.clientY - box.top));
  };
  const probeDepth =
    probe && depth
      ? depth.depth[Math.floor((probe.row * depth.height) / DEPTH_SIZE) * depth.width + Math.floor((probe.col * depth.width) / DEPTH_SIZE)]!
      : NO_HIT;

  const showViews = isShown(params.show, 'views');
  // a shape's six views are traced once, in slices; the last shape's stay meanwhile
  const viewsJob = useCallback(() => (showViews ? multiViewSteps(shapeId) : nothing()), [shapeId, showViews]);
  const slicedViews = useSliced(viewsJob);
  const shownViews = (showViews && viewsByShape.get(shapeId)) || slicedViews.value;
  const views = shownViews?.images ?? null;
  const viewLabels = useMemo(() => VIEW_AZIMUTHS.map((a) => text.azimuth(a)), [text]);
  const drawViews = useCallback(
    (context: CanvasRenderingContext2D, w: number, h: number) => views && drawMultiView(context, w, h, views, VIEW_SIZE, viewLabels, theme),
    [views, viewLabels, theme],
  );

  const showSlice = isShown(params.show, 'slice');
  const slice = showSlice ? sliceOf(shapeId, params.slice) : null;
  const sliceGrid = slice?.grid ?? null;
  const contours = slice?.contours ?? NO_CONTOURS;
  const drawSliceView = useCallback(
    (context: CanvasRenderingContext2D, w: number, h: number) => sliceGrid && drawSlice(context, w, h, sliceGrid, contours, SLICE_RANGE, theme),
    [sliceGrid, contours, theme],
  );

  // The 2D views defer their redraws (CanvasView's deferRedraw): a new shape redraws the depth
  // map (the first) in the input's frame, the six views and the slice in the next frames; a drag
  // or a slider, which changes one view, still redraws it at once.
  const panels: Record<Panel, () => { view: ReactNode; memory: string; extra?: ReactNode }> = {
    mesh: () => ({
      view: (
        <ThreeView
          slot={slots('mesh')}
          upcoming={MESH_CONTENTS}
          content={meshContent}
          colors={viewerColors.mesh}
          rotation={rotation}
          onRotate={onRotate}
          height={height}
          description={text.describeMesh(shapeId, stats, rotationText)}
          unavailableText={text.noWebgl}
        />
      ),
      memory: text.memoryMesh(stats, meshBytes(stats.vertices, stats.faces), shapeId),
    }),
    points: () => ({
      view: pointsContent && (
        <ThreeView
          slot={slots('points')}
          content={pointsContent}
          colors={viewerColors.points}
          rotation={rotation}
          onRotate={onRotate}
          height={height}
          description={text.describePoints(shapeId, params.points, rotationText)}
          unavailableText={text.noWebgl}
        />
      ),
      memory: text.memoryPoints(params.points, pointCloudBytes(params.points)),
    }),
    voxels: () => ({
      view: voxelContent && (
        <ThreeView
          slot={slots('voxels')}
          content={voxelContent}
          colors={viewerColors.voxels}
          rotation={rotation}
          onRotate={onRotate}
          height={height}
          description={text.describeVoxels(shapeId, grid?.resolution ?? params.voxels, grid?.occupiedCount ?? 0, rotationText)}
          unavailableText={text.noWebgl}
        />
      ),
      memory: text.memoryVoxels(grid?.resolution ?? params.voxels, voxelGridBytes(grid?.resolution ?? params.voxels), grid?.occupiedCount ?? 0),
    }),
    depth: () => ({
      view: (
        <div
          style={DRAG_SURFACE_STYLE}
          {...depthGesture}
          onPointerMove={(event) => {
            depthGesture.onPointerMove(event);
            onDepthPointer(event);
          }}
          onPointerLeave={() => setProbe(null)}
        >
          <CanvasView description={text.describeDepth(shapeId, DEPTH_SIZE, fullHits, rotationText)} height={height} draw={drawDepth} deferRedraw />
        </div>
      ),
      memory: text.memoryDepth(DEPTH_SIZE, DEPTH_SIZE, depthMapBytes(DEPTH_SIZE, DEPTH_SIZE), fullHits),
      extra: (
        <>
          <Legend stops={[0, 1]} labels={text.depthLegend(near, far)} reversed />
          {/* two lines kept free: a readout that changed the panel's height would shift the page under the pointer */}
          <p className="demo-hint" style={{ minHeight: '2.8em' }}>
            {probe ? text.depthProbe(probe.col, probe.row, probeDepth === NO_HIT ? null : probeDepth) : text.depthProbeIdle}
          </p>
        </>
      ),
    }),
    views: () => ({
      view: (
        <CanvasView
          description={text.describeViews(shownViews?.shapeId ?? shapeId, VIEW_AZIMUTHS, VIEW_ELEVATION_DEG, VIEW_SIZE)}
          height={height}
          draw={drawViews}
          deferRedraw
        />
      ),
      memory: text.memoryViews(VIEW_AZIMUTHS.length, VIEW_SIZE, multiViewBytes(VIEW_AZIMUTHS.length, VIEW_SIZE, VIEW_SIZE)),
    }),
    slice: () => ({
      view: <CanvasView description={text.describeSlice(shapeId, params.slice)} height={height} draw={drawSliceView} deferRedraw />,
      memory: text.memorySlice(shape.parameterCount, implicitBytes(shape.parameterCount), SLICE_SAMPLES),
      extra: <Legend stops={[0, 0.5, 1]} labels={text.sliceLegend} />,
    }),
  };

  const rotates = shown.some((panel) => ROTATING.includes(panel));
  return (
    <div className="representations-demo">
      <div className="demo-controls">
        <Select legend={text.show} options={spec.show.options} labels={text.showName} value={params.show} onChange={(show) => setParams({ show })} />
        {has('points') && (
          <SettingSlider
            label={text.pointCount}
            value={params.points}
            spec={spec.points}
            scale={pointScale}
            format={text.pointFormat}
            onChange={(points) => setParams({ points })}
          />
        )}
        {has('voxels') && (
          <SettingSlider
            label={text.resolution}
            value={params.voxels}
            spec={spec.voxels}
            format={text.resolutionFormat}
            onChange={(voxels) => setParams({ voxels })}
          />
        )}
        {rotates && (
          <>
            <SettingSlider label={text.yaw} value={rotation.yaw} spec={spec.yaw} format={text.angleFormat} onChange={(yaw) => setParams({ yaw })} />
            <SettingSlider label={text.pitch} value={rotation.pitch} spec={spec.pitch} format={text.angleFormat} onChange={(pitch) => setParams({ pitch })} />
          </>
        )}
        {has('slice') && (
          <SettingSlider
            label={text.sliceControl}
            value={params.slice}
            spec={spec.slice}
            format={text.sliceFormat}
            onChange={(value) => setParams({ slice: value })}
          />
        )}
        {/* last, right above the views it changes */}
        <Choice
          main
          legend={text.shape}
          options={spec.shape.options}
          labels={text.shapeName}
          value={shapeId}
          onChange={(value) => setParams({ shape: value })}
        />
      </div>
      <div className={large ? undefined : 'demo-grid'}>
        {shown.map((panel, index) => {
          const { view, memory, extra } = panels[panel]();
          return (
            <section key={panel} className="demo-panel" aria-label={text.panelTitle[panel]} data-panel={panel} style={{ marginBottom: '0.75rem' }}>
              <p className="demo-panel-title">{text.panelTitle[panel]}</p>
              <div data-demo-picture={index === 0 ? '' : undefined}>{view}</div>
              {extra}
              <p className="demo-readout" style={{ fontSize: '0.9rem' }}>
                {memory}
              </p>
              <p className="demo-hint">{text.tradeOff[panel]}</p>
            </section>
          );
        })}
      </div>
      <p className="demo-hint">{text.hint}</p>
    </div>
  );
}

/** A viridis colour bar with labels under it (HTML, so it follows the theme and stays crisp). */
function Legend({ stops, labels, reversed = false }: { stops: readonly number[]; labels: readonly string[]; reversed?: boolean }) {
  return (
    <div aria-hidden="true" style={{ fontSize: '0.8rem', margin: '0.35rem 0 0' }}>
      <div style={{ height: 8, borderRadius: 4, background: viridisGradient(8, reversed) }} />
      <div style={{ display: 'flex', justifyContent: 'space-between', gap: '0.5rem' }}>
        {labels.map((label, i) => (
          <span key={label} style={{ textAlign: stops[i] === 0 ? 'left' : stops[i] === 1 ? 'right' : 'center' }}>
            {label}
          </span>
        ))}
      </div>
    </div>
  );
}
