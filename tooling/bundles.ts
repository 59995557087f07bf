/**
 * The build's scripts, made by Vite with the project's one configuration (vite.config.ts). All are
 * classic scripts (IIFE): ES modules and import() are blocked on file://.
 *   app.js                 the reading path: index.html's entry, the islands (no React)
 *   react-islands-*.js     React and the React islands, loaded when a page mounts one
 *   demos/<id>-*.js        one per demo, loaded when its place nears the viewport
 *   offline-*.js           the service worker's client
 *   my-lectures-*.js       the reader's imported lectures; import-worker-*.js the import pipeline
 *   katex-*.css            KaTeX's whole stylesheet, for formulas rendered in the browser (the
 *                          page's stylesheet keeps only the rules the course's formulas use)
 * A lazily loaded bundle hands its module to __SN__.define; each `import('./x')` in the modules
 * listed in LAZY_REGISTRIES becomes a load of x's bundle (see src/islands/runtime).
 */
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { build, type InlineConfig, type Plugin } from 'vite';
import { demoIds } from '../src/demos/registry';
import { BOOT_SCRIPT, HEAD_SCRIPT, withHeadScript } from '../src/ui/headScript';
import { katexForCourse, type MathUsage } from './mathStyles';
import { DEFAULT_CACHE_DIR } from './noteCache';

const root = resolve(import.meta.dirname, '..');
export const ASSETS_DIR = 'assets';
const CONFIG_FILE = join(root, 'vite.config.ts');
const RUNTIME = join(root, 'src/islands/runtime.ts');
/** Modules whose import() calls name lazily loaded bundles. */
const LAZY_REGISTRIES = [join(root, 'src/demos/registry.ts'), join(root, 'src/islands/lazy.ts')];
/** KaTeX's upright and italic faces: a page with formulas needs them before its text can show. */
const MATH_FONTS = ['KaTeX_Main-Regular', 'KaTeX_Math-Italic'];
const REACT_GLOBALS = {
  react: '__SN__.React',
  'react/jsx-runtime': '__SN__.jsxRuntime',
  'react-dom': '__SN__.ReactDOM',
  'react-dom/client': '__SN__.ReactDOMClient',
};

export interface Bundles {
  /** the page template (index.html as Vite processed it), asset URLs "./…" from the site root */
  template: string;
  /** site-root-relative path of every demo's bundle */
  demos: Record<string, string>;
  /** site-root-relative paths of the shell: app script, stylesheet, fonts, React islands, offline client */
  shell: string[];
  /** site-root-relative paths of the formula fonts nearly every formula uses */
  mathFonts: string[];
}

/** Lazily loaded bundle paths by the absolute path (without extension) of the module they hold. */
type LazyFiles = Map<string, string>;

export interface BundleOptions {
  /** what the course's formulas use: the page's stylesheet keeps the KaTeX rules and glyphs these need */
  math?: MathUsage;
}

export async function buildBundles(outDir: string, options: BundleOptions = {}): Promise<Bundles> {
  const assets = join(outDir, ASSETS_DIR);
  const lazy: LazyFiles = new Map();
  // KaTeX's whole stylesheet comes first: the bundles that render formulas in the browser name it
  const wholeMathSheet = await buildWholeMathStylesheet(outDir);
  const define = { 'import.meta.env.SN_KATEX_CSS': JSON.stringify(wholeMathSheet) };
  const demos: Record<string, string> = {};
  for (const id of demoIds) {
    const file = await buildLazyBundle(join(root, 'src/demos', id, 'index.ts'), `demos/${id}`, assets, lazy, define, { shareReact: true });
    lazy.set(join(root, 'src/demos', id), file);
    demos[id] = `${ASSETS_DIR}/${file}`;
  }
  const islands = await buildLazyBundle(join(root, 'src/islands/react/reactIslands.tsx'), 'react-islands', assets, lazy, define);
  lazy.set(join(root, 'src/islands/react/reactIslands'), islands);
  const offline = await buildLazyBundle(join(root, 'src/islands/offline/offline.ts'), 'offline', assets, lazy, define);
  lazy.set(join(root, 'src/islands/offline/offline'), offline);
  const notes = await buildLazyBundle(join(root, 'src/islands/notes/notesIsland.tsx'), 'notes', assets, lazy, define, { shareReact: true });
  lazy.set(join(root, 'src/islands/notes/notesIsland'), notes);
  const review = await buildLazyBundle(join(root, 'src/islands/review/reviewTools.ts'), 'review', assets, lazy, define);
  lazy.set(join(root, 'src/islands/review/reviewTools'), review);
  const search = await buildLazyBundle(join(root, 'src/islands/search/searchIsland.tsx'), 'search', assets, lazy, define, { shareReact: true });
  lazy.set(join(root, 'src/islands/search/searchIsland'), search);
  // not in the shell: the import pipeline (KaTeX, the Markdown pipeline, the diagrams) is cached when first used
  const importWorker = await buildImportWorker(assets, define);
  lazy.set(join(root, 'src/import/workerSource'), importWorker);
  const myLectures = await buildLazyBundle(join(root, 'src/islands/myLectures/myLecturesPage.ts'), 'my-lectures', assets, lazy, define);
  lazy.set(join(root, 'src/islands/myLectures/myLecturesPage'), myLectures);

  const forCourse = options.math ? [katexForCourse(options.math, join(DEFAULT_CACHE_DIR, 'math-fonts'))] : [];
  await build(withConfig({ build: { outDir, emptyOutDir: false }, define }, [lazyImports(lazy), ...forCourse]));
  const headScript = writeHashed(assets, 'head', HEAD_SCRIPT);
  const bootScript = writeHashed(assets, 'boot', BOOT_SCRIPT);
  const template = withHeadScript(readFileSync(join(outDir, 'index.html'), 'utf8'), `./${ASSETS_DIR}/${headScript}`, `./${ASSETS_DIR}/${bootScript}`);
  const shell = [...template.matchAll(/ (?:src|href)="\.\/(assets\/[^"]+)"/g)].map((m) => m[1]!);
  const css = shell.find((path) => path.endsWith('.css'));
  const fontsOf = (sheet: string) =>
    [...readFileSync(join(outDir, sheet), 'utf8').matchAll(/url\(([^)]+\.woff2)\)/g)].map((m) => `${ASSETS_DIR}/${m[1]!.replace(/^\.\//, '')}`);
  const fonts = css ? fontsOf(css) : [];
  const mathFonts = fonts.filter((font) => MATH_FONTS.some((name) => font.includes(`/${name}-`)));
  // the page's fonts hold the course's characters; a note's formula offline may need any other
  const wholeFonts = fontsOf(`${ASSETS_DIR}/${wholeMathSheet}`).filter((font) => !fonts.includes(font));
  return {
    template,
    demos,
    shell: [
      ...shell,
      ...fonts,
      `${ASSETS_DIR}/${wholeMathSheet}`,
      ...wholeFonts,
      `${ASSETS_DIR}/${islands}`,
      `${ASSETS_DIR}/${offline}`,
      `${ASSETS_DIR}/${search}`,
      `${ASSETS_DIR}/${review}`,
      `${ASSETS_DIR}/${notes}`,
      `${ASSETS_DIR}/${myLectures}`,
    ],
    mathFonts,
  };
}

/** Builds the service worker to dist/sw.js (its precache manifest is injected afterwards). */
export async function buildServiceWorker(outDir: string): Promise<string> {
  await build(
    withConfig({
      build: {
        outDir,
        emptyOutDir: false,
        copyPublicDir: false,
        rollupOptions: { input: join(root, 'src/sw/serviceWorker.ts'), output: { format: 'iife', entryFileNames: 'sw.js' } },
      },
    }),
  );
  return join(outDir, 'sw.js');
}

/**
 * The import worker (src/import/worker.ts) as one self-contained script, wrapped in a bundle that
 * defines `createImportWorker` (the build's stand-in for src/import/workerSource): the worker
 * starts from a blob of its own source, because a page on file:// may not load a worker script.
 */
async function buildImportWorker(assets: string, define: Record<string, string>): Promise<string> {
  const raw = 'import-worker-source.js';
  await build(
    withConfig({
      build: {
        outDir: assets,
        emptyOutDir: false,
        copyPublicDir: false,
        modulePreload: false,
        // one script by design: it loads only when the reader imports
        chunkSizeWarningLimit: 2048,
        rollupOptions: {
          input: join(root, 'src/import/worker.ts'),
          output: { format: 'iife', entryFileNames: raw },
          // the diagrams' import()s are inlined; the preload helper's import.meta serves only CSS, which they have none of
          onwarn: (warning, warn) => void (warning.code !== 'EMPTY_IMPORT_META' && warn(warning)),
        },
      },
      define,
      // a worker has no document: packages' DOM-only builds (decode-named-character-reference) are wrong there
      resolve: { conditions: ['worker', 'module', 'browser', 'production'] },
    }),
  );
  const source = readFileSync(join(assets, raw), 'utf8');
  rmSync(join(assets, raw));
  const wrapped = `window.__SN__.define({createImportWorker:function(){return new Worker(URL.createObjectURL(new Blob([${JSON.stringify(source)}],{type:"text/javascript"})))}});\n`;
  return writeHashed(assets, 'import-worker', wrapped);
}

/**
 * KaTeX's whole stylesheet as an asset of its own (its fonts the same files as the page
 * stylesheet's), for formulas rendered in the browser; returns its name in assets/.
 */
async function buildWholeMathStylesheet(outDir: string): Promise<string> {
  const entryId = '\0katex-stylesheet';
  const entryName = 'katex-stylesheet-entry.js';
  const entry: Plugin = {
    name: 'study-notes:katex-stylesheet',
    resolveId: (source) => (source === entryId ? entryId : undefined),
    load: (id) => (id === entryId ? `import 'katex/dist/katex.min.css';` : undefined),
  };
  const output = await build(
    withConfig(
      {
        build: {
          outDir,
          emptyOutDir: false,
          copyPublicDir: false,
          rollupOptions: {
            input: entryId,
            output: {
              format: 'iife',
              entryFileNames: `${ASSETS_DIR}/${entryName}`,
              assetFileNames: (asset) => `${ASSETS_DIR}/${asset.names[0]?.endsWith('.css') ? 'katex' : '[name]'}-[hash][extname]`,
            },
          },
        },
      },
      [entry],
    ),
  );
  rmSync(join(outDir, ASSETS_DIR, entryName));
  const files = (Array.isArray(output) ? output : [output]).flatMap((result) => ('output' in result ? result.output : []));
  const sheet = files.find((file) => file.fileName.endsWith('.css'));
  if (!sheet) throw new Error('the KaTeX stylesheet build wrote no stylesheet');
  return sheet.fileName.slice(ASSETS_DIR.length + 1);
}

/** Writes a script under a content-hashed name; returns the name. */
function writeHashed(assets: string, stem: string, source: string): string {
  const name = `${stem}-${createHash('sha256').update(source).digest('base64url').slice(0, 10)}.js`;
  writeFileSync(join(assets, name), source);
  return name;
}

/** One lazily loaded bundle: `entry`'s module handed to __SN__.define; returns its file, relative to assets/. */
async function buildLazyBundle(
  entry: string,
  name: string,
  assets: string,
  lazy: LazyFiles,
  define: Record<string, string>,
  { shareReact = false } = {},
): Promise<string> {
  const virtualId = `\0lazy-entry:${name}`;
  const entryPlugin: Plugin = {
    name: 'study-notes:lazy-entry',
    resolveId: (source) => (source === virtualId ? virtualId : undefined),
    load: (id) =>
      id === virtualId
        ? `import * as bundle from ${JSON.stringify(entry)};\nimport { sharedRuntime } from ${JSON.stringify(RUNTIME)};\nsharedRuntime().define(bundle);`
        : undefined,
  };
  const outDir = join(assets, dirname(name));
  const base = name.split('/').pop()!;
  await build(
    withConfig(
      {
        build: {
          outDir,
          emptyOutDir: false,
          copyPublicDir: false,
          cssCodeSplit: false,
          rollupOptions: {
            input: virtualId,
            external: shareReact ? Object.keys(REACT_GLOBALS) : [],
            output: { format: 'iife', entryFileNames: `${base}.js`, globals: shareReact ? REACT_GLOBALS : {} },
          },
        },
        define,
      },
      [entryPlugin, lazyImports(lazy)],
    ),
  );
  const hashed = `${base}-${contentHash(join(outDir, `${base}.js`))}.js`;
  renameSync(join(outDir, `${base}.js`), join(outDir, hashed));
  return join(dirname(name), hashed).replace(/^\.\//, '');
}

function withConfig(config: InlineConfig, plugins: Plugin[] = []): InlineConfig {
  return { configFile: CONFIG_FILE, root, logLevel: 'warn', mode: 'production', ...config, plugins };
}

/** In the lazy registries, `import('./x')` of an already built bundle becomes a classic-script load of it. */
function lazyImports(files: LazyFiles): Plugin {
  return {
    name: 'study-notes:lazy-imports',
    transform(code, id) {
      if (!LAZY_REGISTRIES.includes(id)) return undefined;
      let used = false;
      const rewritten = code.replace(/import\(\s*['"](\.[^'"]+)['"]\s*\)/g, (call, specifier: string) => {
        const file = files.get(join(dirname(id), specifier));
        if (!file) return call;
        used = true;
        return `loadBundle(${JSON.stringify(file)})`;
      });
      return used ? { code: `import { loadBundle } from ${JSON.stringify(RUNTIME)};\n${rewritten}`, map: null } : undefined;
    },
  };
}

export function contentHash(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('base64url').slice(0, 10);
}

export function cleanDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}
