import { describe, expect, it } from 'vitest';
import { createAnchor } from '../../../src/core/anchoring/createAnchor';
import { resolveAnchor, type Resolution } from '../../../src/core/anchoring/resolveAnchor';
import { MATCH_WEIGHTS, scoreMatch, textSimilarity } from '../../../src/core/anchoring/scoreMatch';
import type { Anchor } from '../../../src/core/model/anchor';
import { seedText } from './seedText';

const anchorOf = (text: string, quote: string, from = 0): Anchor => {
  const start = text.indexOf(quote, from);
  const anchor = createAnchor(text, start, start + quote.length);
  if (start === -1 || !anchor) throw new Error(`no anchor for ${quote}`);
  return anchor;
};

/** The text a resolution points at, or null for an orphan. */
const placedText = (text: string, placed: Resolution): string | null =>
  placed.status === 'orphan' ? null : text.slice(placed.start, placed.end);

const HUA = 'The door to Xinjiang is always open.';
const hua = anchorOf(seedText, HUA);

describe('resolveAnchor: fuzzy matches when the quote no longer occurs exactly', () => {
  it('finds the quote after a word was inserted inside it', () => {
    const edited = seedText.replace(HUA, 'The door to Xinjiang is always wide open.');
    const placed = resolveAnchor(edited, hua);
    expect(placed.status).toBe('fuzzy');
    expect(placedText(edited, placed)).toBe('The door to Xinjiang is always wide open.');
  });

  it('finds the quote after a word was deleted inside it', () => {
    const edited = seedText.replace(HUA, 'The door to Xinjiang is open.');
    const placed = resolveAnchor(edited, hua);
    expect(placed).toMatchObject({ status: 'fuzzy', start: hua.start });
    expect(placedText(edited, placed)).toBe('The door to Xinjiang is open.');
  });

  it('finds a quote stored with a typo that has since been fixed', () => {
    const original = 'Officials said the goverment would respond “in kind” to any new measures taken by Washington.';
    const anchor = anchorOf(original, 'the goverment would respond “in kind”');
    const fixed = original.replace('goverment', 'government');
    const placed = resolveAnchor(fixed, anchor);
    expect(placed.status).toBe('fuzzy');
    expect(placedText(fixed, placed)).toBe('the government would respond “in kind”');
  });

  it('follows an unchanged quote when text was added before it', () => {
    const edited = `Editor’s note: this story has been updated.\n\n${seedText}`;
    const placed = resolveAnchor(edited, hua);
    expect(placed).toEqual({ status: 'moved', start: hua.start + 45, end: hua.end + 45 });
  });

  it('follows an edited quote when text was also added before it', () => {
    const edited = `Editor’s note: this story has been updated.\n\n${seedText.replace(HUA, 'The door to Xinjiang is always open!')}`;
    const placed = resolveAnchor(edited, hua);
    expect(placed).toEqual({ status: 'fuzzy', start: hua.start + 45, end: hua.end + 45 });
  });

  it('lets the prefix and suffix decide between repeats of an edited phrase, over position', () => {
    const text =
      'At the first briefing the minister said we will never accept these sanctions and left. ' +
      'Later, in a long interview with state television, the minister said we will never accept these sanctions at all.';
    const second = anchorOf(text, 'we will never accept these sanctions', 100);
    // The edit fixes the words in both places and puts filler between the two,
    // so the first repeat is now much nearer the stored offset than the second.
    const edited = text
      .replaceAll('we will never accept these sanctions', 'we shall never accept those sanctions')
      .replace('and left. ', 'and left. Filler. ');
    const { start, end } = placedOrFail(resolveAnchor(edited, { ...second, start: 60, end: 96 }));
    expect(edited.slice(start, end)).toBe('we shall never accept those sanctions');
    expect(start).toBe(edited.lastIndexOf('we shall never'));
  });

  it('lets the old position decide between repeats whose context is the same', () => {
    const paragraph = 'A spokesman said the decision was final and not open to appeal.';
    const text = [paragraph, paragraph, paragraph].join('\n\n');
    const third = anchorOf(text, 'the decision was final', 2 * (paragraph.length + 2));
    const edited = text.replaceAll('the decision was final', 'the decision is final');
    const placed = resolveAnchor(edited, third);
    expect(placed.status).toBe('fuzzy');
    expect(placedOrFail(placed).start).toBe(edited.lastIndexOf('the decision is final'));
  });

  it('reports an orphan when the quote is gone, however short', () => {
    expect(resolveAnchor(seedText.replace(HUA, ''), hua)).toEqual({ status: 'orphan' });
    const absurdity = anchorOf(seedText, 'absurdity');
    expect(resolveAnchor(seedText.replaceAll('absurdity', ''), absurdity)).toEqual({ status: 'orphan' });
    const sasse = anchorOf(seedText, 'Chairman Xi has blood on his hands.');
    expect(resolveAnchor(seedText.replace(sasse.exact, 'No comment.'), sasse)).toEqual({ status: 'orphan' });
  });

  it('keeps astral characters whole and counts offsets in UTF-16 code units', () => {
    const text = 'Fans 😀 cheered. The coach said “we won 🎉 today, and we will win 🎉 again” before leaving 🚌.';
    const anchor = anchorOf(text, 'we won 🎉 today, and we will win 🎉 again');
    const edited = `🌍🌍 ${text.replace('we will win 🎉 again', 'we shall win 🏆 again')}`;
    const placed = placedOrFail(resolveAnchor(edited, anchor));
    expect(edited.slice(placed.start, placed.end)).toBe('we won 🎉 today, and we shall win 🏆 again');
    // An emoji that changed at the very end of the quote is taken whole, never halved.
    const tail = anchorOf(text, 'before leaving 🚌');
    const swapped = text.replace('🚌', '🚕');
    const end = placedOrFail(resolveAnchor(swapped, tail));
    expect(hasLoneSurrogate(swapped.slice(end.start, end.end))).toBe(false);
    expect(swapped.slice(end.start, end.end)).toMatch(/^before leaving/);
  });

  it('completes on a 300,000-character text, fuzzy and orphan alike', () => {
    const text = longText(300_000);
    const at = 250_000;
    const anchor = createAnchor(text, at, at + 120);
    if (!anchor) throw new Error('no anchor');
    const edited = text.slice(0, at + 40) + 'INSERTED ' + text.slice(at + 40);
    const placed = placedOrFail(resolveAnchor(edited, anchor));
    expect(placed).toMatchObject({ status: 'fuzzy', start: at });
    const long = createAnchor(text, 100_000, 100_600);
    if (!long) throw new Error('no anchor');
    const withoutIt = text.slice(0, 100_000) + text.slice(100_600);
    expect(resolveAnchor(withoutIt, long)).toEqual({ status: 'orphan' });
  });
});

describe('scoreMatch', () => {
  it('weighs the quote most, then prefix and suffix, and position least', () => {
    expect(MATCH_WEIGHTS.quote).toBeGreaterThan(MATCH_WEIGHTS.prefix);
    expect(MATCH_WEIGHTS.prefix).toBe(MATCH_WEIGHTS.suffix);
    expect(MATCH_WEIGHTS.suffix).toBeGreaterThan(MATCH_WEIGHTS.position);
  });

  it('scores a perfect fit 1 and a changed context lower', () => {
    const anchor = anchorOf(seedText, HUA);
    expect(scoreMatch(seedText, { start: anchor.start, end: anchor.end, errors: 0 }, anchor)).toEqual({
      quote: 1,
      prefix: 1,
      suffix: 1,
      position: 1,
      total: 1,
    });
    const elsewhere = `${'x'.repeat(40)}${HUA}${'y'.repeat(40)}`;
    const score = scoreMatch(elsewhere, { start: 40, end: 40 + HUA.length, errors: 0 }, anchor);
    expect(score.quote).toBe(1);
    expect(score.prefix).toBeLessThan(0.1);
    expect(score.total).toBeLessThan(0.6);
  });

  it('measures text similarity approximately', () => {
    expect(textSimilarity('the Foreign Ministry said', 'Ministry')).toBe(1);
    expect(textSimilarity('the Foreign Ministri said', 'Ministry')).toBe(1 - 1 / 8);
    expect(textSimilarity('', 'Ministry')).toBe(0);
    expect(textSimilarity('zzzz', 'abcd')).toBe(0);
  });
});

function placedOrFail(placed: Resolution): { status: string; start: number; end: number } {
  if (placed.status === 'orphan') throw new Error('expected the anchor to be placed');
  return placed;
}

function hasLoneSurrogate(s: string): boolean {
  return /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s);
}

/** Deterministic prose-like text: random lower-case words from a seeded xorshift. */
function longText(length: number): string {
  let state = 0x9e3779b9;
  const next = (n: number) => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) % n;
  };
  let text = '';
  while (text.length < length) {
    const size = 2 + next(8);
    for (let i = 0; i < size; i++) text += String.fromCharCode(97 + next(26));
    text += next(12) === 0 ? '. ' : ' ';
  }
  return text.slice(0, length);
}
