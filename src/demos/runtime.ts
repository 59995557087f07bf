/**
 * Demo bundles are classic scripts built apart from the app (ES modules cannot load from file://).
 * They share the app's React through this global and hand their definition back by id.
 */
import type { DemoDefinition } from './types';

type DemoModule = { default: DemoDefinition };

interface DemoRuntime {
  React: unknown;
  jsxRuntime: unknown;
  registerDemo: (id: string, definition: DemoDefinition) => void;
}

declare global {
  interface Window {
    __SN__?: DemoRuntime;
  }
}

const waiting = new Map<string, (module: DemoModule) => void>();
const loaded = new Map<string, Promise<DemoModule>>();

export function exposeDemoRuntime(React: unknown, jsxRuntime: unknown): void {
  window.__SN__ = {
    React,
    jsxRuntime,
    registerDemo: (id, definition) => {
      waiting.get(id)?.({ default: definition });
      waiting.delete(id);
    },
  };
}

/** The app script's own URL: demo bundles sit beside it, wherever the site is served from. */
const appScriptUrl = typeof document === 'undefined' ? '' : ((document.currentScript as HTMLScriptElement | null)?.src ?? '');

/** Loads a demo bundle with a classic <script> (works from file:// and any sub-path) once per page. */
export function loadDemoBundle(id: string, file: string): Promise<DemoModule> {
  let promise = loaded.get(id);
  if (!promise) {
    promise = new Promise<DemoModule>((resolve, reject) => {
      waiting.set(id, resolve);
      const script = document.createElement('script');
      script.src = new URL(file, appScriptUrl || document.baseURI).href;
      script.onerror = () => reject(new Error(`could not load ${file}`));
      // a bundle that ran but did not register itself threw while loading
      script.onload = () => waiting.has(id) && reject(new Error(`${file} did not register demo "${id}"`));
      document.head.append(script);
    });
    loaded.set(id, promise);
  }
  return promise;
}
