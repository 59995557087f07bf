/**
 * Code and data that load only when needed arrive as classic scripts (ES modules and fetch() are
 * blocked on file://). Each such script hands its value to `__SN__.define`, which matches it to the
 * load that asked for it by the script's own URL. The runtime lives on `window`, created once by the
 * app script, because every bundle carries its own copy of this module. The React islands bundle
 * also puts React here, so demo bundles built apart from it share one React.
 */
export interface Runtime {
  /** called by a loaded script with its value */
  define: (value: unknown) => void;
  /** loads a classic script that calls define once; once per URL */
  load: (url: string) => Promise<unknown>;
  /** where the build's bundles are: the app script's folder */
  bundleBase: string;
  React?: unknown;
  jsxRuntime?: unknown;
  ReactDOM?: unknown;
  ReactDOMClient?: unknown;
}

declare global {
  interface Window {
    __SN__?: Runtime;
  }
}

/** The page's one runtime, created on first use (by the app script, before anything loads). */
export function sharedRuntime(): Runtime {
  window.__SN__ ??= createRuntime();
  return window.__SN__;
}

function createRuntime(): Runtime {
  const pending = new Map<string, (value: unknown) => void>();
  const loads = new Map<string, Promise<unknown>>();
  const load = (url: string) => {
    const href = new URL(url, document.baseURI).href;
    let promise = loads.get(href);
    if (!promise) {
      promise = new Promise<unknown>((resolve, reject) => {
        pending.set(href, resolve);
        const script = document.createElement('script');
        script.src = href;
        script.addEventListener('error', () => {
          loads.delete(href);
          reject(new Error(`could not load ${url}`));
        });
        // a script that ran but defined nothing threw while loading
        script.addEventListener('load', () => pending.has(href) && reject(new Error(`${url} defined nothing`)));
        document.head.append(script);
      }).finally(() => pending.delete(href));
      loads.set(href, promise);
    }
    return promise;
  };
  const define = (value: unknown) => {
    const src = (document.currentScript as HTMLScriptElement | null)?.src;
    if (src) pending.get(src)?.(value);
  };
  const appScript = (document.currentScript as HTMLScriptElement | null)?.src;
  return { define, load, bundleBase: appScript ? new URL('.', appScript).href : document.baseURI };
}

/** Loads a script (URL relative to the page) that defines a value, e.g. a lecture's tree. */
export function loadScript<T>(url: string): Promise<T> {
  return sharedRuntime().load(url) as Promise<T>;
}

/** Loads one of the build's bundles, by its path beside the app script (e.g. demos/stft-window-x1.js). */
export function loadBundle<T>(file: string): Promise<T> {
  const runtime = sharedRuntime();
  return runtime.load(new URL(file, runtime.bundleBase).href) as Promise<T>;
}
