import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ArticleText } from '../../../src/editor/ArticleText';
import type { HighlightSpec } from '../../../src/editor/highlights/highlightSpec';

// 300 paragraphs: long enough to load viewport-first.
const PARAGRAPHS = Array.from(
  { length: 300 },
  (_, i) => `Paragraph ${i} says something the minister said about paragraph ${i}.`,
);
const TEXT = PARAGRAPHS.join('\n\n');

function spanIn(paragraph: number, id: string): HighlightSpec {
  const start = TEXT.indexOf(`Paragraph ${paragraph} says`);
  return { id, start, end: start + `Paragraph ${paragraph} says`.length, color: '#ffe08a', label: id };
}

/** More idle slices than the rest of the text needs, at 10 paragraphs a slice. */
const SLICES = 60;

/** Run the next `count` fake timers, one at a time, as the browser would go idle `count` times. */
function runSlices(count: number): void {
  for (let i = 0; i < count; i++) act(() => vi.advanceTimersToNextTimer());
}

const marked = (id: string) =>
  [...document.querySelectorAll('[data-statement-id]')].filter((el) => el.getAttribute('data-statement-id') === id);

// The rest of the text goes in on idle callbacks (a zero timeout where, as
// in happy-dom, there is no requestIdleCallback). Faked, each slice runs when
// the test says so: what must not go in can be shown not to, and nothing
// waits on a slow machine.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestIdleCallback', 'cancelIdleCallback'] });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('ArticleText on a long text', () => {
  it('shows the first paragraphs and their highlights at once, then the rest, with every highlight', () => {
    const highlights = [spanIn(1, 'early'), spanIn(250, 'late'), spanIn(299, 'last')];
    render(<ArticleText text={TEXT} highlights={highlights} label="Article text" />);
    const article = screen.getByRole('article');
    // First render: the opening paragraphs with their highlight, not the whole text yet.
    expect(article.querySelectorAll('p').length).toBeLessThan(300);
    expect(marked('early')).toHaveLength(1);
    runSlices(SLICES);
    expect(article.querySelectorAll('p')).toHaveLength(300);
    expect(article.textContent).toBe(PARAGRAPHS.join(''));
    expect(marked('late').map((el) => el.textContent)).toEqual(['Paragraph 250 says']);
    expect(marked('last').map((el) => el.textContent)).toEqual(['Paragraph 299 says']);
  });

  it('keeps highlights that change while the rest is loading', () => {
    const { rerender } = render(<ArticleText text={TEXT} highlights={[spanIn(280, 'old')]} label="Article text" />);
    rerender(<ArticleText text={TEXT} highlights={[spanIn(280, 'new'), spanIn(2, 'near')]} label="Article text" />);
    const article = screen.getByRole('article');
    runSlices(SLICES);
    expect(article.querySelectorAll('p')).toHaveLength(300);
    expect(marked('old')).toHaveLength(0);
    expect(marked('new').map((el) => el.textContent)).toEqual(['Paragraph 280 says']);
    expect(marked('near')).toHaveLength(1);
  });

  it('holds the rest back while the mouse button is down (a drag selection), and goes on once it is up', () => {
    render(<ArticleText text={TEXT} highlights={[]} label="Article text" />);
    const article = screen.getByRole('article');
    const before = article.querySelectorAll('p').length;
    expect(before).toBeLessThan(300);
    fireEvent.mouseDown(article);
    // Every slice the whole text needs, and more: none may go in under the drag.
    runSlices(SLICES);
    expect(article.querySelectorAll('p')).toHaveLength(before);
    fireEvent.mouseUp(document);
    runSlices(SLICES);
    expect(article.querySelectorAll('p')).toHaveLength(300);
  });

  it('loads everything at once when a statement is active, and before editing', () => {
    render(
      <ArticleText text={TEXT} highlights={[spanIn(290, 'deep')]} activeStatementId="deep" label="Article text" />,
    );
    expect(screen.getByRole('article').querySelectorAll('p')).toHaveLength(300);
    expect(marked('deep')).toHaveLength(1);
  });

  it('puts in the whole text, highlighted, before an edit session starts', async () => {
    const highlights = [spanIn(280, 'deep')];
    const { rerender } = render(<ArticleText text={TEXT} highlights={highlights} label="Article text" />);
    await act(async () => {
      rerender(<ArticleText text={TEXT} highlights={highlights} label="Article text" editable />);
    });
    expect(screen.getByRole('article').querySelectorAll('p')).toHaveLength(300);
    expect(marked('deep').map((el) => el.textContent)).toEqual(['Paragraph 280 says']);
  });
});
