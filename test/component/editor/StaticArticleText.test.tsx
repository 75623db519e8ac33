import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ArticleText } from '../../../src/editor/ArticleText';
import type { HighlightSpec } from '../../../src/editor/highlights/highlightSpec';
import { StaticArticleText } from '../../../src/editor/static/StaticArticleText';

const TEXT = [
  'Hua Chunying called the sanctions “the height of absurdity,” adding that China would respond.',
  'Blinken said the measures were “a response to serious abuses” in Xinjiang.',
  '',
  'A line\nbroken inside the paragraph, and one ending in a break\n',
  'Sasse said: “The door to Xinjiang is always open.”',
].join('\n\n');

/** A small deterministic generator (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Statements over the text that overlap, nest, share a span, cross paragraph breaks and carry cues. */
function statements(seed: number, count: number): HighlightSpec[] {
  const next = random(seed);
  const at = (n: number) => Math.floor(next() * n);
  const specs: HighlightSpec[] = [];
  for (let i = 0; i < count; i++) {
    const copy = specs[at(specs.length)];
    const start = copy && next() < 0.15 ? copy.start : at(TEXT.length);
    const end = copy && next() < 0.15 ? copy.end : start + 1 + at(next() < 0.2 ? 120 : 25);
    const spec: HighlightSpec = {
      id: `s${i}`,
      start,
      end: Math.min(end, TEXT.length),
      color: ['#ffe08a', '#a8d8ff', 'not-a-colour'][at(3)] ?? '#ffe08a',
      label: `statement ${i}`,
      lane: at(4),
    };
    if (next() < 0.3) spec.pending = true;
    if (next() < 0.2) spec.layer = 'Ana';
    if (next() < 0.3) {
      const cueStart = at(TEXT.length);
      spec.cue = { start: cueStart, end: Math.min(TEXT.length, cueStart + 1 + at(10)) };
    }
    specs.push(spec);
  }
  return specs;
}

/** The article element's content as a comparable tree: tags, attributes (style by property) and text. */
function shape(node: Node): unknown {
  if (node.nodeType === Node.TEXT_NODE) return (node as Text).data;
  const el = node as HTMLElement;
  const attributes: Record<string, string> = {};
  for (const { name, value } of Array.from(el.attributes)) {
    if (name === 'style') {
      for (let i = 0; i < el.style.length; i++) {
        const property = el.style.item(i);
        attributes[`style:${property}`] = el.style.getPropertyValue(property).trim();
      }
    } else attributes[name] = value;
  }
  return { tag: el.tagName, attributes, children: Array.from(el.childNodes).map(shape) };
}

function drawnByEditor(highlights: HighlightSpec[], activeStatementId: string | null = null): unknown {
  const { getByRole, unmount } = render(
    <ArticleText text={TEXT} highlights={highlights} activeStatementId={activeStatementId} label="Article text" />,
  );
  const drawn = Array.from(getByRole('article').childNodes).map(shape);
  unmount();
  return drawn;
}

function drawnStatic(highlights: HighlightSpec[], activeStatementId: string | null = null): unknown {
  const handover = { current: null };
  const { getByRole, unmount } = render(
    <StaticArticleText
      text={TEXT}
      highlights={highlights}
      activeStatementId={activeStatementId}
      label="Article text"
      handover={handover}
    />,
  );
  const drawn = Array.from(getByRole('article').childNodes).map(shape);
  unmount();
  return drawn;
}

describe('StaticArticleText', () => {
  it('draws no highlights as the editor does: paragraphs, line breaks, empty paragraphs', () => {
    expect(drawnStatic([])).toEqual(drawnByEditor([]));
  });

  it('draws overlapping, nested and identical statements with cues element for element as the editor', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const highlights = statements(seed, 1 + (seed % 12));
      expect(drawnStatic(highlights), `seed ${seed}`).toEqual(drawnByEditor(highlights));
    }
  });

  it('draws the active statement (a link to it, a highlight chosen) element for element as the editor', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const highlights = statements(seed, 1 + (seed % 12));
      const active = highlights[seed % highlights.length]?.id ?? null;
      expect(drawnStatic(highlights, active), `seed ${seed}`).toEqual(drawnByEditor(highlights, active));
    }
  });

  it('paints a long article’s first paragraphs as the editor shows them before the rest loads', () => {
    const long = Array.from({ length: 30 }, (_, i) => `Paragraph ${i} says “something” here.`).join('\n\n');
    const at = (words: string, from = 0) => long.indexOf(words, from);
    const highlights: HighlightSpec[] = [
      { id: 'early', start: at('Paragraph 1 '), end: at('here.', at('Paragraph 2 ')), color: '#ffe08a', label: 'e' },
      // Across the last paragraph shown at first, and a cue shown with its quote not: drawn once the rest is in.
      {
        id: 'across',
        start: at('“something”', at('Paragraph 7 ')),
        end: at('Paragraph 9'),
        color: '#a8d8ff',
        label: 'a',
      },
      {
        id: 'cued',
        start: at('Paragraph 20'),
        end: at('Paragraph 20') + 11,
        color: '#ffb3c1',
        label: 'c',
        cue: { start: at('says', at('Paragraph 3 ')), end: at('says', at('Paragraph 3 ')) + 4 },
      },
      { id: 'late', start: at('Paragraph 25'), end: at('Paragraph 26'), color: '#b5e8b0', label: 'l' },
    ];
    const editor = render(<ArticleText text={long} highlights={highlights} label="Article text" />);
    const fromEditor = Array.from(editor.getByRole('article').childNodes).map(shape);
    editor.unmount();
    const handover = { current: null };
    const painted = render(
      <StaticArticleText text={long} highlights={highlights} label="Article text" handover={handover} />,
    );
    const fromStatic = Array.from(painted.getByRole('article').childNodes).map(shape);
    expect(fromStatic).toHaveLength(8);
    expect(fromStatic).toEqual(fromEditor);
    const drawn = Array.from(painted.container.querySelectorAll('[data-statement-id], [data-cue-for]'));
    expect(new Set(drawn.map((el) => el.getAttribute('data-statement-id') ?? el.getAttribute('data-cue-for')))).toEqual(
      new Set(['early']),
    );
  });

  it('gives the article element the editor’s role, name, classes and focusability', () => {
    const handover = { current: null };
    const { getByRole } = render(
      <StaticArticleText text={TEXT} highlights={[]} label="Article text" handover={handover} />,
    );
    const article = getByRole('article', { name: 'Article text' });
    expect(article.className).toBe('tiptap ProseMirror qm-article-text');
    expect(article.getAttribute('tabindex')).toBe('0');
    expect(article.parentElement?.className).toBe('qm-article');
  });
});
