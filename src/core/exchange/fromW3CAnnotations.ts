import type { Anchor } from '../model/anchor';
import type { Article } from '../model/article';
import { StanceSchema, StatementKindSchema, StatementSchema, type Statement } from '../model/statement';
import { err, ok, type Result } from '../result';
import { anchorFromCodePoints } from './anchorFromCodePoints';
import { exchangeIssues, type ExchangeIssue } from './exchangeIssue';
import {
  ARTICLE_URN_PREFIX,
  STATEMENT_URN_PREFIX,
  W3CAnnotationCollectionSchema,
  type W3CAnnotation,
  type W3CTextualBody,
} from './w3cAnnotationSchema';

/**
 * Read a W3C AnnotationCollection back into statements on the given
 * articles, converting code-point positions to the app's UTF-16 offsets.
 * A Quotemark export comes back exactly; an annotation from elsewhere gets
 * the defaults a new, unreviewed suggestion has. Nothing is returned unless
 * every annotation is valid and lands on its article's words: otherwise
 * every problem found, each with its path in the file.
 */
export function fromW3CAnnotations(
  json: unknown,
  articles: readonly Article[],
  now: Date = new Date(),
): Result<Statement[], ExchangeIssue[]> {
  const parsed = W3CAnnotationCollectionSchema.safeParse(json);
  if (!parsed.success) return err(exchangeIssues(parsed.error));
  const statements: Statement[] = [];
  const issues: ExchangeIssue[] = [];
  parsed.data.first.items.forEach((annotation, i) => {
    const result = statementOf(annotation, articles, now.toISOString(), ['first', 'items', i]);
    if (result.ok) statements.push(result.value);
    else issues.push(...result.error);
  });
  return issues.length > 0 ? err(issues) : ok(statements);
}

function statementOf(
  annotation: W3CAnnotation,
  articles: readonly Article[],
  now: string,
  at: readonly PropertyKey[],
): Result<Statement, ExchangeIssue[]> {
  const ext = annotation['quotemark:statement'];
  const source = annotation.target.source;
  const article = articles.find((a) => (ext ? a.id === ext.articleId : a.url === source || `${ARTICLE_URN_PREFIX}${a.id}` === source));
  if (!article) return err([{ path: join(at, 'target.source'), message: `No article in the library matches ${ext?.articleId ?? source}.` }]);
  const quote = ext?.orphanAnchors?.quote ?? quoteOf(annotation, article.text);
  if (!quote) return err([{ path: join(at, 'target.selector'), message: 'The quote does not match the article text at the given positions.' }]);
  const cue = ext?.orphanAnchors ? ext.orphanAnchors.cue : ext?.cue && anchorFromCodePoints(article.text, ext.cue);
  if (cue === null) return err([{ path: join(at, 'quotemark:statement.cue'), message: 'The cue does not match the article text at the given positions.' }]);
  const bodies = annotation.body ?? [];
  const stance = StanceSchema.safeParse(bodyValue(bodies, 'stance'));
  const candidate = {
    id: annotation.id.startsWith(STATEMENT_URN_PREFIX) ? annotation.id.slice(STATEMENT_URN_PREFIX.length) : annotation.id,
    articleId: article.id,
    speakerId: ext ? ext.speakerId : (bodyOf(bodies, 'speaker')?.['quotemark:speakerId'] ?? null),
    quote,
    cue,
    kind: StatementKindSchema.catch('direct').parse(bodyValue(bodies, 'kind')),
    roleAtTime: ext?.roleAtTime,
    claim: bodyValue(bodies, 'claim'),
    topicId: ext ? ext.topicId : bodyOf(bodies, 'topic')?.['quotemark:topicId'],
    stance: stance.success ? stance.data : undefined,
    tags: ext?.tags ?? [],
    note: ext?.note,
    orphanedAt: ext?.orphanedAt,
    // Annotations made elsewhere are suggestions until a person confirms them.
    origin: ext?.origin ?? 'suggested',
    status: ext?.status ?? 'pending',
    createdAt: annotation.created ?? now,
    updatedAt: annotation.modified ?? annotation.created ?? now,
  };
  const statement = StatementSchema.safeParse(dropUndefined(candidate));
  return statement.success ? ok(statement.data) : err(exchangeIssues(statement.error, [...at, 'statement']));
}

function quoteOf(annotation: W3CAnnotation, text: string): Anchor | null {
  const selectors = [annotation.target.selector].flat();
  const quote = selectors.find((s) => s.type === 'TextQuoteSelector');
  const position = selectors.find((s) => s.type === 'TextPositionSelector');
  if (!quote || !position || !('exact' in quote) || !('start' in position)) return null;
  const { exact, prefix, suffix } = quote as { exact: string; prefix?: string; suffix?: string };
  const { start, end } = position as { start: number; end: number };
  return anchorFromCodePoints(text, { start, end, exact, prefix, suffix });
}

function bodyOf(bodies: readonly W3CTextualBody[], field: NonNullable<W3CTextualBody['quotemark:field']>): W3CTextualBody | undefined {
  return bodies.find((b) => b['quotemark:field'] === field);
}

function bodyValue(bodies: readonly W3CTextualBody[], field: NonNullable<W3CTextualBody['quotemark:field']>): string | undefined {
  return bodyOf(bodies, field)?.value;
}

// Optional statement fields are absent, not undefined, in stored records.
function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

function join(at: readonly PropertyKey[], rest: string): string {
  return [...at.map(String), rest].join('.');
}
