import fc from 'fast-check';
import { createAnchor } from '../../../src/core/anchoring/createAnchor';
import type { LibraryRecords } from '../../../src/core/model/envelope';
import type { Statement } from '../../../src/core/model/statement';

/**
 * Random valid libraries for property tests: astral characters, overlapping
 * statements, empty optional fields.
 */
const timestamp = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString());
/** Text with astral characters (emoji, CJK extension B) and line breaks. */
const text = fc.string({
  unit: fc.constantFrom('a', 'b', ' ', '\n', 'é', '😀', '𠀀', '“', 'Z'),
  minLength: 1,
  maxLength: 80,
});
const label = fc
  .string({ minLength: 1, maxLength: 20 })
  .map((s) => s.trim())
  .filter((s) => s.length > 0);
const emptyOr = fc.constantFrom(undefined, '', 'note');

export const libraryArb = fc
  .record({
    articles: fc.array(fc.record({ title: label, text, source: emptyOr, createdAt: timestamp, updatedAt: timestamp }), {
      minLength: 1,
      maxLength: 3,
    }),
    speakers: fc.array(
      fc.record({
        name: label,
        aliases: fc.array(label, { maxLength: 2 }),
        role: emptyOr,
        createdAt: timestamp,
        updatedAt: timestamp,
      }),
      { maxLength: 3 },
    ),
    topics: fc.array(fc.record({ label, description: emptyOr }), { maxLength: 2 }),
    spans: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat(), fc.nat(), fc.nat(), emptyOr, timestamp), { maxLength: 6 }),
  })
  .map(({ articles, speakers, topics, spans }): LibraryRecords => {
    const arts = articles.map((a, i) => ({ ...a, id: `article-${i}`, textSha256: 'a'.repeat(64) }));
    const statements: Statement[] = [];
    spans.forEach(([a, from, to, who, what, note, at], i) => {
      const article = arts[a % arts.length]!;
      const start = from % article.text.length;
      const quote = createAnchor(article.text, start, start + 1 + (to % (article.text.length - start)));
      if (!quote) return;
      const speakerId = speakers.length > 0 && who % 3 > 0 ? `speaker-${who % speakers.length}` : null;
      const topicId = topics.length > 0 && what % 2 > 0 ? `topic-${what % topics.length}` : undefined;
      statements.push({
        id: `statement-${i}`,
        articleId: article.id,
        speakerId,
        quote,
        kind: 'direct',
        topicId,
        note,
        tags: [],
        origin: 'manual',
        status: 'confirmed',
        createdAt: at,
        updatedAt: at,
      });
    });
    return {
      articles: arts,
      speakers: speakers.map((s, i) => ({ ...s, id: `speaker-${i}`, kind: 'person' as const })),
      topics: topics.map((t, i) => ({ ...t, id: `topic-${i}` })),
      statements,
    };
  });
