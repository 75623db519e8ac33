import { act, fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { ArticleText } from '../../../src/editor/ArticleText';
import type { HighlightSpec } from '../../../src/editor/highlights/highlightSpec';

const TEXT = [
  'Hua Chunying called the sanctions “the height of absurdity,” adding that China would respond.',
  'Blinken said the measures were “a response to serious abuses” in Xinjiang.',
].join('\n\n');

function span(id: string, quote: string, color = '#ffe08a'): HighlightSpec {
  const start = TEXT.indexOf(quote);
  if (start < 0) throw new Error(`not in text: ${quote}`);
  return { id, start, end: start + quote.length, color, label: `label of ${id}` };
}

const HIGHLIGHTS: HighlightSpec[] = [
  span('a', 'called the sanctions “the height of absurdity,”', '#ffe08a'),
  span('b', '“the height of absurdity,” adding that China', '#a8d8ff'),
  span('nested', 'absurdity,', '#ffb3c1'),
  span('across', 'would respond.\n\nBlinken said', '#b5e8b0'),
];

function elementsOf(id: string): HTMLElement[] {
  return Array.from(document.querySelectorAll<HTMLElement>('[data-statement-id]')).filter(
    (el) => el.getAttribute('data-statement-id') === id,
  );
}

function at(words: string): { start: number; end: number } {
  const start = TEXT.indexOf(words);
  if (start < 0) throw new Error(`not in text: ${words}`);
  return { start, end: start + words.length };
}

function quoteOf(spec: HighlightSpec): string {
  return TEXT.slice(spec.start, spec.end);
}

function textNodeContaining(root: Node, needle: string): Text {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.textContent?.includes(needle)) return node as Text;
  }
  throw new Error(`no text node contains ${needle}`);
}

describe('ArticleText', () => {
  it('shows the text in an article element with its name, one paragraph per block', () => {
    render(<ArticleText text={TEXT} highlights={[]} label="Article text" />);
    const article = screen.getByRole('article', { name: 'Article text' });
    expect(article.querySelectorAll('p')).toHaveLength(2);
    expect(article.textContent).toBe(TEXT.replace('\n\n', ''));
    expect(article.getAttribute('contenteditable')).toBe('false');
  });

  it('gives every statement, overlapping or nested, its own element inside its quote', () => {
    render(<ArticleText text={TEXT} highlights={HIGHLIGHTS} label="Article text" />);
    for (const spec of HIGHLIGHTS) {
      const elements = elementsOf(spec.id);
      expect(elements.length, spec.id).toBeGreaterThan(0);
      for (const el of elements) {
        expect(el.tagName).toBe('MARK');
        expect(quoteOf(spec)).toContain(el.textContent);
        expect(el.getAttribute('aria-description')).toBe(`label of ${spec.id}`);
        expect(el.classList.contains('qm-highlight')).toBe(true);
      }
    }
    // Where the nested statement sits, the statements around it are drawn too,
    // each as its own element wrapping or wrapped by the nested one.
    const nested = elementsOf('nested')[0];
    const around = new Set<string | null>();
    for (let el = nested?.parentElement; el; el = el.parentElement) around.add(el.getAttribute('data-statement-id'));
    nested?.querySelectorAll('[data-statement-id]').forEach((el) => around.add(el.getAttribute('data-statement-id')));
    expect(around).toContain('a');
    expect(around).toContain('b');
  });

  it('draws a highlight that crosses the paragraph break in both paragraphs', () => {
    render(<ArticleText text={TEXT} highlights={HIGHLIGHTS} label="Article text" />);
    const parts = elementsOf('across');
    const paragraphs = new Set(parts.map((el) => el.closest('p')));
    expect(paragraphs.size).toBe(2);
    expect(parts.map((el) => el.textContent).join('')).toBe('would respond.Blinken said');
  });

  it('updates the DOM when the highlights change', () => {
    const { rerender } = render(<ArticleText text={TEXT} highlights={HIGHLIGHTS} label="Article text" />);
    expect(elementsOf('a').length).toBeGreaterThan(0);
    const replaced = [span('c', 'serious abuses', '#d7c2ff')];
    rerender(<ArticleText text={TEXT} highlights={replaced} activeStatementId="c" label="Article text" />);
    expect(elementsOf('a')).toHaveLength(0);
    const [c] = elementsOf('c');
    expect(c?.textContent).toBe('serious abuses');
    expect(c?.classList.contains('qm-highlight--active')).toBe(true);
    expect(c?.getAttribute('style')).toContain('--qm-tint');
  });

  it('replaces the text and redraws highlights against it', () => {
    const { rerender } = render(<ArticleText text={TEXT} highlights={[]} label="Article text" />);
    const next = 'Sasse said “enough.”\n\nThe end.';
    const highlight: HighlightSpec = { id: 's', start: 11, end: 20, color: '#ffe08a', label: 'Sasse' };
    rerender(<ArticleText text={next} highlights={[highlight]} label="Article text" />);
    const article = screen.getByRole('article', { name: 'Article text' });
    expect(article.textContent).toBe('Sasse said “enough.”The end.');
    expect(elementsOf('s')[0]?.textContent).toBe('“enough.”');
  });

  it('marks pending statements', () => {
    render(
      <ArticleText text={TEXT} highlights={[{ ...span('p', 'in Xinjiang'), pending: true }]} label="Article text" />,
    );
    expect(elementsOf('p')[0]?.classList.contains('qm-highlight--pending')).toBe(true);
  });

  it('draws highlights that change during a drag once the mouse button comes up', async () => {
    // Right after a mouse event ProseMirror sets the selection's line-boundary
    // side with Selection.modify, which happy-dom lacks (browsers have it).
    const proto = Selection.prototype as { modify?: unknown };
    if (typeof proto.modify !== 'function') {
      proto.modify = () => undefined;
      onTestFinished(() => {
        delete proto.modify;
      });
    }
    const { rerender } = render(<ArticleText text={TEXT} highlights={[HIGHLIGHTS[0]!]} label="Article text" />);
    const article = screen.getByRole('article');
    fireEvent.mouseDown(article);
    // A save lands mid-drag: redrawing now would move the drag's anchor.
    rerender(<ArticleText text={TEXT} highlights={HIGHLIGHTS} label="Article text" />);
    expect(elementsOf('nested')).toHaveLength(0);
    await act(async () => {
      fireEvent.mouseUp(document);
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    expect(elementsOf('nested').length).toBeGreaterThan(0);
    expect(elementsOf('a').length).toBeGreaterThan(0);
  });

  it('draws them at the first mouse move with no button held, when the button came up outside the window', () => {
    const { rerender } = render(<ArticleText text={TEXT} highlights={[]} label="Article text" />);
    fireEvent.mouseDown(screen.getByRole('article'));
    rerender(<ArticleText text={TEXT} highlights={HIGHLIGHTS} label="Article text" />);
    expect(elementsOf('a')).toHaveLength(0);
    vi.useFakeTimers();
    try {
      act(() => {
        fireEvent.mouseMove(document, { buttons: 0 });
        vi.runAllTimers();
      });
    } finally {
      vi.useRealTimers();
    }
    expect(elementsOf('a').length).toBeGreaterThan(0);
  });

  it('reports a selection as trimmed text offsets, and null once collapsed', () => {
    const onSelectionChange = vi.fn();
    render(<ArticleText text={TEXT} highlights={[]} onSelectionChange={onSelectionChange} label="Article text" />);
    const article = screen.getByRole('article');
    const node = textNodeContaining(article, 'Blinken');
    const at = node.data.indexOf('the measures');
    const range = document.createRange();
    range.setStart(node, at - 1); // the space before: trimmed away
    range.setEnd(node, at + 'the measures'.length);
    act(() => {
      fireEvent.mouseDown(article);
      const selection = window.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      fireEvent.mouseUp(document);
    });
    const start = TEXT.indexOf('the measures');
    expect(onSelectionChange).toHaveBeenLastCalledWith({ start, end: start + 'the measures'.length });

    act(() => {
      window.getSelection()?.collapse(node, 2);
      fireEvent.keyUp(article);
    });
    expect(onSelectionChange).toHaveBeenLastCalledWith(null);
  });

  it('reports a selection across the paragraph break with the break inside it', () => {
    const onSelectionChange = vi.fn();
    render(
      <ArticleText text={TEXT} highlights={HIGHLIGHTS} onSelectionChange={onSelectionChange} label="Article text" />,
    );
    const article = screen.getByRole('article');
    const first = textNodeContaining(article, 'respond');
    const second = textNodeContaining(article, 'Blinken');
    const range = document.createRange();
    range.setStart(first, first.data.indexOf('respond'));
    range.setEnd(second, 'Blinken'.length);
    act(() => {
      window.getSelection()?.removeAllRanges();
      window.getSelection()?.addRange(range);
      fireEvent.keyUp(article);
    });
    const start = TEXT.indexOf('respond');
    expect(onSelectionChange).toHaveBeenLastCalledWith({ start, end: TEXT.indexOf('Blinken') + 'Blinken'.length });
  });

  it('ignores selections outside the article', () => {
    const onSelectionChange = vi.fn();
    render(
      <div>
        <p>Elsewhere on the page</p>
        <ArticleText text={TEXT} highlights={[]} onSelectionChange={onSelectionChange} label="Article text" />
      </div>,
    );
    const outside = screen.getByText('Elsewhere on the page').firstChild as Text;
    act(() => {
      const range = document.createRange();
      range.setStart(outside, 0);
      range.setEnd(outside, 9);
      window.getSelection()?.removeAllRanges();
      window.getSelection()?.addRange(range);
      fireEvent.mouseUp(document);
      fireEvent.keyUp(screen.getByRole('article'));
    });
    expect(onSelectionChange).not.toHaveBeenCalled();
  });

  it('reports a click on a highlight with the most specific statement under it', () => {
    const onHighlightClick = vi.fn();
    render(
      <ArticleText text={TEXT} highlights={HIGHLIGHTS} onHighlightClick={onHighlightClick} label="Article text" />,
    );
    window.getSelection()?.removeAllRanges();
    const nested = elementsOf('nested')[0];
    if (!nested) throw new Error('nested highlight not drawn');
    const deepest = nested.querySelector('mark') ?? nested;
    fireEvent.click(deepest);
    expect(onHighlightClick).toHaveBeenLastCalledWith('nested');

    const onlyA = elementsOf('a').find((el) => el.textContent === 'called the sanctions ');
    if (!onlyA) throw new Error('a has no part of its own');
    fireEvent.click(onlyA);
    expect(onHighlightClick).toHaveBeenLastCalledWith('a');
  });

  it('does not treat a drag-selection ending on a highlight as a click', () => {
    const onHighlightClick = vi.fn();
    render(
      <ArticleText text={TEXT} highlights={HIGHLIGHTS} onHighlightClick={onHighlightClick} label="Article text" />,
    );
    const article = screen.getByRole('article');
    const node = textNodeContaining(article, 'Blinken');
    act(() => {
      const range = document.createRange();
      range.setStart(node, 0);
      range.setEnd(node, 3);
      window.getSelection()?.removeAllRanges();
      window.getSelection()?.addRange(range);
    });
    const target = elementsOf('a')[0];
    if (!target) throw new Error('a not drawn');
    fireEvent.click(target);
    expect(onHighlightClick).not.toHaveBeenCalled();
  });

  it('scrolls the active statement into view when it changes', () => {
    const scrollIntoView = vi.fn();
    const original = Element.prototype.scrollIntoView;
    Element.prototype.scrollIntoView = scrollIntoView;
    const rect = vi.spyOn(Element.prototype, 'getBoundingClientRect').mockReturnValue({
      top: 5000,
      bottom: 5020,
      left: 0,
      right: 10,
      width: 10,
      height: 20,
      x: 0,
      y: 5000,
      toJSON: () => ({}),
    });
    try {
      const { rerender } = render(<ArticleText text={TEXT} highlights={HIGHLIGHTS} label="Article text" />);
      expect(scrollIntoView).not.toHaveBeenCalled();
      rerender(<ArticleText text={TEXT} highlights={HIGHLIGHTS} activeStatementId="b" label="Article text" />);
      expect(scrollIntoView).toHaveBeenCalledTimes(1);
      expect(scrollIntoView.mock.contexts[0]).toBe(elementsOf('b')[0]);
      expect(scrollIntoView.mock.calls[0]?.[0]).toMatchObject({ block: 'center' });
    } finally {
      Element.prototype.scrollIntoView = original;
      rect.mockRestore();
    }
  });

  it('draws a cue as its own element pointing at its statement, without a statement id', () => {
    const quote = { ...span('blinken', '“a response to serious abuses”'), cue: at('said the measures') };
    const { rerender } = render(<ArticleText text={TEXT} highlights={[quote]} label="Article text" />);
    const cues = document.querySelectorAll<HTMLElement>('[data-cue-for]');
    expect(cues).toHaveLength(1);
    const [cue] = cues;
    expect(cue?.tagName).toBe('SPAN');
    expect(cue?.textContent).toBe('said the measures');
    expect(cue?.getAttribute('data-cue-for')).toBe('blinken');
    expect(cue?.hasAttribute('title')).toBe(false);
    expect(cue?.className).toBe('qm-cue');
    expect(cue?.hasAttribute('data-statement-id')).toBe(false);
    expect(cue?.querySelector('[data-statement-id]')).toBeNull();
    expect(elementsOf('blinken').map((el) => el.textContent)).toEqual(['“a response to serious abuses”']);
    rerender(<ArticleText text={TEXT} highlights={[quote]} activeStatementId="blinken" label="Article text" />);
    expect(document.querySelector('[data-cue-for]')?.className).toBe('qm-cue qm-cue--active');
  });

  it('treats a click on a cue as a click on its statement, even inside another highlight', () => {
    const onHighlightClick = vi.fn();
    const quote = { ...span('blinken', '“a response to serious abuses”'), cue: at('said') };
    render(
      <ArticleText
        text={TEXT}
        highlights={[...HIGHLIGHTS, quote]}
        onHighlightClick={onHighlightClick}
        label="Article text"
      />,
    );
    window.getSelection()?.removeAllRanges();
    const cue = document.querySelector<HTMLElement>('[data-cue-for="blinken"]');
    if (!cue) throw new Error('cue not drawn');
    expect(
      cue.closest('[data-statement-id="across"]') ?? cue.querySelector('[data-statement-id="across"]'),
    ).not.toBeNull();
    fireEvent.click(cue.querySelector('mark') ?? cue);
    expect(onHighlightClick).toHaveBeenLastCalledWith('blinken');
  });

  it('says aria-current on the first element of the active statement only', () => {
    const { rerender } = render(
      <ArticleText text={TEXT} highlights={HIGHLIGHTS} activeStatementId="a" label="Article text" />,
    );
    const current = () => Array.from(document.querySelectorAll<HTMLElement>('[aria-current]'));
    expect(elementsOf('a').length).toBeGreaterThan(1);
    expect(current()).toEqual([elementsOf('a')[0]]);
    expect(current()[0]?.getAttribute('aria-current')).toBe('true');
    rerender(<ArticleText text={TEXT} highlights={HIGHLIGHTS} activeStatementId="across" label="Article text" />);
    expect(current()).toEqual([elementsOf('across')[0]]);
    rerender(<ArticleText text={TEXT} highlights={HIGHLIGHTS} label="Article text" />);
    expect(current()).toEqual([]);
  });

  it('shows a tooltip on hover listing every statement at that point, outermost first, and lifts the nested one', () => {
    const tooltipOf = (ids: readonly string[]) => <span>{ids.join(', ')}</span>;
    render(<ArticleText text={TEXT} highlights={HIGHLIGHTS} label="Article text" renderTooltip={tooltipOf} />);
    const article = screen.getByRole('article');
    expect(screen.queryByRole('tooltip')).toBeNull();
    const node = textNodeContaining(article, 'absurdity,');
    act(() => {
      node.parentElement?.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    });
    const around: string[] = [];
    for (let el = node.parentElement; el && el !== article; el = el.parentElement) {
      const id = el.getAttribute('data-statement-id');
      if (id) around.unshift(id);
    }
    expect(around).toContain('nested');
    expect(around.length).toBeGreaterThan(1);
    expect(screen.getByRole('tooltip').textContent).toBe(around.join(', '));
    // The nested statement, the shortest there, is the one lifted.
    expect([...document.querySelectorAll('style')].map((s) => s.textContent).join('\n')).toContain(
      'data-statement-id="nested"',
    );
    // No title: the browser's own tooltip would cover the rich one.
    expect(article.querySelectorAll('[title]')).toHaveLength(0);
    act(() => {
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    });
    expect(screen.queryByRole('tooltip')).toBeNull();
  });

  it('shows the tooltip of a statement chosen from the keyboard (J/K, the list), at its first element', async () => {
    const tooltipOf = (ids: readonly string[]) => <span>{ids.join(', ')}</span>;
    const props = { text: TEXT, highlights: HIGHLIGHTS, label: 'Article text', renderTooltip: tooltipOf };
    const { rerender } = render(<ArticleText {...props} activeStatementId="nested" />);
    // Opening on an active statement (a URL naming it) shows no tip.
    expect(screen.queryByRole('tooltip')).toBeNull();
    rerender(<ArticleText {...props} activeStatementId="nested" revealRequest={1} />);
    const tip = await screen.findByRole('tooltip');
    expect(tip.textContent?.split(', ')).toContain('nested');
    expect([...document.querySelectorAll('style')].map((el) => el.textContent).join('\n')).toContain(
      'data-statement-id="nested"',
    );
  });

  it('keeps drawing the rest when one statement changes among many', () => {
    const { rerender } = render(<ArticleText text={TEXT} highlights={HIGHLIGHTS} label="Article text" />);
    const recoloured = HIGHLIGHTS.map((h) => (h.id === 'across' ? { ...h, color: '#d7c2ff', label: 'renamed' } : h));
    rerender(<ArticleText text={TEXT} highlights={recoloured} label="Article text" />);
    expect(elementsOf('across').every((el) => el.getAttribute('aria-description') === 'renamed')).toBe(true);
    expect(elementsOf('across')[0]?.getAttribute('style')).toContain('#d7c2ff');
    for (const id of ['a', 'b', 'nested'])
      expect(elementsOf(id).every((el) => el.getAttribute('aria-description') === `label of ${id}`)).toBe(true);
    rerender(<ArticleText text={TEXT} highlights={recoloured.filter((h) => h.id !== 'b')} label="Article text" />);
    expect(elementsOf('b')).toHaveLength(0);
    expect(elementsOf('a').length).toBeGreaterThan(0);
  });
});
