import { suggestStatements } from '../../src/core/suggest/suggestStatements';
import { suggestOffThread } from '../../src/ui/article/suggest/suggestOffThread';

/** Wait until the page has painted twice: long-task entries are queued by then. */
const twoFrames = () =>
  new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));

/**
 * Run the suggestion engine over `text` on the page's thread (as the app did
 * before) or through the worker the app uses, and report how long it took,
 * how many suggestions came back, and the page's longest task meanwhile:
 * the time a person's scroll or keypress would have waited.
 */
export async function suggestTimed(
  text: string,
  where: 'page' | 'worker',
): Promise<{ ms: number; longestTaskMs: number; count: number }> {
  let longest = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longest = Math.max(longest, entry.duration);
  });
  observer.observe({ type: 'longtask' });
  await twoFrames();
  const t0 = performance.now();
  const found = where === 'page' ? suggestStatements(text) : await suggestOffThread(text);
  const ms = performance.now() - t0;
  await twoFrames();
  for (const entry of observer.takeRecords()) longest = Math.max(longest, entry.duration);
  observer.disconnect();
  return { ms, longestTaskMs: longest, count: found.length };
}
