import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The benchmark's own pages (harness, peer), built next to the app into
// dist/bench/ so `vite preview` serves both from one origin: the harness
// seeds the very IndexedDB the app then opens.
const pages = fileURLToPath(new URL('./pages', import.meta.url));

export default defineConfig({
  root: pages,
  base: '/bench/',
  logLevel: 'warn',
  // As the app (vite.config.ts): zod without eval, under the preview's CSP.
  resolve: {
    alias: [{ find: /^zod$/, replacement: fileURLToPath(new URL('../src/core/model/zodConfig.ts', import.meta.url)) }],
  },
  build: {
    target: 'es2022',
    outDir: fileURLToPath(new URL('../dist/bench', import.meta.url)),
    emptyOutDir: true,
    rollupOptions: {
      input: {
        harness: `${pages}/harness.html`,
        peer: `${pages}/peer.html`,
      },
    },
  },
});
