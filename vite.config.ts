import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

/**
 * Where the app may open WebSockets to team sync servers (src/storage/team):
 * a static page cannot know at build time which servers its people will
 * join, so by default any server over TLS (wss:) and a server on this
 * machine (ws:// on loopback, for trying a server out); plain ws:// to other
 * hosts stays closed. A deployment that knows its server narrows it:
 * QUOTEMARK_SYNC_SERVERS="wss://sync.example.org" npm run build.
 * Nothing else leaves the page's origin: the app opens sockets only to
 * servers of projects the person joined.
 */
const syncServers = process.env.QUOTEMARK_SYNC_SERVERS?.trim() || 'wss: ws://127.0.0.1:* ws://localhost:*';

/**
 * The production page's Content-Security-Policy: scripts, workers and
 * connections from the app's own origin only (and WebSockets to team sync
 * servers, above), no inline script, no eval.
 * Inline style stays allowed: highlight colours are style attributes set by
 * the editor (style is not a way to run code). Only in the build: the dev
 * server needs an inline script for React's hot reload.
 */
const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  `connect-src 'self' ${syncServers}`,
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/**
 * What the pages people open most need before they show anything:
 * src/main.tsx, the app's code and the warm-up reads it asks for at once
 * (src/ui/startApp, src/ui/shell/warmRoute), and the Library's and an
 * article's views; each with all it imports.
 */
const START =
  /[\\/]src[\\/](main\.tsx|ui[\\/]startApp\.tsx|ui[\\/]shell[\\/]warmRoute\.ts|ui[\\/]library[\\/]LibraryView\.tsx|ui[\\/]article[\\/]ArticleView\.tsx)$/;

/** The chunks src/main.tsx asks for whatever the page, in the order it needs them: the warm-up reads, the app. */
const ASKED_AT_ONCE = [/[\\/]src[\\/]ui[\\/]shell[\\/]warmRoute\.ts$/, /[\\/]src[\\/]ui[\\/]startApp\.tsx$/];

const startModules = new Set<string>();

/**
 * Whether a module is one of the start's (see START), for the chunk groups
 * below: the groups take a shared module into a chunk every page
 * loads only if the start needs it. (They used to take every module of
 * src/core and src/storage, zod and dexie that two chunks shared, so the
 * Library downloaded CSV parsing, agreement statistics and more.)
 */
const atStart = (id: string): boolean => startModules.has(id);

/** Finds the start modules once the module graph is known, before chunks are made. */
function findStartModules(): Plugin {
  return {
    name: 'quotemark-start-modules',
    apply: 'build',
    buildEnd() {
      startModules.clear();
      const queue = [...this.getModuleIds()].filter((id) => START.test(id));
      for (const id of queue) {
        if (startModules.has(id)) continue;
        startModules.add(id);
        queue.push(...(this.getModuleInfo(id)?.importedIds ?? []));
      }
    },
  };
}

/**
 * Lists in index.html, as modulepreload links, the chunks of what
 * src/main.tsx asks for at once (see ASKED_AT_ONCE) and all they import:
 * the browser fetches them while it parses the page, side by side with the
 * first module. The first module imports almost nothing itself (so that it
 * does not wait for their evaluation), so the bundler lists nearly none.
 */
function preloadStartChunks(): Plugin {
  return {
    name: 'quotemark-preload-start-chunks',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        if (!bundle) return html;
        const chunks = Object.values(bundle).flatMap((item) => (item.type === 'chunk' ? [item] : []));
        const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
        const files = new Set<string>();
        const add = (file: string) => {
          if (files.has(file)) return;
          files.add(file);
          for (const imported of byFile.get(file)?.imports ?? []) add(imported);
        };
        for (const asked of ASKED_AT_ONCE) {
          const chunk = chunks.find((c) => c.facadeModuleId && asked.test(c.facadeModuleId));
          if (!chunk) throw new Error(`No chunk for ${String(asked)}: src/main.tsx asks for it at once.`);
          add(chunk.fileName);
        }
        const links = [...files]
          .filter((file) => !html.includes(`/${file}"`))
          .map((file) => `    <link rel="modulepreload" crossorigin href="/${file}">\n`)
          .join('');
        return html.replace(/ *<\/head>/, `${links}  </head>`);
      },
    },
  };
}

/**
 * What src/main.tsx, the first module, imports to ask for the rest, and
 * what src/ui/shell/warmRoute takes from the UI. In the shared chunk, these
 * made the first module wait for React, Dexie, zod and the app's model to
 * be fetched and evaluated (one task of ~120 ms) before it asked for the
 * view's code, and the warm-up reads wait for React.
 */
const BOOTSTRAP =
  /[\\/]src[\\/](ui[\\/](shell[\\/](viewLoader|viewChunks)|routing[\\/](parseRoute|hashLinkOf))|core[\\/]errorMessage)\.ts$/;

function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'quotemark-content-security-policy',
    apply: 'build',
    // Right after the charset, before any script or style: a policy covers
    // only what the parser meets after it.
    transformIndexHtml(html) {
      const charset = /<meta charset="[^"]*" *\/?>/.exec(html);
      if (!charset) throw new Error('index.html needs <meta charset> for the Content-Security-Policy to follow.');
      const end = charset.index + charset[0].length;
      const meta = `\n    <meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}" />`;
      return html.slice(0, end) + meta + html.slice(end);
    },
  };
}

// One config for the app and for Vitest. Unit tests (src/core, src/storage,
// src/editor) run in Node; component tests run in happy-dom, which runs TipTap
// without stubs. End-to-end tests are Playwright's (playwright.config.ts).
export default defineConfig({
  plugins: [
    react(),
    contentSecurityPolicyMeta(),
    findStartModules(),
    preloadStartChunks(),
    // The offline copy: src/ui/offline/serviceWorker.ts, built to
    // serviceWorker.js with the list of every file of the build (app,
    // samples, schema) written in. src/ui/offline/registerServiceWorker.ts
    // registers it; nothing is injected into the page.
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src/ui/offline',
      filename: 'serviceWorker.ts',
      injectRegister: false,
      manifest: false,
      injectManifest: {
        globPatterns: ['**/*.{html,js,css,json,txt,md,svg,png,ico,woff2}'],
        // The benchmark's pages are built into dist/bench after the app.
        globIgnores: ['bench/**', 'serviceWorker.js'],
        // Vite names every file in assets/ after its content.
        dontCacheBustURLsMatching: /^assets\//,
        maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
        sourcemap: false,
      },
      devOptions: { enabled: false },
    }),
  ],
  resolve: {
    // Every `zod` import goes through the module that sets zod's jitless
    // mode first (see src/core/model/zodConfig.ts).
    alias: [{ find: /^zod$/, replacement: fileURLToPath(new URL('./src/core/model/zodConfig.ts', import.meta.url)) }],
  },
  // The same policy as a header on everything `vite preview` serves: a worker
  // script takes its policy from its own response, not from the page's meta.
  preview: { headers: { 'Content-Security-Policy': contentSecurityPolicy } },
  build: {
    target: 'es2022',
    sourcemap: true,
    rolldownOptions: {
      output: {
        // Few, larger chunks. Left to itself the bundler made ~30 files for
        // an article, many under 1 kB; over HTTP/1.1 a browser fetches 6 at
        // a time, so they arrived in waves (300 ms on the benchmark machine).
        codeSplitting: {
          groups: [
            // What src/main.tsx imports, in a chunk of its own: otherwise the
            // shared chunk takes it in, and the first module waits for that.
            { name: 'bootstrap', test: BOOTSTRAP, priority: 40 },
            // What every view runs on: React, and apart from it the storage
            // libraries, which src/main.tsx starts reading with before React.
            {
              name: 'react',
              test: /node_modules[\\/](react|react-dom|scheduler|dexie-react-hooks)[\\/]/,
              priority: 30,
            },
            {
              name: 'storage',
              test: (id) => /node_modules[\\/](dexie|zod)[\\/]/.test(id) && atStart(id),
              priority: 35,
            },
            // prosemirror-model reads new Error().stack as it loads, and V8
            // places the stack's frames by reparsing the top level of the
            // chunk that code is in: the whole editor chunk, otherwise. In a
            // chunk of its own, the long article opened 66 ms sooner (median
            // of paired differences, two same-run A/Bs of 9 opens each).
            { name: 'pm-model', test: /node_modules[\\/]prosemirror-model[\\/]/, priority: 25 },
            // TipTap and the rest of ProseMirror: the article view only.
            {
              name: 'editor',
              test: /node_modules[\\/](@tiptap|prosemirror-[a-z]+|orderedmap|rope-sequence|w3c-keyname)[\\/]/,
              priority: 20,
            },
            // The app's own code that more than one chunk uses: the model and
            // storage apart from the UI, again so they need no React; what
            // the start needs apart from what only the other views do.
            {
              name: 'data',
              test: (id) => /[\\/]src[\\/](core|storage)[\\/]/.test(id) && atStart(id),
              minShareCount: 2,
              priority: 15,
            },
            { name: 'shared', test: (id) => /[\\/]src[\\/]/.test(id) && atStart(id), minShareCount: 2, priority: 14 },
            { name: 'views-data', test: /[\\/]src[\\/](core|storage)[\\/]/, minShareCount: 2, priority: 12 },
            { name: 'views', test: /[\\/]src[\\/]/, minShareCount: 2, priority: 10 },
          ],
        },
      },
    },
  },
  test: {
    // Property tests over real IndexedDB (fake-indexeddb) take ~1 s on a
    // quiet 2-core machine and 4-8 s on a loaded one: a time limit is not
    // what they assert, so it sits well above that.
    testTimeout: 30_000,
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
          // The team sync server against real PostgreSQL and Redis, and as a
          // child process killed and restarted (test/server/support).
          name: 'server',
          environment: 'node',
          include: ['test/server/**/*.test.ts'],
          globalSetup: ['test/server/support/globalSetup.ts'],
          testTimeout: 90_000,
          hookTimeout: 60_000,
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
