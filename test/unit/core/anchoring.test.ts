import { describe, expect, it } from 'vitest';
import { createAnchor } from '../../../src/core/anchoring/createAnchor';
import { resolveAnchor } from '../../../src/core/anchoring/resolveAnchor';
import { AnchorSchema } from '../../../src/core/model/anchor';
import { seedText } from './seedText';

const anchorOf = (text: string, quote: string) => {
  const start = text.indexOf(quote);
  const anchor = createAnchor(text, start, start + quote.length);
  if (!anchor) throw new Error(`no anchor for ${quote}`);
  return anchor;
};

describe('createAnchor', () => {
  it('keeps the exact quote and 32 characters of context each side', () => {
    const anchor = anchorOf(seedText, 'The door to Xinjiang is always open.');
    expect(anchor.exact).toBe('The door to Xinjiang is always open.');
    expect(anchor.prefix).toHaveLength(32);
    expect(anchor.suffix).toHaveLength(32);
    expect(seedText.slice(anchor.start - 32, anchor.end + 32)).toBe(anchor.prefix + anchor.exact + anchor.suffix);
    expect(AnchorSchema.safeParse(anchor).success).toBe(true);
  });

  it('keeps curly quotation marks in the quote when they are selected', () => {
    const anchor = anchorOf(seedText, '“absurdity,”');
    expect(anchor.exact).toBe('“absurdity,”');
    expect(seedText.slice(anchor.start, anchor.end)).toBe('“absurdity,”');
  });

  it('never cuts an emoji in half, in the quote or its context', () => {
    const text = 'She wrote 😀 and said “we won 🎉 today” to the crowd.';
    const inside = text.indexOf('🎉');
    // Starting on the low half of the pair widens the quote to the whole emoji.
    const anchor = createAnchor(text, inside + 1, text.indexOf(' today'));
    expect(anchor?.exact).toBe('🎉');
    const whole = anchorOf(text, 'we won 🎉 today');
    expect(whole.exact).toBe('we won 🎉 today');
    expect(whole.end - whole.start).toBe('we won 🎉 today'.length);
    const context = createAnchor('😀'.repeat(40) + 'x', 80, 81);
    expect(context?.prefix).toBe('😀'.repeat(16));
  });

  it('refuses empty and out-of-range spans', () => {
    expect(createAnchor('abc', 1, 1)).toBeNull();
    expect(createAnchor('abc', 2, 1)).toBeNull();
    expect(createAnchor('abc', -1, 2)).toBeNull();
    expect(createAnchor('abc', 0, 4)).toBeNull();
  });
});

describe('resolveAnchor', () => {
  it('uses the stored offsets when the text there still matches', () => {
    const anchor = anchorOf(seedText, 'absurdity');
    expect(resolveAnchor(seedText, anchor)).toEqual({ status: 'exact', start: anchor.start, end: anchor.end });
  });

  it('follows the quote when text before it was removed', () => {
    const anchor = anchorOf(seedText, 'The door to Xinjiang is always open.');
    const noise = seedText.indexOf('Antony BlinkenProgressive');
    const edited = seedText.slice(0, noise) + seedText.slice(seedText.indexOf(' said in a statement'));
    const placed = resolveAnchor(edited, anchor);
    expect(placed.status).toBe('moved');
    if (placed.status === 'orphan') return;
    expect(edited.slice(placed.start, placed.end)).toBe(anchor.exact);
  });

  it('picks the occurrence whose context matches when the quote repeats', () => {
    const text = 'Alpha said yes. Beta said no. Gamma said yes, loudly.';
    const anchor = anchorOf(text, 'Gamma said yes');
    const second = { ...anchor, exact: 'said yes', start: anchor.start + 6, end: anchor.end, prefix: 'Gamma ' };
    const shifted = 'Intro. ' + text;
    const placed = resolveAnchor(shifted, second);
    expect(placed).toEqual({
      status: 'moved',
      start: shifted.indexOf('Gamma said yes') + 6,
      end: shifted.indexOf('Gamma said yes') + 14,
    });
  });

  it('reports an orphan, with the anchor untouched, when the quote is gone', () => {
    const anchor = anchorOf(seedText, 'The door to Xinjiang is always open.');
    const edited = seedText.replace('The door to Xinjiang is always open.', '');
    expect(resolveAnchor(edited, anchor)).toEqual({ status: 'orphan' });
    expect(anchor.exact).toBe('The door to Xinjiang is always open.');
  });
});
