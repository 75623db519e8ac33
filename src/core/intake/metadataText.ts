import { MAX_TITLE_LENGTH } from '../model/article';

/**
 * A metadata value as one line of text, undefined when empty. A value beyond
 * the article schema's limit is cut at a word rather than refused: metadata
 * is a hint, and a refusal would cost the person the whole article.
 */
export function metadataText(value: string | null | undefined): string | undefined {
  const text = value?.replace(/\s+/g, ' ').trim();
  if (!text) return undefined;
  if (text.length <= MAX_TITLE_LENGTH) return text;
  const cut = text.slice(0, MAX_TITLE_LENGTH - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > 0 ? cut.slice(0, space) : cut}…`;
}

/** A byline as a name: "By  Jane\nDoe" as "Jane Doe"; undefined when empty. */
export function bylineText(value: string | null | undefined): string | undefined {
  return metadataText(value?.replace(/^\s*by\s+/i, ''));
}
