/**
 * `npm run server`: bundles the server (buildServer.mjs) and runs the bundle
 * with plain node, with the flags and malloc settings that keep its memory
 * down (docs/ARCHITECTURE.md, "The server's memory"). A launcher in Node
 * rather than shell variables in package.json, so the command starts the
 * same way on every platform; glibc reads MALLOC_* only when a process
 * starts, hence a child process. Arguments, exit code and stop signals pass
 * through; settings the person exports themselves win.
 */
import { spawn } from 'node:child_process';
import { constants } from 'node:os';
import { fileURLToPath } from 'node:url';

await import('./buildServer.mjs');

const FLAGS = ['--v8-pool-size=1', '--expose-gc', '--max-semi-space-size=4'];
const MALLOC = { MALLOC_ARENA_MAX: '2', MALLOC_MMAP_THRESHOLD_: '131072', MALLOC_TRIM_THRESHOLD_: '131072' };

const main = fileURLToPath(new URL('../dist-server/main.mjs', import.meta.url));
const child = spawn(process.execPath, [...FLAGS, main, ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...MALLOC, ...process.env },
});
// The two signals the server stops cleanly on (server/main.ts); others keep their default.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
// A server killed by a signal exits as a shell reports it: 128 + the signal's number.
child.on('exit', (code, signal) => {
  process.exitCode = code ?? 128 + (signal ? (constants.signals[signal] ?? 0) : 0);
});
