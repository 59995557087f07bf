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
  type Material,
  type Object3D,
} from 'three';
import { orbitCamera, voxelCenter, voxelSize, type TriangleMesh, type VoxelGrid } from '../../lib/geometry';
import { CAMERA_DISTANCE, FOV_Y_DEG } from './shapes';

export type ViewerContent =
  | { kind: 'mesh'; mesh: TriangleMesh; flat: boolean }
  | { kind: 'points'; positions: Float32Array }
  | { kind: 'voxels'; grid: VoxelGrid };

export interface ViewerColors {
  fill: string;
  line: string;
}

export interface Viewer {
  show(content: ViewerContent, colors: ViewerColors): void;
  render(yawDeg: number, pitchDeg: number, cssWidth: number, cssHeight: number, pixelRatio: number): void;
  dispose(): void;
}

/** A viewer on `canvas`, or null when the browser gives no WebGL 2 context. */
export function createViewer(canvas: HTMLCanvasElement): Viewer | null {
  const attributes = { alpha: true, antialias: true, premultipliedAlpha: true, preserveDrawingBuffer: true };
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
  let current: Object3D[] = [];
  const drawingSize = new Vector2();

  const clear = () => {
    for (const object of current) {
      scene.remove(object);
      object.traverse((child) => {
        const { geometry, material } = child as Partial<Mesh>;
        geometry?.dispose();
        for (const m of ([] as (Material | undefined)[]).concat(material)) m?.dispose();
      });
    }
    current = [];
  };

  return {
    show(content, colors) {
      clear();
      current = build(content, colors);
      scene.add(...current);
    },
    render(yawDeg, pitchDeg, cssWidth, cssHeight, pixelRatio) {
      if (cssWidth <= 0 || cssHeight <= 0) return;
      renderer.setPixelRatio(pixelRatio);
      const size = renderer.getSize(drawingSize);
      if (size.x !== cssWidth || size.y !== cssHeight) renderer.setSize(cssWidth, cssHeight, false);
      const view = orbitCamera(yawDeg, pitchDeg, CAMERA_DISTANCE, FOV_Y_DEG);
      camera.aspect = cssWidth / cssHeight;
      camera.updateProjectionMatrix();
      camera.position.set(...view.position);
      camera.up.set(0, 1, 0);
      camera.lookAt(0, 0, 0);
      renderer.render(scene, camera);
    },
    dispose() {
      clear();
      // no forceContextLoss(): a remounted view (React development mode) reuses the same canvas
      renderer.dispose();
    },
  };
}

function build(content: ViewerContent, colors: ViewerColors): Object3D[] {
  if (content.kind === 'mesh') {
    const geometry = new BufferGeometry();
    geometry.setAttribute('position', new BufferAttribute(content.mesh.positions, 3));
    geometry.setIndex(new BufferAttribute(content.mesh.indices, 1));
    geometry.computeVertexNormals();
    // pushed back a little so the wireframe drawn on it is not hidden by its own faces
    const surface = new Mesh(geometry, new MeshLambertMaterial({ color: colors.fill, flatShading: content.flat, polygonOffset: true, polygonOffsetFactor: 1, polygonOffsetUnits: 1 }));
    const edges = new LineSegments(new WireframeGeometry(geometry), new LineBasicMaterial({ color: colors.line, transparent: true, opacity: 0.45 }));
    return [surface, edges];
  }
  if (content.kind === 'points') {
    const geometry = new BufferGeometry();
    geometry.setAttribute('position', new BufferAttribute(content.positions, 3));
    return [new Points(geometry, new PointsMaterial({ color: colors.fill, size: 2.5, sizeAttenuation: false }))];
  }
  // only the cells a viewer can see: the occupied ones with an empty neighbour
  const { grid } = content;
  const size = voxelSize(grid);
  const cubes = new InstancedMesh(new BoxGeometry(size, size, size), new MeshLambertMaterial({ color: colors.fill }), grid.surface.length);
  const matrix = new Matrix4();
  grid.surface.forEach((index, i) => cubes.setMatrixAt(i, matrix.makeTranslation(...voxelCenter(grid, index))));
  cubes.instanceMatrix.needsUpdate = true;
  cubes.frustumCulled = false;
  const side = 2 * grid.halfExtent;
  const bounds = new LineSegments(new EdgesGeometry(new BoxGeometry(side, side, side)), new LineBasicMaterial({ color: colors.line, transparent: true, opacity: 0.5 }));
  return [cubes, bounds];
}
