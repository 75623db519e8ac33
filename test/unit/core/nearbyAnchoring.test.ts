import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAnchor } from '../../../src/core/anchoring/createAnchor';
import { NEARBY_CHARS, resolveAnchor } from '../../../src/core/anchoring/resolveAnchor';

// Long filler with no repeats of the quotes below, so positions are unambiguous.
const filler = (n: number, seed: string) =>
  Array.from({ length: n }, (_, i) => `${seed}${i} words of filler text`).join('. ');

describe('resolveAnchor: the window near the old offset is searched first', () => {
  it('follows a quote pushed down by an edit within the window, and far beyond it', () => {
    const quote = 'The sanctions are a mistake and must be reversed,';
    const before = filler(200, 'a');
    const text = `${before} ${quote} the spokesperson said. ${filler(200, 'b')}`;
    const anchor = createAnchor(text, before.length + 1, before.length + 1 + quote.length)!;
    for (const inserted of [100, NEARBY_CHARS - 500, NEARBY_CHARS * 5]) {
      const edited = `${'x'.repeat(inserted)} ${text}`;
      expect(resolveAnchor(edited, anchor)).toEqual({
        status: 'moved',
        start: anchor.start + inserted + 1,
        end: anchor.end + inserted + 1,
      });
    }
  });

  it('prefers a far copy with the stored context over a near copy without it', () => {
    const quote = 'We will respond firmly';
    const text = `${filler(50, 'c')} He said: ${quote}, at a briefing on Monday. ${filler(50, 'd')}`;
    const at = text.indexOf(quote);
    const anchor = createAnchor(text, at, at + quote.length)!;
    // The quoted words, out of context, now appear close to the old place; the real passage moved far down.
    const edited = `${text.slice(0, at - 20)} ${quote} in other words. ${'y'.repeat(NEARBY_CHARS * 3)} He said: ${quote}, at a briefing on Monday. ${filler(50, 'd')}`;
    const found = resolveAnchor(edited, anchor);
    expect(found.status).toBe('moved');
    if (found.status === 'orphan') return;
    expect(edited.slice(found.start - 9, found.end + 25)).toBe(`He said: ${quote}, at a briefing on Monday`);
  });

  it('moves an anchor where a whole-text search by context and distance would', () => {
    // Small alphabets make many repeats, so the nearby shortcut meets ties and near-misses.
    const letters = fc.constantFrom('a', 'b', ' ');
    fc.assert(
      fc.property(
        fc.string({ unit: letters, minLength: 40, maxLength: 400 }),
        fc.nat(),
        fc.nat(),
        fc.string({ unit: letters, maxLength: 30 }),
        (text, s, len, insert) => {
          const start = s % (text.length - 5);
          const anchor = createAnchor(text, start, Math.min(text.length, start + 3 + (len % 12)))!;
          const edited = insert + text;
          const found = resolveAnchor(edited, anchor);
          // 'exact' trusts unchanged offsets (as Hypothesis does); only a move is a search.
          if (found.status !== 'moved') return;
          expect(found.start).toBe(wholeTextBest(edited, anchor));
        },
      ),
    );
  });
});

/** The reference: every occurrence in the text, most stored context kept first, then nearest the old offset. */
function wholeTextBest(text: string, anchor: ReturnType<typeof createAnchor> & object): number {
  let best = -1;
  let bestKey: [number, number] = [-1, 0];
  for (let at = text.indexOf(anchor.exact); at !== -1; at = text.indexOf(anchor.exact, at + 1)) {
    let context = 0;
    while (
      context < anchor.prefix.length &&
      text[at - 1 - context] === anchor.prefix[anchor.prefix.length - 1 - context]
    )
      context++;
    let after = 0;
    while (after < anchor.suffix.length && text[at + anchor.exact.length + after] === anchor.suffix[after]) after++;
    const key: [number, number] = [context + after, -Math.abs(at - anchor.start)];
    if (key[0] > bestKey[0] || (key[0] === bestKey[0] && key[1] > bestKey[1])) [best, bestKey] = [at, key];
  }
  return best;
}
