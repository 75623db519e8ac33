/**
 * `npm run server` runs the server as plain JavaScript: this bundles
 * server/main.ts (and the src/core it uses) into dist-server/main.mjs,
 * packages left to node_modules. Running the TypeScript through tsx instead
 * costs the server about 60 MB of resident memory (tsx's loader runs on a
 * thread of its own, with its own V8 heap). About 0.3 s, so it runs at
 * every start and the bundle is never older than the sources.
 */
import { copyFileSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, stop } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(root, 'dist-server');

/**
 * A server may be starting from the bundle while another command (an
 * invite) rebuilds it: each file is written aside and renamed into place,
 * so no process ever reads half a file.
 */
function replace(path, write) {
  const aside = `${path}.${process.pid}.tmp`;
  write(aside);
  renameSync(aside, path);
}

const { outputFiles } = await build({
  entryPoints: [join(root, 'server/main.ts')],
  outfile: join(out, 'main.mjs'),
  write: false,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
// esbuild's service process would otherwise live as long as the process that imported this.
await stop();
mkdirSync(out, { recursive: true });
for (const file of outputFiles) replace(file.path, (aside) => writeFileSync(aside, file.contents));
// makePgliteDir forks this file, found beside the module that names it: in the bundle, main.mjs.
replace(join(out, 'makePgliteDir.child.mjs'), (aside) =>
  copyFileSync(join(root, 'server/store/makePgliteDir.child.mjs'), aside),
);
