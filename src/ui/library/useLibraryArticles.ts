import { useObservable } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { appDatabase } from '../../storage/database/appDatabase';
import { liveLibraryArticles } from '../../storage/live/liveQueries';
import type { LibraryArticles } from '../../storage/reads/readLibraryArticles';

/** Idle time left to a slice of keying, in ms: enough for a few articles, never a long task. */
const SLICE_MARGIN_MS = 2;

/**
 * The Library's articles with their counts and search index, live;
 * undefined while loading. Once they are shown, the search index keys the
 * articles in slices of idle time, so the first keystroke finds it ready.
 */
export function useLibraryArticles(): LibraryArticles | undefined {
  const library = useObservable(() => liveLibraryArticles(appDatabase), []);
  useEffect(() => {
    if (!library || typeof requestIdleCallback !== 'function') return;
    let handle = 0;
    const slice = (deadline: IdleDeadline) => {
      if (!library.search.prepare(() => deadline.timeRemaining() > SLICE_MARGIN_MS))
        handle = requestIdleCallback(slice);
    };
    handle = requestIdleCallback(slice);
    return () => cancelIdleCallback(handle);
  }, [library]);
  return library;
}
