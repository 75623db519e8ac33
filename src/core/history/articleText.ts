import type { Article } from '../model/article';

/**
 * What a step of the history is about in an article: its text (and the
 * text's hash), nothing else. Title, source and the like are edited outside
 * the history (updateArticleDetails), so a step must neither be refused
 * because they changed since nor put back the values it happened to see.
 */
export function sameArticleText(a: Article | null, b: Article | null): boolean {
  if (a === null || b === null) return a === b;
  return a.text === b.text && a.textSha256 === b.textSha256;
}

/** `current` with the text of `state` written into it, updated `now`; every other field as it is. */
export function withArticleText(current: Article, state: Article, now: Date): Article {
  return { ...current, text: state.text, textSha256: state.textSha256, updatedAt: now.toISOString() };
}
