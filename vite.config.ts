import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { studyNotesDevServer } from './tooling/devServer.ts';

// `npm run dev` only. The production build (classic-script bundles + pre-rendered pages) is
// scripts/build.ts, which drives Vite through tooling/bundles.ts.
export default defineConfig({
  plugins: [react(), studyNotesDevServer()],
  appType: 'custom',
  server: { host: '127.0.0.1' },
});
