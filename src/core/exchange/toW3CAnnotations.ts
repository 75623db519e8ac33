import type { Anchor } from '../model/anchor';
import type { Article } from '../model/article';
import type { LibraryRecords } from '../model/envelope';
import type { Speaker } from '../model/speaker';
import type { Statement } from '../model/statement';
import type { Topic } from '../model/topic';
import { countedStatements, type CountOptions } from '../review/countedStatements';
import { APP_INFO } from './appInfo';
import { utf16ToCodePoints } from './codePointOffsets';
import { QUOTEMARK_CONTEXT } from './quotemarkContext';
import {
  ARTICLE_URN_PREFIX,
  EXPORT_URN_PREFIX,
  PAGE_IRI_SUFFIX,
  STATEMENT_URN_PREFIX,
  W3C_ANNO_CONTEXT,
  type CodePointAnchor,
  type W3CAnnotation,
  type W3CAnnotationCollection,
  type W3CTextualBody,
} from './w3cAnnotationSchema';

interface Lookups {
  articles: Map<string, Article>;
  speakers: Map<string, Speaker>;
  topics: Map<string, Topic>;
  generated: string;
}

/** What a W3C export covers and what it is called. */
export interface W3CExportOptions {
  /** Names the collection (urn:quotemark:export:<id>) and its page; a fresh UUID by default. */
  exportId?: string;
  /** Pending suggestions are left out unless asked for (see statementCounts). */
  counting?: CountOptions;
  /** Who coded each statement (a team project's statements of every coder): the annotation's creator. */
  coderOf?: (statement: Statement) => string | undefined;
}

/**
 * The library's statements as a W3C Web Annotation AnnotationCollection
 * (JSON-LD), one Annotation per statement that counts (confirmed; pending
 * suggestions only when asked: tools reading the file see no status and
 * would take them for coded statements). Positions are in Unicode code
 * points, as the W3C model counts them. Fields W3C has no body for ride in a
 * `quotemark:statement` extension, defined by a second context
 * (QUOTEMARK_CONTEXT), so the file re-imports losslessly and JSON-LD
 * processors keep it. The collection and its page have IRIs, as the model
 * requires. Statements whose article is missing are left out: they have no
 * text to point into.
 */
export function toW3CAnnotations(
  records: LibraryRecords,
  now: Date = new Date(),
  options: W3CExportOptions = {},
): W3CAnnotationCollection {
  const id = `${EXPORT_URN_PREFIX}${options.exportId ?? crypto.randomUUID()}`;
  const lookups: Lookups = {
    articles: byId(records.articles),
    speakers: byId(records.speakers),
    topics: byId(records.topics),
    generated: now.toISOString(),
  };
  const items = countedStatements(records.statements, options.counting).flatMap((statement) => {
    const article = lookups.articles.get(statement.articleId);
    if (!article) return [];
    const annotation = annotationOf(statement, article, lookups);
    const coder = options.coderOf?.(statement);
    return [coder ? { ...annotation, creator: { type: 'Person' as const, name: coder } } : annotation];
  });
  return {
    '@context': [W3C_ANNO_CONTEXT, QUOTEMARK_CONTEXT],
    id,
    type: 'AnnotationCollection',
    label: `${APP_INFO.name} ${APP_INFO.version} statements`,
    total: items.length,
    first: { id: `${id}${PAGE_IRI_SUFFIX}`, type: 'AnnotationPage', items },
  };
}

function annotationOf(statement: Statement, article: Article, lookups: Lookups): W3CAnnotation {
  const quote = toCodePoints(article.text, statement.quote);
  return {
    id: `${STATEMENT_URN_PREFIX}${statement.id}`,
    type: 'Annotation',
    // A claim is a description of what was said; without one it is tagging only.
    motivation: statement.claim ? 'describing' : 'tagging',
    created: statement.createdAt,
    modified: statement.updatedAt,
    generated: lookups.generated,
    target: {
      source: isWebUrl(article.url) ? article.url : `${ARTICLE_URN_PREFIX}${article.id}`,
      selector: [
        { type: 'TextQuoteSelector', exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
        { type: 'TextPositionSelector', start: quote.start, end: quote.end },
      ],
    },
    body: bodiesOf(statement, lookups),
    'quotemark:statement': {
      articleId: statement.articleId,
      speakerId: statement.speakerId,
      topicId: statement.topicId,
      roleAtTime: statement.roleAtTime,
      cue: statement.cue && statement.orphanedAt === undefined ? toCodePoints(article.text, statement.cue) : undefined,
      tags: statement.tags,
      note: statement.note,
      orphanedAt: statement.orphanedAt,
      orphanAnchors: statement.orphanedAt === undefined ? undefined : { quote: statement.quote, cue: statement.cue },
      origin: statement.origin,
      status: statement.status,
    },
  };
}

function bodiesOf(statement: Statement, lookups: Lookups): W3CTextualBody[] {
  const bodies: W3CTextualBody[] = [];
  const speaker = statement.speakerId === null ? undefined : lookups.speakers.get(statement.speakerId);
  if (speaker) {
    bodies.push({
      type: 'TextualBody',
      purpose: 'tagging',
      value: speaker.name,
      'quotemark:field': 'speaker',
      'quotemark:speakerId': speaker.id,
    });
  }
  bodies.push({ type: 'TextualBody', purpose: 'classifying', value: statement.kind, 'quotemark:field': 'kind' });
  if (statement.stance) {
    bodies.push({ type: 'TextualBody', purpose: 'tagging', value: statement.stance, 'quotemark:field': 'stance' });
  }
  const topic = statement.topicId === undefined ? undefined : lookups.topics.get(statement.topicId);
  if (topic) {
    bodies.push({
      type: 'TextualBody',
      purpose: 'tagging',
      value: topic.label,
      'quotemark:field': 'topic',
      'quotemark:topicId': topic.id,
    });
  }
  if (statement.claim !== undefined) {
    bodies.push({ type: 'TextualBody', purpose: 'describing', value: statement.claim, 'quotemark:field': 'claim' });
  }
  return bodies;
}

// Re-express a stored UTF-16 anchor in code points against the article text.
function toCodePoints(text: string, anchor: Anchor): CodePointAnchor {
  return {
    start: utf16ToCodePoints(text, anchor.start),
    end: utf16ToCodePoints(text, anchor.end),
    exact: anchor.exact,
    prefix: anchor.prefix,
    suffix: anchor.suffix,
  };
}

function isWebUrl(url: string | undefined): url is string {
  if (url === undefined) return false;
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

function byId<T extends { id: string }>(rows: readonly T[]): Map<string, T> {
  return new Map(rows.map((row) => [row.id, row]));
}
