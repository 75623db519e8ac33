import { describe, expect, it } from 'vitest';
import { projectAgreement } from '../../../src/core/agreement/projectAgreement';
import type { Statement } from '../../../src/core/model/statement';
import { readProjectCoding } from '../../../src/storage/team/readProjectCoding';
import { addValidArticle, draftFor, HUA_QUOTE, mustSave, openTestDatabase } from '../storage/testDatabase';

const T = '2026-01-01T00:00:00.000Z';

describe('reading a project’s statements of every coder', () => {
  it('puts the person’s own statements next to the other coders’ layers, on the project’s articles only', async () => {
    const db = openTestDatabase();
    const shared = { ...(await addValidArticle(db)), projectId: 'p' };
    await db.articles.put(shared);
    const local = await addValidArticle(db, { title: 'Local', text: 'He said “yes”.' });
    await db.teamProjects.put({
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
    });
    const mine = await mustSave(db, draftFor(shared, HUA_QUOTE, { speaker: { newName: 'Hua Chunying' } }));
    await mustSave(db, draftFor(local, 'yes'));
    const hua = {
      id: 'sp-bob-hua',
      name: 'Hua Chunying',
      aliases: [],
      kind: 'person' as const,
      createdAt: T,
      updatedAt: T,
    };
    const theirs: Statement = { ...mine, id: 'st-bob', speakerId: hua.id };
    await db.teamLayers.put({
      doc: 'project/p/layer/a/bob',
      projectId: 'p',
      articleId: shared.id,
      coderId: 'bob',
      statements: [theirs],
      speakers: [hua],
      topics: [],
    });

    const coding = await readProjectCoding(db, 'p');
    expect(coding?.articles.map((a) => a.title)).toEqual([shared.title]);
    const report = projectAgreement(coding!);
    expect(report.project.unitsByCoder).toEqual({ ann: 1, bob: 1 });
    // Bob made his own “Hua Chunying”: by name, the two agree on the speaker.
    expect(report.project.pairs[0]?.fields.speaker.percent).toBe(1);
    expect(await readProjectCoding(db, 'not-joined')).toBeUndefined();
  });
});
