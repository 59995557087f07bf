import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// Three kinds of tests, all run by `npm test` (which builds dist/ first for the browser tests):
//   unit       pure modules (content pipeline, maths), in Node
//   component  React components with Testing Library, in jsdom
//   browser    the built site in headless Chromium (playwright-core), in Node
export default defineConfig({
  plugins: [react()],
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', environment: 'node', include: ['src/**/*.test.ts', 'tests/content/**/*.test.ts', 'tests/scripts/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'component',
          environment: 'jsdom',
          include: ['src/**/*.test.tsx', 'tests/components/**/*.test.tsx'],
          setupFiles: ['tests/setup/component.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
