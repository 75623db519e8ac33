import createDOMPurify, { type DOMPurify, type WindowLike } from 'dompurify';

/**
 * The DOM that intake works in, taken from a window the caller owns: the
 * browser's own `window` in the app, jsdom's in tests. Core never reaches for
 * DOM globals itself.
 */
export interface HtmlEnvironment {
  /**
   * Parse HTML into a document without a browsing context: scripts in it never
   * run and nothing it references is fetched.
   */
  parseHtml(html: string): Document;
  /** A DOMPurify instance of this environment's own, with intake's hooks. */
  purifier: DOMPurify;
}

/**
 * Build the HTML environment from a window, e.g. `htmlEnvironment(window)` in
 * the app or `htmlEnvironment(new JSDOM('').window)` in Node.
 */
export function htmlEnvironment(window: WindowLike): HtmlEnvironment {
  const purifier = createDOMPurify(window);
  purifier.addHook('beforeSanitizeAttributes', keepOnlyMetadataValues);
  const parser = new window.DOMParser();
  return { parseHtml: (html) => parser.parseFromString(html, 'text/html'), purifier };
}

/**
 * `<meta>` and `<link>` survive sanitising only to carry page metadata. Drop
 * the values of every other kind (refresh targets, stylesheets, preloads), so
 * no URL of theirs, `javascript:` or not, is left even as inert text.
 */
function keepOnlyMetadataValues(node: Element): void {
  // DOMPurify calls this hook for text and comment nodes too, whatever its type says.
  if (node.nodeType !== 1) return;
  const tag = node.localName.toLowerCase();
  if (
    tag === 'meta' &&
    !(node.hasAttribute('name') || node.hasAttribute('property') || node.hasAttribute('itemprop'))
  ) {
    node.removeAttribute('content');
  }
  if (tag === 'link' && !/(?:^|\s)canonical(?:\s|$)/i.test(node.getAttribute('rel') ?? '')) {
    node.removeAttribute('href');
  }
}
