import type { DecorationAttrs } from '@tiptap/pm/view';
import type { StaticBlock } from './staticBlocks';

/**
 * Put `blocks` into `root` as the editor's view would: one <p> per block,
 * each piece of text inside its highlight elements (innermost first in
 * `wrappers`), attributes set in ProseMirror's order (plain attributes, then
 * classes, then style), and the trailing <br> ProseMirror adds to an empty
 * paragraph or one ending in a line break. Text only: nothing is parsed as
 * HTML.
 */
export function renderStaticBlocks(root: HTMLElement, blocks: readonly StaticBlock[]): void {
  const doc = root.ownerDocument;
  const paragraphs = blocks.map((block) => {
    const p = doc.createElement('p');
    for (const piece of block.pieces) {
      let node: Node = doc.createTextNode(piece.text);
      for (const attrs of piece.wrappers) node = wrap(doc, node, attrs);
      p.appendChild(node);
    }
    if (block.trailingBreak) {
      const br = doc.createElement('br');
      br.className = 'ProseMirror-trailingBreak';
      p.appendChild(br);
    }
    return p;
  });
  root.replaceChildren(...paragraphs);
}

function wrap(doc: Document, child: Node, attrs: DecorationAttrs): HTMLElement {
  const el = doc.createElement(attrs.nodeName ?? 'span');
  for (const [name, value] of Object.entries(attrs)) {
    if (value !== undefined && name !== 'nodeName' && name !== 'class' && name !== 'style')
      el.setAttribute(name, value);
  }
  if (attrs.class) for (const name of attrs.class.split(' ').filter(Boolean)) el.classList.add(name);
  if (attrs.style) el.style.cssText += attrs.style;
  el.appendChild(child);
  return el;
}
