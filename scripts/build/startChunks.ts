import type { Plugin } from 'vite';

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
 * of vite.config.ts: the groups take a shared module into a chunk every page
 * loads only if the start needs it. (They used to take every module of
 * src/core and src/storage, zod and dexie that two chunks shared, so the
 * Library downloaded CSV parsing, agreement statistics and more.)
 */
export const atStart = (id: string): boolean => startModules.has(id);

/** Finds the start modules once the module graph is known, before chunks are made. */
export function findStartModules(): Plugin {
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
export function preloadStartChunks(): Plugin {
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
