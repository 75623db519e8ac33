import type { Placement } from '../import/ImportPlan';
import { problemPath, type ImportProblem } from '../import/ImportProblem';
import { nothingPlaceable } from '../import/nothingPlaceable';
import { placeStatements } from '../import/placeStatements';
import { zodProblems } from '../import/zodProblems';
import { ANCHOR_CONTEXT_CHARS, type Anchor } from '../model/anchor';
import type { Article } from '../model/article';
import type { LibraryRecords } from '../model/envelope';
import { TimestampSchema } from '../model/ids';
import { StanceSchema, StatementKindSchema, StatementSchema, type Statement } from '../model/statement';
import { withoutUndefined } from '../model/withoutUndefined';
import { err, ok, type Result } from '../result';
import { stableHash } from '../text/stableHash';
import { matchArticle } from './matchArticle';
import { w3cAnnotationItems } from './w3cAnnotationItems';
import { STATEMENT_URN_PREFIX } from './w3cAnnotationSchema';
import { w3cBodyFields } from './w3cBodyFields';
import { W3CNamedRecords } from './w3cNamedRecords';
import { W3CAnnotationReadSchema, type W3CAnnotationRead } from './w3cReadSchema';
import { targetAnchor, targetQuote } from './w3cTargetQuote';
import { codePointsToUtf16 } from './codePointOffsets';

/** W3C annotations read as library records, placed in the library's texts. */
export interface W3CReading {
  /** Statements, and the speakers and topics they name that the library lacks; no articles. */
  records: LibraryRecords;
  /** Statements placed away from their positions, and those that cannot be placed. */
  placement: Placement;
  /** Where each statement's annotation is in the file (`first.items[2]`), by id. */
  statementPaths: Map<string, string>;
}

/**
 * Read W3C Web Annotations (a collection, a page, one annotation or a list;
 * see w3cAnnotationItems) as statements on the library's articles. Each
 * annotation's article is found by matchArticle; its words are placed in
 * that article's text the way the app re-anchors everything else
 * (placeStatements: position, then quote and context, then approximately),
 * code-point positions converted to the app's UTF-16 offsets. A Quotemark
 * export comes back as it was; an annotation from elsewhere gets the
 * defaults of an unreviewed suggestion, its bodies mapped by w3cBodyFields.
 * A malformed annotation refuses the file whole, with every problem at its
 * path; an annotation that cannot be placed is reported in the placement,
 * and the file is refused only when none can be (nothingPlaceable).
 */
export function fromW3CAnnotations(
  json: unknown,
  library: Pick<LibraryRecords, 'articles' | 'speakers' | 'topics'>,
  now: Date = new Date(),
): Result<W3CReading, ImportProblem[]> {
  const items = w3cAnnotationItems(json);
  if (!items.ok) return items;
  const stamp = now.toISOString();
  const named = new W3CNamedRecords(library, stamp);
  const problems: ImportProblem[] = [];
  const unplaced: Placement['unplaced'] = [];
  const candidates: { statement: Statement; article: Article; byPositionOnly: boolean }[] = [];
  const statementPaths = new Map<string, string>();
  for (const item of items.value) {
    const parsed = W3CAnnotationReadSchema.safeParse(item.value);
    if (!parsed.success) {
      problems.push(...zodProblems(parsed.error, item.value, item.at));
      continue;
    }
    const read = statementOf(parsed.data, library.articles, named, stamp, item.at);
    if ('problems' in read) problems.push(...read.problems);
    else if ('unplaced' in read) unplaced.push(read.unplaced);
    else {
      candidates.push(read);
      statementPaths.set(read.statement.id, problemPath(item.at));
    }
  }
  if (problems.length > 0) return err(problems);
  const articleOf = new Map(candidates.map((c) => [c.statement.id, c.article.text]));
  const placed = placeStatements(
    candidates.map((c) => c.statement),
    (statement) => articleOf.get(statement.id),
    (statement) => statementPaths.get(statement.id) ?? '',
  );
  const placement = {
    placed: [...placed.placement.placed, ...unverified(candidates, placed.statements, statementPaths)],
    unplaced: [...unplaced, ...placed.placement.unplaced],
  };
  const refused = nothingPlaceable(placement, placed.statements.length);
  if (refused) return err(refused);
  // Names were collected while reading; only those a placed statement refers to are added.
  const speakerIds = new Set(placed.statements.map((s) => s.speakerId));
  const topicIds = new Set(placed.statements.map((s) => s.topicId));
  const speakers = named.speakers.filter((s) => speakerIds.has(s.id));
  const topics = named.topics.filter((t) => topicIds.has(t.id));
  const records = { articles: [], speakers, topics, statements: placed.statements };
  return ok({ records, placement, statementPaths });
}

type Read =
  | { statement: Statement; article: Article; byPositionOnly: boolean }
  | { unplaced: Placement['unplaced'][number] }
  | { problems: ImportProblem[] };

function statementOf(
  annotation: W3CAnnotationRead,
  articles: readonly Article[],
  named: W3CNamedRecords,
  now: string,
  at: PropertyKey[],
): Read {
  const ext = annotation['quotemark:statement'];
  const target = targetQuote(annotation.target);
  const orphan = ext?.orphanAnchors;
  const exact = orphan?.quote.exact ?? target.exact;
  const id = statementId(annotation, target.source, exact);
  const match = matchArticle(articles, { articleId: ext?.articleId, source: target.source, exact });
  if (!match.ok) {
    return {
      unplaced: {
        id,
        articleId: ext?.articleId ?? '',
        exact: exact ?? '',
        path: problemPath([...at, ...target.at, 'source']),
        reason: match.reason,
      },
    };
  }
  const { article } = match;
  const quote = orphan?.quote ?? targetAnchor(article.text, target);
  if (!quote) {
    const reason =
      target.start === undefined
        ? 'has no TextQuoteSelector or TextPositionSelector to find its words by'
        : 'has positions outside the article text and no quoted words';
    return {
      unplaced: { id, articleId: article.id, exact: '', path: problemPath([...at, ...target.at, 'selector']), reason },
    };
  }
  const cue = orphan ? orphan.cue : ext?.cue && cueAnchor(article.text, ext.cue);
  const bodies = w3cBodyFields(annotation.body);
  const speakerId = ext
    ? named.speakerId(ext.speakerId ?? undefined, bodies.speaker?.name)
    : named.speakerId(bodies.speaker?.id, bodies.speaker?.name);
  const topicId = named.topicId(ext ? ext.topicId : bodies.topic?.id, bodies.topic?.label);
  const stance = StanceSchema.safeParse(bodies.stance);
  const note = ext ? ext.note : bodies.notes.length > 0 ? bodies.notes.join('\n\n').slice(0, 20_000) : undefined;
  const candidate = {
    id,
    articleId: article.id,
    speakerId,
    quote,
    cue: cue ?? undefined,
    kind: StatementKindSchema.catch('direct').parse(bodies.kind),
    roleAtTime: ext?.roleAtTime,
    claim: bodies.claim?.slice(0, 20_000),
    topicId,
    stance: stance.success ? stance.data : undefined,
    tags: ext?.tags ?? uniqueTags(bodies.tags),
    note,
    orphanedAt: ext?.orphanedAt,
    // Annotations made elsewhere are suggestions until a person confirms them.
    origin: ext?.origin ?? 'suggested',
    status: ext?.status ?? 'pending',
    createdAt: timestamp(annotation.created) ?? now,
    updatedAt: timestamp(annotation.modified) ?? timestamp(annotation.created) ?? now,
  };
  const statement = StatementSchema.safeParse(withoutUndefined(candidate));
  if (!statement.success) return { problems: zodProblems(statement.error, candidate, [...at, 'statement']) };
  return { statement: statement.data, article, byPositionOnly: orphan === undefined && target.exact === undefined };
}

/**
 * Statements placed by a TextPositionSelector alone: the words at those
 * positions today are taken with nothing to check them against, so the
 * preview lists them as unverified for the person to look at.
 */
function unverified(
  candidates: readonly { statement: Statement; byPositionOnly: boolean }[],
  placed: readonly Statement[],
  paths: ReadonlyMap<string, string>,
): Placement['placed'] {
  const written = new Map(placed.map((s) => [s.id, s]));
  return candidates.flatMap(({ statement, byPositionOnly }) => {
    const now = written.get(statement.id);
    if (!byPositionOnly || now === undefined) return [];
    const path = `${paths.get(statement.id) ?? ''}.target`;
    return [
      { id: statement.id, path, field: 'quote' as const, status: 'unverified' as const, was: '', now: now.quote.exact },
    ];
  });
}

/**
 * The statement id of an annotation: the app's own (its export's
 * urn:quotemark:statement:<id>) comes back as it was; any other tool's id
 * ("1", "anno1", a URL) could collide with an unrelated statement, so it
 * becomes a stable `w3c-` id derived from that id and the page it targets
 * (the same file read again gets the same ids). No id: one made from where
 * it points.
 */
function statementId(annotation: W3CAnnotationRead, source: string | undefined, exact: string | undefined): string {
  const own = annotation.id?.startsWith(STATEMENT_URN_PREFIX)
    ? annotation.id.slice(STATEMENT_URN_PREFIX.length)
    : undefined;
  if (own !== undefined && own.length > 0 && own.length <= 200) return own;
  if (annotation.id !== undefined && annotation.id.length > 0)
    return `w3c-${stableHash(`${annotation.id}\u0000${source ?? ''}`)}`;
  return `w3c-${stableHash(`\u0000${source ?? ''}\u0000${exact ?? ''}`)}`;
}

/** A cue as the app's extension writes it (code points), as an anchor to place. */
function cueAnchor(
  text: string,
  cue: { start: number; end: number; exact: string; prefix: string; suffix: string },
): Anchor {
  const start = codePointsToUtf16(text, cue.start) ?? 0;
  const prefix = cue.prefix.slice(-ANCHOR_CONTEXT_CHARS);
  return {
    start,
    end: start + cue.exact.length,
    exact: cue.exact,
    prefix,
    suffix: cue.suffix.slice(0, ANCHOR_CONTEXT_CHARS),
  };
}

function uniqueTags(tags: readonly string[]): string[] {
  return [...new Set(tags.map((tag) => tag.trim().slice(0, 100)).filter((tag) => tag.length > 0))];
}

function timestamp(value: string | undefined): string | undefined {
  return TimestampSchema.safeParse(value).success ? value : undefined;
}
