/**
 * The suggestion engine off the page's thread: on a long article it runs for
 * a few hundred milliseconds, which on the main thread is a frozen page (no
 * scrolling, no typing) while it works. The worker receives the article's
 * text and answers with the suggestions; it holds no state between runs.
 */
import { suggestStatements } from '../../../core/suggest/suggestStatements';

interface WorkerScope {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<SuggestRequest>) => void): void;
}

/** One run: the id pairs the answer with its request. */
export interface SuggestRequest {
  id: number;
  text: string;
}

const scope = self as unknown as WorkerScope;
scope.addEventListener('message', (event) => {
  const { id, text } = event.data;
  scope.postMessage({ id, suggestions: suggestStatements(text) });
});
