/**
 * `npm run server` runs the server as plain JavaScript: this bundles
 * server/main.ts (and the src/core it uses) into dist-server/main.mjs,
 * packages left to node_modules. Running the TypeScript through tsx instead
 * costs the server about 60 MB of resident memory (tsx's loader runs on a
 * thread of its own, with its own V8 heap). About 0.3 s, so it runs at
 * every start and the bundle is never older than the sources.
 */
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

const root = join(import.meta.dirname, '..');
const out = join(root, 'dist-server');

await build({
  entryPoints: [join(root, 'server/main.ts')],
  outfile: join(out, 'main.mjs'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
// makePgliteDir forks this file, found beside the module that names it: in the bundle, main.mjs.
copyFileSync(join(root, 'server/store/makePgliteDir.child.mjs'), join(out, 'makePgliteDir.child.mjs'));
