import { describe, expect, it } from 'vitest';
import { fromW3CAnnotations } from '../../../src/core/exchange/fromW3CAnnotations';
import { toW3CAnnotations } from '../../../src/core/exchange/toW3CAnnotations';
import { planImport } from '../../../src/core/import/planImport';
import type { LibraryRecords } from '../../../src/core/model/envelope';
import { library } from '../exchange/libraryFixture';

/** What other tools' annotations bring besides their statements: names, ids, unchecked positions. */
const now = new Date('2026-12-01T09:00:00Z');
const article = library.articles[0]!;
const QUOTE = 'serious human rights abuses';
const at = article.text.indexOf(QUOTE);

function annotation(id: string, exact: string, speaker: string, topic: string) {
  return {
    id,
    type: 'Annotation',
    body: [
      { type: 'TextualBody', 'quotemark:field': 'speaker', value: speaker },
      { type: 'TextualBody', 'quotemark:field': 'topic', value: topic },
    ],
    target: { source: article.url, selector: { type: 'TextQuoteSelector', exact } },
  };
}

function read(json: unknown, records: LibraryRecords = library) {
  const result = fromW3CAnnotations(JSON.parse(JSON.stringify(json)), records, now);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

describe('W3C annotations from other tools, placed', () => {
  it('adds only the speakers and topics of annotations that could be placed', () => {
    const placed = annotation('anno1', QUOTE, 'Antony Blinken', 'Human rights');
    const lost = annotation('anno2', 'words this article never had', 'Nobody Placed', 'A topic of nothing');
    const { records, placement } = read([placed, lost]);
    expect(placement.unplaced).toEqual([expect.objectContaining({ path: '[1].quote' })]);
    expect(records.speakers.map((s) => s.name)).toEqual(['Antony Blinken']);
    expect(records.topics.map((t) => t.label)).toEqual(['Human rights']);
    expect(records.statements.map((s) => [s.speakerId, s.topicId])).toEqual([
      [records.speakers[0]!.id, records.topics[0]!.id],
    ]);
  });

  it('lists a statement placed by a TextPositionSelector alone as unverified, with the words it took', () => {
    const start = [...article.text.slice(0, at)].length;
    const positions = {
      id: 'urn:x:9',
      type: 'Annotation',
      target: {
        source: article.url,
        selector: { type: 'TextPositionSelector', start, end: start + [...QUOTE].length },
      },
    };
    const quoted = annotation('urn:x:10', QUOTE, 'Antony Blinken', 'Human rights');
    const { records, placement, statementPaths } = read([positions, quoted]);
    expect(records.statements.map((s) => s.quote.exact)).toEqual([QUOTE, QUOTE]);
    expect(placement.placed.filter((p) => p.status === 'unverified')).toEqual([
      { id: records.statements[0]!.id, path: '[0].target', field: 'quote', status: 'unverified', was: '', now: QUOTE },
    ]);
    const plan = planImport(records, library, 'newer', { placement, statementPaths });
    expect(plan.placed.map((p) => p.status)).toContain('unverified');
  });

  it('gives another tool’s ids ("1", "anno1") a stable id of its own, so they never meet an unrelated statement', () => {
    const mine = { ...library, statements: [{ ...library.statements[0]!, id: '1' }] };
    const theirs = annotation('1', QUOTE, 'Antony Blinken', 'Human rights');
    const first = read(theirs, mine).records.statements[0]!;
    expect(first.id).toMatch(/^w3c-[0-9a-f]{16}$/);
    expect(read(theirs, mine).records.statements[0]!.id).toBe(first.id);
    const elsewhere = { ...theirs, target: { ...theirs.target, source: 'https://mirror.example/copy' } };
    expect(read(elsewhere, mine).records.statements[0]!.id).not.toBe(first.id);
    const plan = planImport(read(theirs, mine).records, mine, 'newer');
    expect(plan.tables.statements).toEqual({ new: [first.id], identical: [], changed: [] });
  });

  it('keeps the statement ids of a Quotemark export as they were', () => {
    const collection = toW3CAnnotations(library, now, { counting: { includePending: true } });
    expect(
      read(collection)
        .records.statements.map((s) => s.id)
        .sort(),
    ).toEqual(library.statements.map((s) => s.id).sort());
  });
});
