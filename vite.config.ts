/**
 * The one Vite configuration, for `npm run dev` and the build. index.html is the page template for
 * both: the dev server fills it per request (tooling/devServer), and the build processes it into the
 * template every pre-rendered page is written from (scripts/build). tooling/bundles builds the
 * lazily loaded bundles with this same configuration.
 */
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { studyNotesDevServer } from './tooling/devServer.ts';

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

/**
 * Browsers block module scripts on file://, and a stylesheet with `crossorigin` fails there too:
 * the built app is a classic script. The page preloads it (at low priority, beside the stylesheet)
 * and a small deferred script starts it (see BOOT_SCRIPT in src/ui/headScript).
 */
const classicScripts: Plugin = {
  name: 'study-notes:classic-scripts',
  apply: 'build',
  transformIndexHtml: {
    order: 'post',
    handler: (html) =>
      html
        .replace(
          /<script type="module" crossorigin src="([^"]+)"><\/script>/g,
          '<link rel="preload" as="script" fetchpriority="low" href="$1" data-app-script>',
        )
        .replace(/ crossorigin(?=[ >])/g, ''),
  },
};

export default defineConfig({
  plugins: [react(), katexWoff2Only, classicScripts, studyNotesDevServer(process.env.STUDY_NOTES_CONTENT)],
  appType: 'custom',
  base: './',
  server: { host: '127.0.0.1' },
  build: {
    outDir: 'dist',
    assetsDir: 'assets',
    assetsInlineLimit: 0,
    cssCodeSplit: false,
    modulePreload: false,
    minify: true,
    // three.js makes the 3D demo's bundle larger than Vite's default warning size; it loads on that demo's page only
    chunkSizeWarningLimit: 800,
    rollupOptions: {
      input: 'index.html',
      output: { format: 'iife', entryFileNames: 'assets/app-[hash].js', assetFileNames: 'assets/[name]-[hash][extname]' },
    },
  },
});
