import { describe, expect, it } from 'vitest';
import type { Statement } from '../../../src/core/model/statement';
import { filterStatements, hasNoSpeaker, NO_FILTERS } from '../../../src/core/statements/filterStatements';

const stamp = '2026-11-28T12:00:00.000Z';
const statement = (id: string, speakerId: string | null, topicId?: string): Statement => ({
  id,
  articleId: 'a1',
  speakerId,
  topicId,
  quote: { start: 0, end: 3, exact: 'abc', prefix: '', suffix: '' },
  kind: 'direct',
  tags: [],
  origin: 'manual',
  status: 'confirmed',
  createdAt: stamp,
  updatedAt: stamp,
});
const known = { speakers: new Set(['hua']), topics: new Set(['xinjiang']) };
const statements = [
  statement('named', 'hua', 'xinjiang'),
  statement('anonymous', null),
  statement('speaker gone', 'deleted', 'gone'),
];
const ids = (list: Statement[]) => list.map((s) => s.id);

describe('filterStatements', () => {
  it('"No speaker" finds statements saved without a speaker and those whose speaker is no longer registered', () => {
    expect(ids(filterStatements(statements, { ...NO_FILTERS, speakerId: 'none' }, known))).toEqual([
      'anonymous',
      'speaker gone',
    ]);
    expect(hasNoSpeaker(statements[0]!, known)).toBe(false);
  });

  it('a speaker filter finds that speaker, "No topic" finds missing and unknown topics, no filter finds all', () => {
    expect(ids(filterStatements(statements, { ...NO_FILTERS, speakerId: 'hua' }, known))).toEqual(['named']);
    expect(ids(filterStatements(statements, { ...NO_FILTERS, topicId: 'none' }, known))).toEqual([
      'anonymous',
      'speaker gone',
    ]);
    expect(ids(filterStatements(statements, NO_FILTERS, known))).toEqual(['named', 'anonymous', 'speaker gone']);
  });
});
