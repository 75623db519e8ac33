import { useEffect, useState } from 'react';
import { appDatabase } from '../../storage/database/appDatabase';
import { liveSearchableArticles } from '../../storage/live/liveQueries';
import type { ArticleSearchIndex } from '../../storage/reads/ArticleSearchIndex';

/** Idle time left to a slice of keying, in ms: enough for a few articles, never a long task. */
const SLICE_MARGIN_MS = 2;

/**
 * The Library's search over its articles' titles and texts, live; undefined
 * until `listed` (the rows are on screen) and the texts are read. The texts
 * are what the list does not show, so their read waits for the first idle
 * moment after the rows; then the index keys the articles in slices of idle
 * time, so the first keystroke finds it ready.
 */
export function useLibrarySearch(listed: boolean): ArticleSearchIndex | undefined {
  const [search, setSearch] = useState<ArticleSearchIndex>();
  useEffect(() => {
    if (!listed) return;
    let subscription: { unsubscribe: () => void } | undefined;
    const subscribe = () => {
      subscription = liveSearchableArticles(appDatabase).subscribe(setSearch);
    };
    if (typeof requestIdleCallback !== 'function') {
      subscribe();
      return () => subscription?.unsubscribe();
    }
    const handle = requestIdleCallback(subscribe);
    return () => {
      cancelIdleCallback(handle);
      subscription?.unsubscribe();
    };
  }, [listed]);
  useEffect(() => {
    if (!search || typeof requestIdleCallback !== 'function') return;
    let handle = 0;
    const slice = (deadline: IdleDeadline) => {
      if (!search.prepare(() => deadline.timeRemaining() > SLICE_MARGIN_MS)) handle = requestIdleCallback(slice);
    };
    handle = requestIdleCallback(slice);
    return () => cancelIdleCallback(handle);
  }, [search]);
  return search;
}
