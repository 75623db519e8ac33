import type { Article } from '../../core/model/article';
import { canonicalText } from '../../core/text/canonicalText';
import { textSha256 } from '../../core/text/textSha256';
import { appDatabase } from '../../storage/database/appDatabase';
import { findArticleByTextSha256 } from '../../storage/repositories/articleRepository';

/** The article already in the library with exactly this text, if any. */
export async function findDuplicateArticle(text: string): Promise<Article | undefined> {
  return findArticleByTextSha256(appDatabase, await textSha256(canonicalText(text)));
}
