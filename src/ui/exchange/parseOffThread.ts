import { parseLibraryFile } from '../../core/import/parseLibraryFile';

type Parsed = ReturnType<typeof parseLibraryFile>;

/**
 * Validate a library file in a Web Worker, keeping the page responsive; on
 * the main thread where workers are unavailable.
 */
export function parseOffThread(text: string): Promise<Parsed> {
  if (typeof Worker === 'undefined') return Promise.resolve(parseLibraryFile(text));
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./parseWorker.ts', import.meta.url), { type: 'module' });
    const finish = (result: Parsed) => {
      worker.terminate();
      resolve(result);
    };
    worker.onmessage = (event: MessageEvent<Parsed>) => finish(event.data);
    // A worker that cannot start (an odd browser setting) must not lose the import.
    worker.onerror = () => finish(parseLibraryFile(text));
    worker.postMessage(text);
  });
}
