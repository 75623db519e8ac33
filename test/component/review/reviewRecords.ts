import { createAnchor } from '../../../src/core/anchoring/createAnchor';
import type { LibraryRecords } from '../../../src/core/model/envelope';
import type { Stance, Statement } from '../../../src/core/model/statement';

const stamp = '2026-11-28T12:00:00.000Z';
const text =
  'Hua said the sanctions were lies. Hua said they were interference. The EU said the measures were right. The EU said forced labour is real.';

const quote = (words: string) => {
  const start = text.indexOf(words);
  return createAnchor(text, start, start + words.length)!;
};

const statement = (id: string, speakerId: string, topicId: string, stance: Stance, words: string): Statement => ({
  id,
  articleId: 'a1',
  speakerId,
  quote: quote(words),
  kind: 'direct',
  topicId,
  stance,
  tags: [],
  origin: 'manual',
  status: 'confirmed',
  createdAt: stamp,
  updatedAt: stamp,
});

/** A small hand-made library: Hua against the sanctions twice, the EU for them and against forced labour. */
export const reviewRecords: LibraryRecords = {
  articles: [
    {
      id: 'a1',
      title: 'Beijing rejects sanctions',
      publishedAt: '2021-03-22',
      text,
      textSha256: '0'.repeat(64),
      createdAt: stamp,
      updatedAt: stamp,
    },
  ],
  speakers: [
    { id: 'hua', name: 'Hua Chunying', aliases: [], kind: 'person', createdAt: stamp, updatedAt: stamp },
    { id: 'eu', name: 'European Union', aliases: [], kind: 'organization', createdAt: stamp, updatedAt: stamp },
  ],
  topics: [
    { id: 'sanctions', label: 'Sanctions on Chinese officials over Xinjiang' },
    { id: 'labour', label: 'Forced labour' },
  ],
  statements: [
    statement('s1', 'hua', 'sanctions', 'against', 'the sanctions were lies'),
    statement('s2', 'hua', 'sanctions', 'against', 'they were interference'),
    statement('s3', 'eu', 'sanctions', 'favor', 'the measures were right'),
    statement('s4', 'eu', 'labour', 'against', 'forced labour is real'),
  ],
};
