import { describe, expect, it } from 'vitest';
import { createAnchor } from '../../../src/core/anchoring/createAnchor';
import { rebaseStatements, type RangeMapper } from '../../../src/core/anchoring/rebaseStatements';
import type { Anchor } from '../../../src/core/model/anchor';
import { StatementSchema, type Statement } from '../../../src/core/model/statement';

const OLD = 'Noise MORE Hua said “absurd” today. Blinken stated “firm” then.';
const NOISE = 'Noise MORE ';
const NEW = OLD.replace(NOISE, '').replace(' stated', '');
const NOW = new Date('2026-05-01T12:00:00Z');
const EARLIER = '2026-04-01T09:00:00.000Z';

/** The mapping of deleting NOISE and " stated" from OLD, by hand. */
const mapRange: RangeMapper = (start, end) => {
  const noiseEnd = NOISE.length;
  const stated = OLD.indexOf(' stated');
  const statedEnd = stated + ' stated'.length;
  const point = (offset: number, side: 'start' | 'end') => {
    if (offset <= noiseEnd) return side === 'start' ? 0 : Math.max(0, offset - noiseEnd);
    if (offset <= stated) return offset - noiseEnd;
    if (offset < statedEnd) return stated - noiseEnd;
    return offset - noiseEnd - ' stated'.length;
  };
  const s = point(start, 'start');
  const e = point(end, 'end');
  return e > s ? { start: s, end: e } : null;
};

function anchor(text: string, quote: string): Anchor {
  const start = text.indexOf(quote);
  const made = createAnchor(text, start, start + quote.length);
  if (start === -1 || !made) throw new Error(`not in text: ${quote}`);
  return made;
}

function statement(id: string, quote: string, fields: Partial<Statement> = {}): Statement {
  return {
    id,
    articleId: 'article-1',
    speakerId: null,
    quote: anchor(OLD, quote),
    kind: 'direct',
    tags: [],
    origin: 'manual',
    status: 'confirmed',
    createdAt: EARLIER,
    updatedAt: EARLIER,
    ...fields,
  };
}

describe('rebaseStatements', () => {
  it('re-anchors quotes and cues in the new text, with new context', () => {
    const hua = statement('hua', '“absurd”', { cue: anchor(OLD, 'said') });
    const { updated, orphaned } = rebaseStatements([hua], NEW, mapRange, NOW);
    expect(orphaned).toEqual([]);
    expect(updated).toEqual([
      { ...hua, quote: anchor(NEW, '“absurd”'), cue: anchor(NEW, 'said'), updatedAt: NOW.toISOString() },
    ]);
    expect(StatementSchema.safeParse(updated[0]).success).toBe(true);
  });

  it('orphans a statement whose quote was deleted, keeping its old anchor', () => {
    const noise = statement('noise', 'MORE');
    const { updated, orphaned } = rebaseStatements([noise], NEW, mapRange, NOW);
    expect(updated).toEqual([]);
    expect(orphaned).toEqual([{ ...noise, orphanedAt: NOW.toISOString(), updatedAt: NOW.toISOString() }]);
  });

  it('drops a deleted cue without orphaning the statement', () => {
    const blinken = statement('blinken', '“firm”', { cue: anchor(OLD, 'stated') });
    const { updated, orphaned } = rebaseStatements([blinken], NEW, mapRange, NOW);
    expect(orphaned).toEqual([]);
    expect(updated).toHaveLength(1);
    expect(updated[0]?.quote).toEqual(anchor(NEW, '“firm”'));
    expect(updated[0] && 'cue' in updated[0]).toBe(false);
  });

  it('shrinks a quote that lost part of its text', () => {
    const partly = statement('partly', 'MORE Hua said');
    const { updated } = rebaseStatements([partly], NEW, mapRange, NOW);
    expect(updated[0]?.quote.exact).toBe('Hua said');
  });

  it('leaves orphans and statements the edit did not move alone', () => {
    const orphan = statement('orphan', '“absurd”', { orphanedAt: EARLIER });
    const identity: RangeMapper = (start, end) => ({ start, end });
    const still = statement('still', '“firm”');
    expect(rebaseStatements([orphan], NEW, mapRange, NOW)).toEqual({ updated: [], orphaned: [] });
    expect(rebaseStatements([still], OLD, identity, NOW)).toEqual({ updated: [], orphaned: [] });
  });

  it('sorts a mixed set into updated and orphaned, touching nothing given', () => {
    const all = [statement('hua', '“absurd”'), statement('noise', 'Noise'), statement('blinken', '“firm”')];
    const copy = structuredClone(all);
    const { updated, orphaned } = rebaseStatements(all, NEW, mapRange, NOW);
    expect(updated.map((s) => s.id)).toEqual(['hua', 'blinken']);
    expect(orphaned.map((s) => s.id)).toEqual(['noise']);
    for (const s of updated) expect(NEW.slice(s.quote.start, s.quote.end)).toBe(s.quote.exact);
    expect(all).toEqual(copy);
  });
});
