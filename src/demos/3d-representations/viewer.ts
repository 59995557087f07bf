/**
 * The only module that touches three.js: draws a mesh, a point cloud or a voxel grid on a WebGL
 * canvas from the orbit camera the depth map uses. Everything else in the demo is testable
 * without WebGL; tests replace this module.
 */
import {
  AmbientLight,
  BoxGeometry,
  BufferAttribute,
  BufferGeometry,
  DirectionalLight,
  EdgesGeometry,
  InstancedMesh,
  LineBasicMaterial,
  LineSegments,
  Matrix4,
  Mesh,
  MeshLambertMaterial,
  PerspectiveCamera,
  Points,
  PointsMaterial,
  Scene,
  WebGLRenderer,
  WireframeGeometry,
  Vector2,
  type Object3D,
} from 'three';
import { orbitCamera, voxelCenter, voxelSize, type TriangleMesh, type VoxelGrid } from '../../lib/geometry';
import { CAMERA_DISTANCE, FOV_Y_DEG } from './shapes';

export type ViewerContent =
  { kind: 'mesh'; mesh: TriangleMesh; flat: boolean } | { kind: 'points'; positions: Float32Array } | { kind: 'voxels'; grid: VoxelGrid };

export interface ViewerColors {
  fill: string;
  line: string;
}

export interface Viewer {
  show(content: ViewerContent, colors: ViewerColors): void;
  /**
   * Builds contents that may be shown next and compiles their shader programs without waiting
   * for the compiler (KHR_parallel_shader_compile where the browser has it): call it in idle time.
   */
  prepare?(contents: readonly ViewerContent[]): void;
  render(yawDeg: number, pitchDeg: number, cssWidth: number, cssHeight: number, pixelRatio: number): void;
  dispose(): void;
}

/** How many built contents (geometries on the GPU) a viewer keeps for when they are shown again. */
const KEPT_CONTENTS = 6;

/**
 * A viewer on `canvas`, or null when the browser gives no WebGL 2 context. Its materials live as
 * long as it does, so a new content or colour never compiles a shader program again (with
 * software WebGL a compile takes tens of milliseconds), and the last few contents it built are kept.
 */
export function createViewer(canvas: HTMLCanvasElement): Viewer | null {
  const attributes = { alpha: true, antialias: !softwareWebGL(), premultipliedAlpha: true, preserveDrawingBuffer: true };
  let gl: WebGL2RenderingContext | null = null;
  try {
    // asked for here rather than by three.js, which logs an error before throwing when it fails
    gl = canvas.getContext('webgl2', attributes) as WebGL2RenderingContext | null;
  } catch {
    gl = null;
  }
  if (!gl) return null;
  const renderer = new WebGLRenderer({ canvas, context: gl, ...attributes });
  renderer.setClearColor(0x000000, 0);

  const scene = new Scene();
  const camera = new PerspectiveCamera(FOV_Y_DEG, 1, 0.1, 20);
  // a head-light from the viewer's upper left: shading follows the camera as the object turns
  const light = new DirectionalLight(0xffffff, 2.6);
  light.position.set(-2, 2.5, 1.2);
  camera.add(light);
  scene.add(camera, new AmbientLight(0xffffff, 0.55));
  const materials = viewerMaterials();
  const built = new Map<object, Object3D[]>();
  let current: Object3D[] = [];
  const drawingSize = new Vector2();

  const forget = (objects: Object3D[]) => {
    for (const object of objects) object.traverse((child) => (child as Partial<Mesh>).geometry?.dispose());
  };

  return {
    show(content, colors) {
      scene.remove(...current);
      const key = contentKey(content);
      let objects = built.get(key);
      if (objects) built.delete(key);
      else objects = build(content, materials);
      // the most recently shown last; the oldest beyond the limit are let go
      built.set(key, objects);
      for (const [old, oldObjects] of built) {
        if (built.size <= KEPT_CONTENTS) break;
        built.delete(old);
        forget(oldObjects);
      }
      materials.colour(content, colors);
      current = objects;
      scene.add(...current);
    },
    prepare(contents) {
      const holding = new Scene();
      for (const content of contents) {
        const key = contentKey(content);
        let objects = built.get(key);
        if (!objects) built.set(key, (objects = build(content, materials)));
        if (objects !== current) holding.add(...objects);
      }
      if (holding.children.length === 0) return;
      // compiled against the real scene's lights, so that the programs are the ones a render needs
      void renderer.compileAsync(holding, camera, scene).then(() => holding.remove(...holding.children.filter((child) => !current.includes(child))));
    },
    render(yawDeg, pitchDeg, cssWidth, cssHeight, pixelRatio) {
      if (cssWidth <= 0 || cssHeight <= 0) return;
      // Software WebGL fills every pixel on the CPU and makes a new drawing buffer slowly (tens of
      // milliseconds): there every view draws into one fixed square buffer, stretched to the view
      // (the camera keeps the view's aspect), so that a new layout never makes a new buffer.
      const [width, height, ratio] = softwareWebGL() ? [SOFTWARE_BUFFER, SOFTWARE_BUFFER, 1] : [cssWidth, cssHeight, pixelRatio];
      if (renderer.getPixelRatio() !== ratio) renderer.setPixelRatio(ratio);
      const size = renderer.getSize(drawingSize);
      if (size.x !== width || size.y !== height) renderer.setSize(width, height, false);
      const view = orbitCamera(yawDeg, pitchDeg, CAMERA_DISTANCE, FOV_Y_DEG);
      camera.aspect = cssWidth / cssHeight;
      camera.updateProjectionMatrix();
      camera.position.set(...view.position);
      camera.up.set(0, 1, 0);
      camera.lookAt(0, 0, 0);
      renderer.render(scene, camera);
    },
    dispose() {
      scene.remove(...current);
      for (const objects of built.values()) forget(objects);
      built.clear();
      materials.dispose();
      // no forceContextLoss(): a remounted view (React development mode) reuses the same canvas
      renderer.dispose();
    },
  };
}

let software: boolean | undefined;
/** The side of every view's drawing buffer in software WebGL, in device pixels. */
const SOFTWARE_BUFFER = 448;

/**
 * Whether WebGL is drawn on the CPU (SwiftShader, llvmpipe: no GPU, or a blocked driver), asked
 * once per page of a throwaway context. There the views draw without multisampling, which
 * multiplies the cost of every frame in software.
 */
function softwareWebGL(): boolean {
  if (software === undefined) {
    const gl = document.createElement('canvas').getContext('webgl2');
    const info = gl?.getExtension('WEBGL_debug_renderer_info');
    software = /swiftshader|llvmpipe|softpipe|software|basic render/i.test(info ? String(gl!.getParameter(info.UNMASKED_RENDERER_WEBGL)) : '');
    gl?.getExtension('WEBGL_lose_context')?.loseContext();
  }
  return software;
}

/** What identifies a content: the data it is built from (the same mesh, positions or grid). */
function contentKey(content: ViewerContent): object {
  return content.kind === 'mesh' ? content.mesh : content.kind === 'points' ? content.positions : content.grid;
}

/** One material per look, made when first needed and kept. */
function viewerMaterials() {
  // pushed back a little so the wireframe drawn on it is not hidden by its own faces
  const surface = (flatShading: boolean) => new MeshLambertMaterial({ flatShading, polygonOffset: true, polygonOffsetFactor: 1, polygonOffsetUnits: 1 });
  const made = {
    flatSurface: surface(true),
    smoothSurface: surface(false),
    wire: new LineBasicMaterial({ transparent: true, opacity: 0.45 }),
    points: new PointsMaterial({ size: 2.5, sizeAttenuation: false }),
    cubes: new MeshLambertMaterial(),
    bounds: new LineBasicMaterial({ transparent: true, opacity: 0.5 }),
  };
  return {
    ...made,
    /** sets the colours a content is drawn in (uniforms: no new program) */
    colour(content: ViewerContent, colors: ViewerColors) {
      if (content.kind === 'mesh') {
        (content.flat ? made.flatSurface : made.smoothSurface).color.set(colors.fill);
        made.wire.color.set(colors.line);
      } else if (content.kind === 'points') made.points.color.set(colors.fill);
      else {
        made.cubes.color.set(colors.fill);
        made.bounds.color.set(colors.line);
      }
    },
    dispose() {
      for (const material of Object.values(made)) material.dispose();
    },
  };
}

function build(content: ViewerContent, materials: ReturnType<typeof viewerMaterials>): Object3D[] {
  if (content.kind === 'mesh') {
    const geometry = new BufferGeometry();
    geometry.setAttribute('position', new BufferAttribute(content.mesh.positions, 3));
    geometry.setIndex(new BufferAttribute(content.mesh.indices, 1));
    geometry.computeVertexNormals();
    const surface = new Mesh(geometry, content.flat ? materials.flatSurface : materials.smoothSurface);
    const edges = new LineSegments(new WireframeGeometry(geometry), materials.wire);
    return [surface, edges];
  }
  if (content.kind === 'points') {
    const geometry = new BufferGeometry();
    geometry.setAttribute('position', new BufferAttribute(content.positions, 3));
    return [new Points(geometry, materials.points)];
  }
  // only the cells a viewer can see: the occupied ones with an empty neighbour
  const { grid } = content;
  const size = voxelSize(grid);
  const cubes = new InstancedMesh(new BoxGeometry(size, size, size), materials.cubes, grid.surface.length);
  const matrix = new Matrix4();
  grid.surface.forEach((index, i) => cubes.setMatrixAt(i, matrix.makeTranslation(...voxelCenter(grid, index))));
  cubes.instanceMatrix.needsUpdate = true;
  cubes.frustumCulled = false;
  const side = 2 * grid.halfExtent;
  const bounds = new LineSegments(new EdgesGeometry(new BoxGeometry(side, side, side)), materials.bounds);
  return [cubes, bounds];
}
