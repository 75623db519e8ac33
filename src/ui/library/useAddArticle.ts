import { useState } from 'react';
import type { ArticleInput } from '../../core/articles/prepareArticle';
import type { Article } from '../../core/model/article';
import { ok, type Result } from '../../core/result';
import { appDatabase } from '../../storage/database/appDatabase';
import { addArticle } from '../../storage/repositories/articleRepository';
import { settleWrite } from '../common/settleWrite';
import { articleHref } from '../routing/parseRoute';
import { navigate } from '../routing/useHashRoute';
import { findDuplicateArticle } from './findDuplicateArticle';

/**
 * Add one article and open it; when the same text is already in the library,
 * hold it and offer to open the existing article instead of a duplicate.
 */
export function useAddArticle() {
  const [duplicate, setDuplicate] = useState<{ input: ArticleInput; existing: Article } | null>(null);

  const add = async (input: ArticleInput, allowDuplicate = false): Promise<Result<unknown>> => {
    const existing = allowDuplicate ? undefined : await findDuplicateArticle(input.text);
    if (existing) {
      setDuplicate({ input, existing });
      return ok(existing);
    }
    setDuplicate(null);
    const result = await settleWrite(addArticle(appDatabase, input));
    if (result.ok) navigate(articleHref(result.value.id));
    return result;
  };

  return {
    add,
    duplicate,
    openExisting: () => duplicate && navigate(articleHref(duplicate.existing.id)),
    addAnyway: () => duplicate && add(duplicate.input, true),
    dismissDuplicate: () => setDuplicate(null),
  };
}
