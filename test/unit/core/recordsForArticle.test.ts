import { describe, expect, it } from 'vitest';
import { recordsForArticle } from '../../../src/core/exchange/recordsForArticle';
import type { LibraryRecords } from '../../../src/core/model/envelope';

const stamp = '2026-11-28T12:00:00.000Z';
const article = (id: string) => ({
  id,
  title: id,
  text: 'Some text.',
  textSha256: '0'.repeat(64),
  createdAt: stamp,
  updatedAt: stamp,
});
const speaker = (id: string) => ({
  id,
  name: id,
  aliases: [],
  kind: 'person' as const,
  createdAt: stamp,
  updatedAt: stamp,
});
const statement = (id: string, articleId: string, speakerId: string | null, topicId?: string) => ({
  id,
  articleId,
  speakerId,
  ...(topicId && { topicId }),
  quote: { start: 0, end: 4, exact: 'Some', prefix: '', suffix: ' text.' },
  kind: 'direct' as const,
  tags: [],
  origin: 'manual' as const,
  status: 'confirmed' as const,
  createdAt: stamp,
  updatedAt: stamp,
});

describe('recordsForArticle', () => {
  it('keeps the article, its statements and only the speakers and topics they name', () => {
    const records: LibraryRecords = {
      articles: [article('a1'), article('a2')],
      speakers: [speaker('hua'), speaker('sasse'), speaker('unused')],
      topics: [
        { id: 't1', label: 'Sanctions' },
        { id: 't2', label: 'Trade' },
      ],
      statements: [
        statement('s1', 'a1', 'hua', 't1'),
        statement('s2', 'a2', 'sasse', 't2'),
        statement('s3', 'a1', null),
      ],
    };
    const part = recordsForArticle(records, 'a1');
    expect(part.articles.map((a) => a.id)).toEqual(['a1']);
    expect(part.statements.map((s) => s.id)).toEqual(['s1', 's3']);
    expect(part.speakers.map((s) => s.id)).toEqual(['hua']);
    expect(part.topics.map((t) => t.id)).toEqual(['t1']);
  });
});
