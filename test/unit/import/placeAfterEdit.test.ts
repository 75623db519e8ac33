import { describe, expect, it } from 'vitest';
import { buildEnvelope } from '../../../src/core/exchange/buildEnvelope';
import { fromW3CAnnotations } from '../../../src/core/exchange/fromW3CAnnotations';
import { toW3CAnnotations } from '../../../src/core/exchange/toW3CAnnotations';
import { parseLibraryFile } from '../../../src/core/import/parseLibraryFile';
import { planImport } from '../../../src/core/import/planImport';
import type { LibraryRecords } from '../../../src/core/model/envelope';
import { readLibraryRecords } from '../../../src/storage/exchange/importLibrary';
import { library } from '../exchange/libraryFixture';
import { checkImport, storeWith } from './importThroughApp';

/**
 * A library whose article text was edited after an export: the words
 * before the statements cut (s3 and s1 move), a word inside s1's quote
 * changed (fuzzy), and the paragraph holding s2 deleted (its quote is gone).
 * Re-importing the export from before the edit places what it can.
 */
const now = new Date('2026-12-01T09:00:00Z');
const article = library.articles[0]!;
const firstBreak = article.text.indexOf('\n\n') + 2;
const editedText = article.text
  .slice(firstBreak, article.text.indexOf('\n\nA protester'))
  .replace('full breadth of its financial powers', 'full breadth of its financial power');
const edited: LibraryRecords = { ...library, articles: [{ ...article, text: editedText }], statements: [] };

function expectPlacedOnTheText(statements: LibraryRecords['statements']) {
  for (const s of statements) expect(editedText.slice(s.quote.start, s.quote.end)).toBe(s.quote.exact);
}

describe('re-importing an export made before the article text was edited', () => {
  it('W3C: places the moved and the slightly changed quotes, and names the one whose words are gone', () => {
    const file = JSON.parse(JSON.stringify(toW3CAnnotations(library, now, { counting: { includePending: true } })));
    const read = fromW3CAnnotations(file, edited, now);
    if (!read.ok) throw new Error(JSON.stringify(read.error));
    const { records, placement } = read.value;
    expect(records.statements.map((s) => s.id).sort()).toEqual(['s1', 's3']);
    expectPlacedOnTheText(records.statements);
    expect(records.statements.find((s) => s.id === 's1')?.quote.exact).toBe(
      'The United States is committed to using the full breadth of its financial power',
    );
    expect(placement.unplaced).toEqual([
      expect.objectContaining({
        id: 's2',
        path: 'first.items[0].quote',
        exact: 'We count 𝄞 every 😀 voice, =SUM(A1)',
        reason: expect.stringMatching(/not in the article text/),
      }),
    ]);
    expect(placement.placed).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          id: 's1',
          field: 'quote',
          status: 'fuzzy',
          was: expect.stringContaining('financial pow'),
          now: expect.stringContaining('financial power'),
        }),
        expect.objectContaining({ id: 's1', field: 'cue', status: 'moved' }),
        expect.objectContaining({ id: 's3', field: 'quote', status: 'moved', now: 'serious human rights abuses' }),
      ]),
    );
  });

  it('W3C, through the store: the placed statements are written, the gone one is not, and a second import adds nothing', async () => {
    const db = await storeWith(edited);
    const text = JSON.stringify(toW3CAnnotations(library, now, { counting: { includePending: true } }));
    const outcome = await checkImport(db, text, 'newer', true);
    if ('refused' in outcome) throw new Error(JSON.stringify(outcome.refused));
    expect(outcome.written.ok).toBe(true);
    expect(outcome.plan.placeable).toBe(2);
    expect(outcome.plan.unplaced.map((u) => u.id)).toEqual(['s2']);
    const stored = await readLibraryRecords(db);
    expect(stored.statements.map((s) => s.id).sort()).toEqual(['s1', 's3']);
    expectPlacedOnTheText(stored.statements);
    const again = await checkImport(db, text, 'newer', true);
    if ('refused' in again) throw new Error(JSON.stringify(again.refused));
    expect(again.plan.tables.statements).toEqual({ new: [], identical: ['s1', 's3'], changed: [] });
  });

  it('native JSON: the library keeps its text, and the file’s statements are placed in it the same way', () => {
    const parsed = parseLibraryFile(JSON.stringify(buildEnvelope(library, now)));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
    const { articles, speakers, topics, statements } = parsed.value.envelope;
    const plan = planImport({ articles, speakers, topics, statements }, edited, 'newer', {
      placement: parsed.value.placement,
      statementPaths: parsed.value.statementPaths,
    });
    expect(plan.unplaced).toEqual([expect.objectContaining({ id: 's2', path: 'statements[0].quote' })]);
    expect(plan.placed).toEqual(
      expect.arrayContaining([expect.objectContaining({ id: 's1', path: 'statements[1].quote', status: 'fuzzy' })]),
    );
    expect(plan.write.statements.map((s) => s.id).sort()).toEqual(['s1', 's3']);
    expectPlacedOnTheText(plan.write.statements);
  });

  it('refuses the file whole when none of its quotes is left in the text', () => {
    const gone = { ...edited, articles: [{ ...article, text: 'Nothing of the old article is left here at all.' }] };
    const read = fromW3CAnnotations(
      JSON.parse(JSON.stringify(toW3CAnnotations(library, now, { counting: { includePending: true } }))),
      gone,
      now,
    );
    expect(read.ok ? [] : read.error.map((p) => p.path)).toEqual([
      'first.items[0].quote',
      'first.items[1].quote',
      'first.items[2].quote',
    ]);
  });
});
