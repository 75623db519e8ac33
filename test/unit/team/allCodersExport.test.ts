import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { toStatementsCsv } from '../../../src/core/exchange/toStatementsCsv';
import { toW3CAnnotations } from '../../../src/core/exchange/toW3CAnnotations';
import type { Statement } from '../../../src/core/model/statement';
import type { TeamProjectRecord } from '../../../src/storage/database/teamRecords';
import { exportLibrary } from '../../../src/storage/exchange/exportLibrary';
import { withOtherCoders } from '../../../src/storage/team/withOtherCoders';
import { addValidArticle, draftFor, HUA_QUOTE, mustSave, openTestDatabase, SASSE_QUOTE } from '../storage/testDatabase';

const T = '2026-01-01T00:00:00.000Z';

describe('exports of every coder (“All coders”)', () => {
  it('add the other coders’ statements with a coder column (CSV) and a creator (W3C); a local article’s have none', async () => {
    const db = openTestDatabase();
    const shared = await addValidArticle(db);
    const local = await addValidArticle(db, { title: 'Local', text: 'He said “yes”.' });
    await db.articles.put({ ...shared, projectId: 'p' });
    const project: TeamProjectRecord = {
      projectId: 'p',
      projectName: 'P',
      server: 'ws://127.0.0.1:1',
      token: 't',
      coderId: 'ann',
      coderName: 'Ann',
      role: 'owner',
      expiresAt: '2030-01-01T00:00:00.000Z',
      joinedAt: T,
      coders: [
        { id: 'ann', name: 'Ann', role: 'owner', createdAt: T, updatedAt: T },
        { id: 'bob', name: 'Bob', role: 'coder', createdAt: T, updatedAt: T },
      ],
      settings: null,
    };
    await db.teamProjects.put(project);
    const mine = await mustSave(
      db,
      draftFor({ ...shared, projectId: 'p' }, HUA_QUOTE, { speaker: { newName: 'Hua Chunying' } }),
    );
    const solo = await mustSave(db, draftFor(local, 'yes'));
    const sasse = {
      id: 'sp-sasse',
      name: 'Ben Sasse',
      aliases: [],
      kind: 'person' as const,
      createdAt: T,
      updatedAt: T,
    };
    const theirs: Statement = {
      ...mine,
      id: 'st-bob',
      speakerId: sasse.id,
      quote: draftFor(shared, SASSE_QUOTE).quote,
    };
    await db.teamLayers.put({
      doc: 'project/p/layer/a/bob',
      projectId: 'p',
      articleId: shared.id,
      coderId: 'bob',
      statements: [theirs],
      speakers: [sasse],
      topics: [],
    });

    const every = await withOtherCoders(db, await exportLibrary(db));
    const rows = Papa.parse<Record<string, string>>(
      toStatementsCsv(every.records, {}, every.coderOf).replace(/^\uFEFF/, ''),
      { header: true, skipEmptyLines: true },
    ).data;
    expect(rows.map((r) => [r.quote, r.speaker, r.coder])).toEqual(
      expect.arrayContaining([
        [HUA_QUOTE, 'Hua Chunying', 'Ann'],
        [SASSE_QUOTE, 'Ben Sasse', 'Bob'],
        ['yes', '', ''],
      ]),
    );
    expect(rows).toHaveLength(3);
    const w3c = toW3CAnnotations(every.records, new Date(T), { coderOf: every.coderOf });
    const creators = Object.fromEntries(w3c.first.items.map((a) => [a.id.split(':').at(-1), a.creator?.name]));
    expect(creators).toEqual({ [mine.id]: 'Ann', [theirs.id]: 'Bob', [solo.id]: undefined });
    // Without the option, the exports are the person's own, as before.
    expect(toStatementsCsv(await exportLibrary(db))).not.toContain('coder');
  });
});
