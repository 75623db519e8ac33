import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { createAnchor } from '../../../src/core/anchoring/createAnchor';
import { toStatementsCsv } from '../../../src/core/exchange/toStatementsCsv';
import type { Article } from '../../../src/core/model/article';
import type { Statement } from '../../../src/core/model/statement';
import { speakerProfile } from '../../../src/core/review/speakerProfile';
import { statementOrder } from '../../../src/core/review/statementOrder';
import { compareSpans, quoteReadingOrder, readingOrder } from '../../../src/core/statements/readingOrder';
import { statementsInText } from '../../../src/core/statements/statementsInText';
import { nextStatementId } from '../../../src/editor/highlights/nextStatementId';

const T = '2026-01-01T10:00:00.000Z';
const TEXT =
  'Hua said: “The door to Xinjiang is always open.” Sasse said: “Chairman Xi has blood on his hands. The atrocities go on.”';

function statementAt(id: string, words: string, from = 0): Statement {
  const start = TEXT.indexOf(words, from);
  const quote = createAnchor(TEXT, start, start + words.length);
  if (start === -1 || !quote) throw new Error(`"${words}" is not in the text`);
  return {
    id,
    articleId: 'a',
    speakerId: 'sp',
    quote,
    kind: 'direct',
    tags: [],
    origin: 'manual',
    status: 'confirmed',
    createdAt: T,
    updatedAt: T,
  };
}

// Given out of order on purpose. 'outer' and 'inner' start together;
// 'twin-a' and 'twin-b' hold the very same words.
const STATEMENTS = [
  statementAt('twin-b', 'The atrocities go on.'),
  statementAt('inner', 'Chairman Xi has blood on his hands.'),
  statementAt('nested', 'blood on his hands'),
  statementAt('twin-a', 'The atrocities go on.'),
  statementAt('outer', 'Chairman Xi has blood on his hands. The atrocities go on.'),
  statementAt('hua', 'The door to Xinjiang is always open.'),
];
const READING_ORDER = ['hua', 'outer', 'inner', 'nested', 'twin-a', 'twin-b'];

const ARTICLE: Article = {
  id: 'a',
  title: 'Sanctions',
  text: TEXT,
  textSha256: '0'.repeat(64),
  createdAt: T,
  updatedAt: T,
};
const RECORDS = {
  articles: [ARTICLE],
  speakers: [{ id: 'sp', name: 'Someone', aliases: [], kind: 'person' as const, createdAt: T, updatedAt: T }],
  topics: [],
  statements: STATEMENTS,
};

/** Every id the editor visits stepping forward (1) or back (-1) from nothing active, once round. */
function stepThrough(highlights: readonly { id: string; start: number; end: number }[], direction: 1 | -1): string[] {
  const seen: string[] = [];
  let at = nextStatementId(highlights, null, direction);
  while (at !== null && !seen.includes(at)) {
    seen.push(at);
    at = nextStatementId(highlights, at, direction);
  }
  return seen;
}

describe('reading order', () => {
  it('reads two statements at one start longer first, so a quote comes before the phrase nested in it', () => {
    expect(compareSpans({ start: 5, end: 40 }, { start: 5, end: 12 })).toBeLessThan(0);
    expect(compareSpans({ start: 5, end: 12 }, { start: 5, end: 40 })).toBeGreaterThan(0);
    expect(compareSpans({ start: 4, end: 6 }, { start: 5, end: 40 })).toBeLessThan(0);
    expect(compareSpans({ start: 5, end: 12 }, { start: 5, end: 12 })).toBe(0);
  });

  it('orders two statements on the very same words by id, whichever comes first', () => {
    const a = { id: 'a', start: 3, end: 9 };
    const b = { id: 'b', start: 3, end: 9 };
    expect([b, a].sort(readingOrder)).toEqual([a, b]);
    expect([a, b].sort(readingOrder)).toEqual([a, b]);
  });

  it('is one order in the sidebar, the editor’s stepping, the speaker page, the stance views and the CSV', () => {
    const sidebar = statementsInText(TEXT, STATEMENTS).placed.map((p) => p.statement.id);
    expect(sidebar).toEqual(READING_ORDER);
    const highlights = STATEMENTS.map((s) => ({ id: s.id, start: s.quote.start, end: s.quote.end }));
    expect(stepThrough(highlights, 1)).toEqual(READING_ORDER);
    expect(stepThrough(highlights, -1)).toEqual([...READING_ORDER].reverse());
    expect([...STATEMENTS].sort(quoteReadingOrder).map((s) => s.id)).toEqual(READING_ORDER);
    expect([...STATEMENTS].sort(statementOrder(RECORDS)).map((s) => s.id)).toEqual(READING_ORDER);
    expect(speakerProfile(RECORDS, 'sp')?.statementsByArticle[0]?.statements.map((s) => s.id)).toEqual(READING_ORDER);
    const rows = Papa.parse<Record<string, string>>(toStatementsCsv(RECORDS).slice(1), {
      header: true,
      skipEmptyLines: true,
    }).data;
    const byId = new Map(STATEMENTS.map((s) => [s.id, s]));
    expect(rows.map((r) => [r.quote, Number(r.start)])).toEqual(
      READING_ORDER.map((id) => [byId.get(id)?.quote.exact, byId.get(id)?.quote.start]),
    );
  });

  it('the editor steps through the highlights in the sidebar’s order, whatever order they are drawn in', () => {
    const text = 'x'.repeat(120);
    const span = fc.record({ start: fc.integer({ min: 0, max: 60 }), length: fc.integer({ min: 1, max: 30 }) });
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(fc.stringMatching(/^[0-9a-f]{1,4}$/), span), { selector: ([id]) => id, maxLength: 25 }),
        (drawn) => {
          const statements = drawn.map(([id, { start, length }]) => ({
            ...statementAt('x', 'Hua'),
            id,
            quote: createAnchor(text, start, start + length)!,
          }));
          const sidebar = statementsInText(text, statements).placed;
          const highlights = [...sidebar].reverse().map((p) => ({ id: p.statement.id, start: p.start, end: p.end }));
          expect(stepThrough(highlights, 1)).toEqual(sidebar.map((p) => p.statement.id));
          for (let i = 1; i < sidebar.length; i++)
            expect(compareSpans(sidebar[i - 1]!, sidebar[i]!)).toBeLessThanOrEqual(0);
        },
      ),
    );
  });
});
