import { useEffect } from 'react';
import { pendingWrites, subscribePendingWrites } from '../../storage/database/pendingWrites';

/**
 * While any write to the library is pending, a reload or a closed tab asks
 * first: unloading would abort the write, and what the person just saved,
 * edited, deleted, imported or accepted would be gone without a word.
 * The listener is there only while a write is pending (a standing
 * beforeunload listener keeps some browsers from caching the page for Back),
 * and is added in the same moment the write begins, not at the next render.
 */
export function useAskBeforeUnloadWhileWriting(): void {
  useEffect(() => {
    let asking = false;
    const follow = () => {
      const pending = pendingWrites() > 0;
      if (pending === asking) return;
      asking = pending;
      if (pending) window.addEventListener('beforeunload', ask);
      else window.removeEventListener('beforeunload', ask);
    };
    follow();
    const unsubscribe = subscribePendingWrites(follow);
    return () => {
      unsubscribe();
      window.removeEventListener('beforeunload', ask);
    };
  }, []);
}

function ask(event: BeforeUnloadEvent): void {
  // preventDefault is the standard; returnValue is what older Chromium and Safari need.
  event.preventDefault();
  event.returnValue = true;
}
