import { describe, expect, it } from 'vitest';
import { planImport } from '../../../src/core/import/planImport';
import type { LibraryRecords } from '../../../src/core/model/envelope';
import { fixture, mustParse } from './libraryFile';

const EMPTY: LibraryRecords = { articles: [], speakers: [], topics: [], statements: [] };

function library(): LibraryRecords {
  const { articles, speakers, topics, statements } = mustParse(JSON.stringify(fixture())).envelope;
  return { articles, speakers, topics, statements };
}

const LATER = '2026-06-01T00:00:00.000Z';
const EARLIER = '2025-01-01T00:00:00.000Z';

describe('planImport', () => {
  it('plans every record as new into an empty library', () => {
    const plan = planImport(library(), EMPTY, 'newer');
    expect(plan.tables.statements).toEqual({ new: ['statement-hua', 'statement-sasse'], identical: [], changed: [] });
    expect(plan.write).toEqual(library());
    expect(plan.merges).toEqual([]);
  });

  it('finds nothing new or changed when the same file comes again (idempotent)', () => {
    const plan = planImport(library(), library(), 'theirs');
    for (const table of ['articles', 'speakers', 'topics', 'statements'] as const) {
      expect(plan.tables[table].new).toEqual([]);
      expect(plan.tables[table].changed).toEqual([]);
      expect(plan.write[table]).toEqual([]);
    }
    expect(plan.tables.speakers.identical).toEqual(['speaker-sasse', 'speaker-hua']);
  });

  it('settles changed records by policy', () => {
    const mine = library();
    const theirs = library();
    theirs.statements = theirs.statements.map((s, i) => ({
      ...s,
      note: 'theirs',
      updatedAt: i === 0 ? LATER : EARLIER,
    }));
    theirs.topics = [{ id: 'topic-xinjiang', label: 'Xinjiang region' }];
    const ids = (records: { id: string }[]) => records.map((r) => r.id);

    const newer = planImport(theirs, mine, 'newer');
    expect(newer.tables.statements.changed).toEqual(['statement-hua', 'statement-sasse']);
    expect(ids(newer.write.statements)).toEqual(['statement-hua']);
    expect(newer.write.topics).toEqual([]);

    const kept = planImport(theirs, mine, 'mine');
    expect(kept.tables.topics.changed).toEqual(['topic-xinjiang']);
    expect([kept.write.statements, kept.write.topics]).toEqual([[], []]);

    const taken = planImport(theirs, mine, 'theirs');
    expect(ids(taken.write.statements)).toEqual(['statement-hua', 'statement-sasse']);
    expect(taken.write.topics).toEqual(theirs.topics);
  });

  it('counts key order and absent-versus-undefined fields as identical', () => {
    const mine = library();
    const theirs = library();
    theirs.statements = theirs.statements.map(
      (s) => ({ note: undefined, ...Object.fromEntries(Object.entries(s).reverse()) }) as typeof s,
    );
    expect(planImport(theirs, mine, 'theirs').tables.statements.identical).toHaveLength(2);
  });
});

describe('planImport: an article already in the library with another text', () => {
  it('keeps the library text, re-places incoming quotes in it, and leaves out the ones not there', () => {
    const mine = library();
    const article = mine.articles[0]!;
    const cut = article.text.indexOf('“Chairman Xi');
    mine.articles = [{ ...article, text: `Preface.\n\n${article.text.slice(0, cut)}` }];
    mine.statements = [];
    const plan = planImport(library(), mine, 'theirs');
    expect(plan.tables.articles).toEqual({ new: [], identical: ['article-seed'], changed: [] });
    expect(plan.unplaced).toEqual([
      expect.objectContaining({
        id: 'statement-sasse',
        articleId: 'article-seed',
        exact: 'Chairman Xi has blood on his hands.',
        path: 'statements[1].quote',
      }),
    ]);
    const [hua] = plan.write.statements;
    expect(hua?.quote.start).toBe(library().statements[0]!.quote.start + 'Preface.\n\n'.length);
    expect(mine.articles[0]?.text.slice(hua!.quote.start, hua!.quote.end)).toBe(hua?.quote.exact);
    expect(
      planImport(library(), { ...mine, statements: plan.write.statements }, 'theirs').tables.statements.identical,
    ).toEqual(['statement-hua']);
  });
});

describe('planImport: speaker merges', () => {
  function incomingWithNewHua(): LibraryRecords {
    const incoming = library();
    incoming.speakers = incoming.speakers.map((s) =>
      s.id === 'speaker-hua' ? { ...s, id: 'speaker-hua-2', name: 'HÚA  chunying', aliases: ['Spokesperson Hua'] } : s,
    );
    incoming.statements = incoming.statements.map((s) =>
      s.speakerId === 'speaker-hua' ? { ...s, id: 'statement-hua-2', speakerId: 'speaker-hua-2' } : s,
    );
    return incoming;
  }

  it('offers a merge when a new speaker’s name matches an existing name or alias', () => {
    const plan = planImport(incomingWithNewHua(), library(), 'newer');
    expect(plan.merges).toEqual([{ incomingId: 'speaker-hua-2', existingId: 'speaker-hua', name: 'Hua Chunying' }]);
    expect(plan.tables.speakers.new).toEqual(['speaker-hua-2']);
    expect(plan.write.statements.map((s) => s.speakerId)).toEqual(['speaker-hua-2']);
  });

  it('maps merged speakers onto the existing ones, adding new aliases, and is idempotent', () => {
    const existing = library();
    const plan = planImport(incomingWithNewHua(), existing, 'newer', { mergeSpeakers: true });
    expect(plan.tables.speakers).toEqual({ new: [], identical: ['speaker-sasse'], changed: ['speaker-hua'] });
    expect(plan.write.speakers).toEqual([{ ...existing.speakers[1], aliases: ['Spokesperson Hua'] }]);
    expect(plan.write.statements.map((s) => [s.id, s.speakerId])).toEqual([['statement-hua-2', 'speaker-hua']]);

    const after: LibraryRecords = {
      ...existing,
      speakers: [existing.speakers[0]!, plan.write.speakers[0]!],
      statements: [...existing.statements, ...plan.write.statements],
    };
    const again = planImport(incomingWithNewHua(), after, 'newer', { mergeSpeakers: true });
    expect([
      again.tables.speakers.new,
      again.tables.speakers.changed,
      again.tables.statements.new,
      again.tables.statements.changed,
    ]).toEqual([[], [], [], []]);
    expect(again.write).toEqual({ articles: [], speakers: [], topics: [], statements: [] });
  });
});
