import { describe, expect, it } from 'vitest';
import { acceptVersion, editGold, rejectUnit, writeOwn } from '../../../src/core/curation/curate';
import { curationProgress, curationRows, type CurationInput } from '../../../src/core/curation/curationRows';
import { goldCsv, goldEnvelope } from '../../../src/core/curation/goldExport';
import { GoldStatementSchema, type GoldStatement } from '../../../src/core/curation/goldStatement';
import { withGold } from '../../../src/core/curation/withGold';
import { STANCES } from '../../../src/core/model/statement';
import { stanceColumns } from '../../../src/core/review/StanceColumns';
import { EnvelopeSchema } from '../../../src/core/model/envelope';
import type { Statement, StatementKind } from '../../../src/core/model/statement';

const AT = '2026-03-01T10:00:00.000Z';
const TEXT = 'x'.repeat(200);
const said = (
  id: string,
  [start, end]: [number, number],
  kind: StatementKind,
  extra: Partial<Statement> = {},
): Statement => ({
  id,
  articleId: 'art',
  speakerId: 'hua',
  quote: { start, end, exact: TEXT.slice(start, end), prefix: '', suffix: '' },
  kind,
  tags: [],
  origin: 'manual',
  status: 'confirmed',
  createdAt: AT,
  updatedAt: AT,
  ...extra,
});

// Ann, Bob and Cy: a unit all three code alike, one where the kind differs,
// one Cy leaves out, and a pending suggestion of Ann's that does not count.
const input = (gold: GoldStatement[] = []): CurationInput => ({
  coders: [
    { id: 'cy', name: 'Cy' },
    { id: 'ann', name: 'Ann' },
    { id: 'bob', name: 'Bob' },
    { id: 'dee', name: 'Dee' },
  ],
  textLength: TEXT.length,
  statements: [
    { coderId: 'ann', statement: said('a1', [10, 20], 'direct') },
    { coderId: 'bob', statement: said('b1', [10, 20], 'direct') },
    { coderId: 'cy', statement: said('c1', [11, 20], 'direct') },
    { coderId: 'ann', statement: said('a2', [50, 60], 'direct', { stance: 'favor' }) },
    { coderId: 'bob', statement: said('b2', [50, 60], 'indirect', { stance: 'favor' }) },
    { coderId: 'cy', statement: said('c2', [50, 60], 'direct', { stance: 'favor' }) },
    { coderId: 'ann', statement: said('a3', [90, 99], 'direct', { speakerId: 'sasse' }) },
    { coderId: 'bob', statement: said('b3', [90, 99], 'direct', { speakerId: 'sasse-b' }) },
    { coderId: 'ann', statement: said('a4', [150, 160], 'direct', { status: 'pending' }) },
  ],
  gold,
  speakerNames: new Map([
    ['hua', 'Hua Chunying'],
    ['sasse', 'Ben Sasse'],
    ['sasse-b', 'ben sasse'],
  ]),
  topicLabels: new Map(),
});
const curator = { id: 'olive', name: 'Olive', now: new Date(AT), newId: () => 'g1' };

describe('curation rows', () => {
  it('gives each coder who coded the article a lane by name, and marks why each unit disagrees', () => {
    const { lanes, rows } = curationRows(input());
    expect(lanes.map((l) => `${l.letter} ${l.name}`)).toEqual(['A Ann', 'B Bob', 'C Cy']);
    expect(rows.map((r) => [r.start, r.end, r.disagreements])).toEqual([
      [10, 20, []],
      [50, 60, ['kind']],
      // Speakers compared by name, case-folded: the same speaker made twice agrees.
      [90, 99, ['only-some']],
    ]);
    expect(rows[2]?.versions.map((v) => v?.id ?? null)).toEqual(['a3', 'b3', null]);
    expect(curationProgress(rows)).toEqual({ resolved: 0, disagreements: 2 });
  });

  it('accepts a lane’s version whole with its provenance, and a later verdict replaces it under the same id', () => {
    const { lanes, rows } = curationRows(input());
    const unit = rows[1];
    if (!unit) throw new Error('no row');
    const gold = acceptVersion(unit, lanes, 1, curator);
    expect(GoldStatementSchema.safeParse(gold).success).toBe(true);
    expect(gold).toMatchObject({
      id: 'g1',
      kind: 'indirect',
      stance: 'favor',
      quote: { start: 50, end: 60 },
      provenance: {
        from: 'bob',
        fromName: 'Bob',
        fromStatementId: 'b2',
        curatedBy: { id: 'olive', name: 'Olive' },
        curatedAt: AT,
      },
    });
    if (!gold) throw new Error('no gold');
    const after = curationRows(input([gold]));
    expect(after.rows[1]?.gold?.id).toBe('g1');
    expect(curationProgress(after.rows)).toEqual({ resolved: 1, disagreements: 2 });

    const row = after.rows[1];
    if (!row) throw new Error('no row');
    const again = acceptVersion(row, after.lanes, 0, { ...curator, newId: () => 'other' });
    expect(again).toMatchObject({ id: 'g1', kind: 'direct', provenance: { from: 'ann', fromStatementId: 'a2' } });
    expect(acceptVersion(after.rows[2] ?? row, after.lanes, 2, curator)).toBeNull();
  });

  it('edits, writes its own and rejects, saying so in the provenance', () => {
    const { lanes, rows } = curationRows(input());
    const row = rows[1];
    if (!row) throw new Error('no row');
    const accepted = acceptVersion(row, lanes, 0, curator);
    if (!accepted) throw new Error('no gold');
    const withIt = curationRows(input([accepted])).rows[1];
    if (!withIt) throw new Error('no row');
    const edited = editGold(
      withIt,
      { speakerId: 'hua', kind: 'mixed', topicId: undefined, stance: undefined, claim: ' ' },
      curator,
    );
    expect(edited).toMatchObject({
      id: 'g1',
      kind: 'mixed',
      provenance: { from: 'ann', fromName: 'Ann', edited: true },
    });
    expect(edited?.stance).toBeUndefined();
    const own = writeOwn(row, { speakerId: null, kind: 'indirect', claim: 'Mine' }, curator);
    expect(own).toMatchObject({
      kind: 'indirect',
      claim: 'Mine',
      speakerId: null,
      provenance: { from: null, fromStatementId: null },
    });
    expect(own?.stance).toBeUndefined();
    expect(rejectUnit(row, curator)).toMatchObject({ rejected: true, quote: { start: 50, end: 60 } });
  });

  it('puts a gold statement on a span no coder marked on a row of its own, in reading order', () => {
    const { lanes, rows } = curationRows(input());
    const own = writeOwn(rows[0] ?? ({} as never), { speakerId: null, kind: 'direct' }, curator);
    if (!own) throw new Error('no gold');
    const moved = { ...own, quote: { ...own.quote, start: 30, end: 40 } };
    const after = curationRows(input([moved]));
    expect(after.rows.map((r) => r.start)).toEqual([10, 30, 50, 90]);
    expect(after.rows[1]?.versions).toEqual(lanes.map(() => null));
  });
});

describe('the gold layer downstream', () => {
  const { lanes, rows } = curationRows(input());
  const accepted = acceptVersion(rows[1] ?? ({} as never), lanes, 1, curator) as GoldStatement;
  const rejected = { ...(rejectUnit(rows[2] ?? ({} as never), curator) as GoldStatement), id: 'g2' };
  const sources = {
    articles: [{ id: 'art', title: 'Art', text: TEXT, textSha256: 'a'.repeat(64), createdAt: AT, updatedAt: AT }],
    speakers: [{ id: 'hua', name: 'Hua Chunying', aliases: [], kind: 'person' as const, createdAt: AT, updatedAt: AT }],
    topics: [],
  };

  it('exports accepted gold as a valid native envelope with provenance, rejected units left out', () => {
    const envelope = goldEnvelope(sources, [accepted, rejected], new Date(AT));
    expect(EnvelopeSchema.safeParse(JSON.parse(JSON.stringify(envelope))).success).toBe(true);
    expect(envelope.statements.map((s) => [s.id, s.provenance?.from])).toEqual([['g1', 'bob']]);
    expect(envelope.statements[0]).not.toHaveProperty('rejected');
  });

  it('writes the gold CSV with coder, curated_by and curated_at columns', () => {
    const [header, row] = goldCsv(sources, [accepted, rejected]).replace('\uFEFF', '').split('\r\n');
    expect(header?.endsWith('origin,coder,curated_by,curated_at')).toBe(true);
    expect(row?.endsWith(`manual,Bob,Olive,${AT}`)).toBe(true);
  });

  it('replaces the stance entries of a curated article by its gold', () => {
    const records = {
      articles: [],
      speakers: [
        { id: 'hua', name: 'Hua Chunying', aliases: [], kind: 'person' as const, createdAt: AT, updatedAt: AT },
      ],
      topics: [{ id: 't', label: 'Xinjiang' }],
      statements: [
        {
          id: 'mine',
          articleId: 'art',
          speakerId: 'hua',
          topicId: 't',
          stance: 'against' as const,
          kind: 'direct' as const,
          status: 'confirmed' as const,
          quote: { start: 1, end: 2 },
        },
        {
          id: 'else',
          articleId: 'other',
          speakerId: 'hua',
          topicId: 't',
          stance: 'against' as const,
          kind: 'direct' as const,
          status: 'confirmed' as const,
          quote: { start: 1, end: 2 },
        },
      ],
    };
    const gold = { ...accepted, topicId: 't' };
    const columns = stanceColumns(withGold(records, [gold, rejected]));
    expect(columns.ids.map((id, i) => [id, STANCES[columns.stance[i] ?? -1]])).toEqual([
      ['else', 'against'],
      ['g1', 'favor'],
    ]);
    expect(withGold(records, [])).toBe(records);
  });
});
