import type { Suggestion } from '../../../core/suggest/types';
import type { SuggestRequest } from './suggestWorker';

interface SuggestAnswer {
  id: number;
  suggestions: Suggestion[];
}

let worker: Worker | undefined;
let nextId = 0;

/**
 * Suggestions for an article's text, computed in a worker so the page keeps
 * answering while the engine reads a long article. Where workers are missing
 * (a DOM emulation in tests) the engine runs here instead, with the same result.
 * A failure inside the worker rejects, like an exception from the engine would:
 * it is a bug, for the app's error boundary, not a refusal to word.
 */
export async function suggestOffThread(text: string): Promise<Suggestion[]> {
  if (typeof Worker === 'undefined') {
    const { suggestStatements } = await import('../../../core/suggest/suggestStatements');
    return suggestStatements(text);
  }
  worker ??= new Worker(new URL('./suggestWorker.ts', import.meta.url), { type: 'module', name: 'suggest' });
  const running = worker;
  const id = ++nextId;
  return new Promise<Suggestion[]>((resolve, reject) => {
    const onMessage = (event: MessageEvent<SuggestAnswer>): void => {
      if (event.data.id !== id) return;
      done();
      resolve(event.data.suggestions);
    };
    const onError = (event: ErrorEvent): void => {
      done();
      // A worker that failed to load or threw is replaced on the next run.
      if (worker === running) worker = undefined;
      running.terminate();
      reject(new Error(`Suggestion worker failed: ${event.message}`));
    };
    const done = (): void => {
      running.removeEventListener('message', onMessage);
      running.removeEventListener('error', onError);
    };
    running.addEventListener('message', onMessage);
    running.addEventListener('error', onError);
    const request: SuggestRequest = { id, text };
    running.postMessage(request);
  });
}
