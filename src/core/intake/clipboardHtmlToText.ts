import { BLOCK_SEPARATOR } from '../text/textBlocks';
import type { HtmlEnvironment } from './htmlEnvironment';
import { htmlBlocks } from './htmlBlocks';
import { sanitiseHtml } from './sanitiseHtml';

/**
 * The text of rich text copied from a web page (the clipboard's `text/html`),
 * paragraphs kept as blocks separated by a blank line. The HTML is sanitised
 * and parsed inertly first. Empty when nothing readable is left, so the
 * caller can fall back to the clipboard's plain text.
 */
export function clipboardHtmlToText(html: string, env: HtmlEnvironment): string {
  const clean = sanitiseHtml(html, env, 'fragment');
  if (!clean.ok) return '';
  return htmlBlocks(env.parseHtml(clean.value).body).join(BLOCK_SEPARATOR);
}
