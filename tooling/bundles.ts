/**
 * Vite builds for the reader. Everything is a classic script (IIFE): ES modules and import() are
 * blocked on file://. The app is one bundle; each demo is its own bundle that registers itself on
 * window.__SN__ and borrows the app's React, so a page downloads a demo only when it shows one.
 */
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { build, type Plugin } from 'vite';
import { demoIds } from '../src/demos/registry';

const root = resolve(import.meta.dirname, '..');
export const ASSETS_DIR = 'assets';

const REACT_GLOBALS = { react: '__SN__.React', 'react/jsx-runtime': '__SN__.jsxRuntime' };

/** Builds one bundle per demo into dist/assets/demos; returns id → path relative to the app bundle. */
export async function buildDemoBundles(outDir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const id of demoIds) {
    const virtualId = `\0demo-entry:${id}`;
    const entryPlugin: Plugin = {
      name: 'study-notes:demo-entry',
      resolveId: (source) => (source.endsWith(`demo-entry:${id}`) ? virtualId : undefined),
      load: (moduleId) =>
        moduleId === virtualId
          ? `import demo from ${JSON.stringify(join(root, 'src/demos', id))};\nwindow.__SN__.registerDemo(${JSON.stringify(id)}, demo);`
          : undefined,
    };
    const demoDir = join(outDir, ASSETS_DIR, 'demos');
    await build({
      configFile: false,
      root,
      logLevel: 'warn',
      plugins: [entryPlugin, react()],
      define: { 'process.env.NODE_ENV': '"production"' },
      build: {
        outDir: demoDir,
        emptyOutDir: false,
        copyPublicDir: false,
        minify: true,
        lib: { entry: `demo-entry:${id}`, formats: ['iife'], name: '__SN_DEMO__', fileName: () => `${id}.js` },
        rollupOptions: { external: Object.keys(REACT_GLOBALS), output: { globals: REACT_GLOBALS } },
      },
    });
    const hashed = `${id}-${contentHash(join(demoDir, `${id}.js`))}.js`;
    renameSync(join(demoDir, `${id}.js`), join(demoDir, hashed));
    files[id] = `demos/${hashed}`;
  }
  return files;
}

/** In the app bundle, the registry's import('./<id>') becomes a classic-script load of that demo's bundle. */
function demoRegistryPlugin(files: Record<string, string>): Plugin {
  return {
    name: 'study-notes:demo-registry',
    transform(code, id) {
      if (!id.endsWith('/src/demos/registry.ts')) return undefined;
      const rewritten = code.replace(/import\(\s*['"]\.\/([a-z0-9-]+)['"]\s*\)/g, (_, demoId: string) => {
        const file = files[demoId];
        if (!file) throw new Error(`demo "${demoId}" has no bundle`);
        return `loadDemoBundle(${JSON.stringify(demoId)}, ${JSON.stringify(file)})`;
      });
      return { code: `import { loadDemoBundle } from './runtime';\n${rewritten}`, map: null };
    },
  };
}

/**
 * KaTeX's stylesheet lists each font as woff2, woff and ttf. Every browser the reader supports
 * takes woff2, so the others are dropped from the CSS and never copied into dist/.
 */
const katexWoff2Only: Plugin = {
  name: 'study-notes:katex-woff2-only',
  enforce: 'pre',
  transform(code, id) {
    if (!/katex(\.min)?\.css$/.test(id)) return undefined;
    return { code: code.replace(/,\s*url\([^)]*\.(woff|ttf)\)\s*format\(["'](woff|truetype)["']\)/g, ''), map: null };
  },
};

export interface AppBundle {
  /** paths relative to the site root */
  js: string;
  css: string;
}

export async function buildAppBundle(outDir: string, demoFiles: Record<string, string>): Promise<AppBundle> {
  await build({
    configFile: false,
    root,
    base: './',
    logLevel: 'warn',
    plugins: [katexWoff2Only, demoRegistryPlugin(demoFiles), react()],
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      outDir: join(outDir, ASSETS_DIR),
      emptyOutDir: false,
      copyPublicDir: false,
      cssCodeSplit: false,
      assetsInlineLimit: 0,
      minify: true,
      // not library mode: that inlines the KaTeX fonts into the CSS as base64
      rollupOptions: {
        input: join(root, 'src/main.tsx'),
        output: { format: 'iife', entryFileNames: 'app.js', assetFileNames: (info) => (info.names[0]?.endsWith('.css') ? 'app.css' : '[name]-[hash][extname]') },
      },
    },
  });
  const assets = join(outDir, ASSETS_DIR);
  const rename = (name: string, ext: string) => {
    const hashed = `${name}-${contentHash(join(assets, `${name}.${ext}`))}.${ext}`;
    renameSync(join(assets, `${name}.${ext}`), join(assets, hashed));
    return `${ASSETS_DIR}/${hashed}`;
  };
  return { js: rename('app', 'js'), css: rename('app', 'css') };
}

export function contentHash(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('base64url').slice(0, 10);
}

export function cleanDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}
