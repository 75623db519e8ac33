import { useState } from 'react';
import { appDatabase } from '../../storage/database/appDatabase';
import type { ArticleSummary } from '../../storage/repositories/articleRepository';
import { deleteArticle, restoreArticle, type DeletedArticle } from '../../storage/repositories/articleRepository';
import { settleWrite } from '../common/settleWrite';

/**
 * Delete an article behind a confirmation, keeping what was removed so the
 * person can undo right after.
 */
export function useArticleDeletion(onError: (message: string) => void) {
  const [asking, setAsking] = useState<ArticleSummary | null>(null);
  const [deleted, setDeleted] = useState<DeletedArticle | null>(null);

  const confirm = async () => {
    if (!asking) return;
    const result = await settleWrite(deleteArticle(appDatabase, asking.id));
    setAsking(null);
    if (result.ok) setDeleted(result.value);
    else onError(result.error);
  };

  const undo = async () => {
    if (!deleted) return;
    const result = await settleWrite(restoreArticle(appDatabase, deleted));
    setDeleted(null);
    if (!result.ok) onError(result.error);
  };

  return {
    asking,
    ask: setAsking,
    cancel: () => setAsking(null),
    confirm,
    deleted,
    undo,
    dismiss: () => setDeleted(null),
  };
}
