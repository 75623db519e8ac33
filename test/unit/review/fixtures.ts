import type { Article } from '../../../src/core/model/article';
import type { LibraryRecords } from '../../../src/core/model/envelope';
import type { Speaker } from '../../../src/core/model/speaker';
import type { Statement } from '../../../src/core/model/statement';
import type { Topic } from '../../../src/core/model/topic';

const T = '2026-01-01T10:00:00.000Z';

/** An article with only the fields the review functions read mattering. */
export function article(id: string, publishedAt?: string, createdAt = T): Article {
  return {
    id,
    title: `Article ${id}`,
    text: 'x'.repeat(200),
    textSha256: '0'.repeat(64),
    createdAt,
    updatedAt: createdAt,
    ...(publishedAt ? { publishedAt } : {}),
  };
}

/** A speaker of the given kind. */
export function speaker(id: string, name: string, fields: Partial<Speaker> = {}): Speaker {
  return { id, name, aliases: [], kind: 'person', createdAt: T, updatedAt: T, ...fields };
}

/** A topic. */
export function topic(id: string, label: string): Topic {
  return { id, label };
}

let start = 0;

/** A confirmed direct statement; later calls sit later in the text. */
export function statement(
  id: string,
  articleId: string,
  speakerId: string | null,
  fields: Partial<Statement> = {},
): Statement {
  start += 2;
  return {
    id,
    articleId,
    speakerId,
    quote: { start, end: start + 1, exact: 'x', prefix: '', suffix: '' },
    kind: 'direct',
    tags: [],
    origin: 'manual',
    status: 'confirmed',
    createdAt: T,
    updatedAt: T,
    ...fields,
  };
}

/** Library records from parts. */
export function library(parts: Partial<LibraryRecords>): LibraryRecords {
  return { articles: [], speakers: [], topics: [], statements: [], ...parts };
}
