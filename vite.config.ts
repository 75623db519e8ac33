import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// One config for the app and for Vitest. Unit tests (src/core, src/storage,
// src/editor) run in Node; component tests run in happy-dom, which runs TipTap
// without stubs. End-to-end tests are Playwright's (playwright.config.ts).
export default defineConfig({
  plugins: [react()],
  build: {
    target: 'es2022',
    sourcemap: true,
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['test/unit/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'component',
          environment: 'happy-dom',
          include: ['test/component/**/*.test.tsx'],
          setupFiles: ['test/component/setup.ts'],
        },
      },
    ],
  },
});
