/** One refocused image, by size, lens and pipeline: what the worker (or the page, without one) computes. */
import { refocusLayered, refocusLecture, type Lens } from './refocus';
import { renderScene, type Scene } from './scene';
import type { Mode } from './text';

export interface RefocusRequest {
  width: number;
  height: number;
  lens: Lens;
  mode: Mode;
}

/** The scene at each size asked for, rendered once. */
const scenes = new Map<string, Scene>();

export function sceneOf(width: number, height: number): Scene {
  const key = `${width}x${height}`;
  let scene = scenes.get(key);
  if (!scene) scenes.set(key, (scene = renderScene(width, height)));
  return scene;
}

/** The refocused image, sRGB 0–1, three numbers per pixel. */
export function refocusImage({ width, height, lens, mode }: RefocusRequest): Float32Array {
  const scene = sceneOf(width, height);
  return mode === 'lens' ? refocusLayered(scene, lens).rgb : refocusLecture(scene, lens).rgb;
}
