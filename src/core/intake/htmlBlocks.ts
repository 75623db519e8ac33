/** Elements whose content a reader never sees as article text. */
const IGNORED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'embed',
  'canvas',
  'video',
  'audio',
  'button',
  'input',
  'select',
  'textarea',
  'nav',
  'aside',
  'footer',
  'head',
  'title',
  'meta',
  'link',
]);

/** Elements that start and end a block of text, as in a browser's layout. */
const BLOCKS = new Set([
  'address',
  'article',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'legend',
  'li',
  'main',
  'menu',
  'ol',
  'p',
  'pre',
  'search',
  'section',
  'summary',
  'table',
  'tbody',
  'tfoot',
  'thead',
  'tr',
  'ul',
]);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/**
 * The paragraphs of a DOM subtree as a reader sees them: one string per block
 * element (or run of text directly inside a div/section), `<br>` as a line
 * break, table rows with tab-separated cells, whitespace collapsed as a browser
 * renders it except in `<pre>`, hidden and non-prose elements skipped, empty
 * blocks dropped. Give it a sanitised, inert subtree: it only reads.
 */
export function htmlBlocks(root: Element): string[] {
  const out = new BlockCollector();
  // Walked with an explicit cursor, not recursion: hostile pages nest deeply.
  let node: Node | null = root;
  while (node) {
    if (enter(node, out) && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    node = leaveUpTo(node, root, out);
  }
  out.flush();
  return out.blocks;
}

/** Leave `node` and its finished ancestors; the next node to enter, or null at the end. */
function leaveUpTo(start: Node, root: Element, out: BlockCollector): Node | null {
  let node: Node | null = start;
  while (node) {
    leave(node, out);
    if (node === root) return null;
    if (node.nextSibling) return node.nextSibling;
    node = node.parentNode;
  }
  return null;
}

/** Take in a node; true when its children should be walked. */
function enter(node: Node, out: BlockCollector): boolean {
  if (node.nodeType === TEXT_NODE) {
    out.text(node.nodeValue ?? '');
    return false;
  }
  if (node.nodeType !== ELEMENT_NODE) return false;
  const element = node as Element;
  const tag = element.localName.toLowerCase();
  if (IGNORED.has(tag) || element.hasAttribute('hidden')) return false;
  if (tag === 'br') out.hard('\n');
  else if (tag === 'td' || tag === 'th') out.cell();
  else if (BLOCKS.has(tag)) out.block(tag === 'pre' ? 1 : 0);
  return true;
}

function leave(node: Node, out: BlockCollector): void {
  if (node.nodeType !== ELEMENT_NODE) return;
  const element = node as Element;
  const tag = element.localName.toLowerCase();
  if (IGNORED.has(tag) || element.hasAttribute('hidden')) return;
  if (BLOCKS.has(tag)) out.block(tag === 'pre' ? -1 : 0);
}

/** Gathers the inline text of the current block and closes blocks. */
class BlockCollector {
  readonly blocks: string[] = [];
  private parts: string[] = [];
  private preDepth = 0;
  private cellsInRow = 0;

  text(value: string): void {
    // Outside <pre>, runs of HTML whitespace render as one space (not U+00A0).
    this.parts.push(this.preDepth > 0 ? value : value.replace(/[ \t\n\f\r]+/g, ' '));
  }

  hard(value: '\n' | '\t'): void {
    this.parts.push(value);
  }

  cell(): void {
    if (this.cellsInRow++ > 0) this.hard('\t');
  }

  /** A block boundary; `pre` is +1 entering a <pre>, −1 leaving it. */
  block(pre: number): void {
    // Block elements inside <pre> are laid out by its own line breaks.
    if (this.preDepth > 0 && pre === 0) return;
    this.flush();
    this.preDepth += pre;
    this.cellsInRow = 0;
  }

  flush(): void {
    const raw = this.parts.join('');
    this.parts = [];
    const text = this.preDepth > 0 ? raw.replace(/^\n+|\s+$/g, '') : collapse(raw);
    if (text.trim() !== '') this.blocks.push(text);
  }
}

/** Collapse spaces across inline boundaries and around hard breaks and tabs. */
function collapse(raw: string): string {
  return raw
    .replace(/ {2,}/g, ' ')
    .replace(/ ?([\n\t]) ?/g, '$1')
    .replace(/^[ \n]+|[ \n\t]+$/g, '');
}
