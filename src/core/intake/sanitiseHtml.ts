import type { Config } from 'dompurify';
import { err, ok, type Result } from '../result';
import type { HtmlEnvironment } from './htmlEnvironment';

/**
 * Strict on purpose: intake wants text, so nothing that runs, loads, embeds,
 * styles or takes input survives. Content of removed elements is kept (a
 * `<font>` still has words) except where it is code or widget chrome.
 */
const STRICT: Config = {
  FORBID_TAGS: [
    'script',
    'style',
    'link',
    'iframe',
    'frame',
    'frameset',
    'object',
    'embed',
    'applet',
    'svg',
    'math',
    'form',
    'input',
    'button',
    'select',
    'option',
    'textarea',
    'img',
    'picture',
    'source',
    'track',
    'video',
    'audio',
    'canvas',
    'map',
    'area',
    'base',
    'noscript',
    'template',
    'portal',
  ],
  FORBID_ATTR: [
    'style',
    'src',
    'srcset',
    'action',
    'formaction',
    'background',
    'poster',
    'ping',
    'http-equiv',
    'autofocus',
  ],
  ADD_FORBID_CONTENTS: ['form', 'button', 'select', 'textarea', 'object', 'embed', 'applet', 'canvas', 'map'],
  ALLOW_DATA_ATTR: false,
};

/** A whole page: as STRICT, plus the head's title, meta and canonical link, which carry metadata. */
const WHOLE_PAGE: Config = {
  ...STRICT,
  WHOLE_DOCUMENT: true,
  FORBID_TAGS: STRICT.FORBID_TAGS?.filter((tag) => tag !== 'link'),
  ADD_TAGS: ['title', 'meta', 'link'],
  ADD_ATTR: ['content', 'property', 'itemprop'],
  // Values such as "og:url" or "By: Jane Doe" look like URLs of unknown schemes
  // to DOMPurify, which would drop them; they are data, read as text only.
  ADD_URI_SAFE_ATTR: ['content', 'property', 'itemprop', 'name'],
};

/**
 * Sanitise untrusted HTML with the environment's DOMPurify and return the
 * clean markup. `page` keeps the document shell and metadata; `fragment`
 * keeps body content only. Refuses, rather than passing HTML through, when
 * the environment cannot sanitise.
 */
export function sanitiseHtml(html: string, env: HtmlEnvironment, kind: 'page' | 'fragment'): Result<string, string> {
  // DOMPurify returns its input untouched where it is unsupported.
  if (!env.purifier.isSupported) return err('this browser cannot sanitise HTML safely, so the page was not read');
  try {
    return ok(env.purifier.sanitize(html, kind === 'page' ? WHOLE_PAGE : STRICT));
  } catch {
    return err('the page could not be sanitised');
  }
}
