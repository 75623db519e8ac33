import { STATEMENT_KINDS, type StatementKind } from '../model/statement';
import { cohensKappa } from './cohensKappa';
import type { CodingTable } from './CodingTable';
import { matchedValues } from './matchedValues';
import { matchUnits } from './matchUnits';
import { mergeCoderUnits } from './mergeCoderUnits';
import { nominalAlpha } from './nominalAlpha';
import { percentAgreement } from './percentAgreement';
import type { AgreementCoder, CodedStatement, ProjectCoding } from './projectCoding';
import { unitizingAlpha } from './unitizingAlpha';

/** What coders give a matched unit, compared by α and κ. */
export const CODING_FIELDS = ['speaker', 'kind', 'topic', 'stance'] as const;
export type CodingField = (typeof CODING_FIELDS)[number];

export interface FieldAgreement {
  alpha: number | null;
  percent: number | null;
}

/** Two coders compared on each field over the units both marked. */
export interface PairAgreement {
  first: string;
  second: string;
  fields: Record<CodingField, { kappa: number | null; percent: number | null }>;
}

/** The figures of one scope: the whole project or one article. null wherever a measure is undefined. */
export interface ScopeAgreement {
  /** Ids of the coders who marked at least one quote in the scope: the ones compared. */
  coders: string[];
  unitsByCoder: Record<string, number>;
  /** Unitizing α of quote spans: every quote as category "statement", and each kind apart. */
  spans: { statement: number | null; kinds: Record<StatementKind, number | null> };
  /** Groups of matched quotes (matchUnits) marked by two coders or more. */
  matchedUnits: number;
  fields: Record<CodingField, FieldAgreement>;
  pairs: PairAgreement[];
}

export interface ArticleAgreement extends ScopeAgreement {
  articleId: string;
  title: string;
}

export interface ProjectAgreementReport {
  coders: AgreementCoder[];
  project: ScopeAgreement;
  /** Lowest span agreement first; articles where it is undefined last. */
  articles: ArticleAgreement[];
}

interface Quote {
  coder: string;
  start: number;
  end: number;
  values: Record<CodingField, string | null>;
}

interface Piece {
  length: number;
  quotes: Quote[];
}

/**
 * The agreement report of a team project. Counted are confirmed statements
 * not orphaned (a pending suggestion is the engine's, an orphan's anchor is
 * stale). A coder is compared on a scope only where they marked a quote:
 * one who has not reached an article yet does not count as marking nothing
 * there. The project's span α reads the articles every compared coder
 * marked one after another as one continuum (a quote never runs from one
 * article into the next); its coding α pools the matched units of every
 * article.
 */
export function projectAgreement(coding: ProjectCoding): ProjectAgreementReport {
  const coders = [...coding.coders];
  for (const { coderId } of coding.statements)
    if (!coders.some((c) => c.id === coderId)) coders.push({ id: coderId, name: coderId });
  // By name, so tables read the same on every coder's device whatever order the codebook keeps.
  coders.sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  const coderIds = coders.map((c) => c.id);
  const byArticle = new Map<string, CodedStatement[]>();
  for (const coded of coding.statements) {
    const list = byArticle.get(coded.statement.articleId);
    if (list) list.push(coded);
    else byArticle.set(coded.statement.articleId, [coded]);
  }
  const pieces = coding.articles.map((article) => ({
    article,
    piece: {
      length: article.textLength,
      quotes: (byArticle.get(article.id) ?? [])
        .filter((s) => counts(s, article.textLength))
        .map((s) => quoteOf(s, coding)),
    },
  }));
  const articles = pieces
    .map(({ article, piece }) => ({
      articleId: article.id,
      title: article.title,
      ...scopeAgreement([piece], coderIds),
    }))
    .sort(
      (a, b) => (a.spans.statement ?? Infinity) - (b.spans.statement ?? Infinity) || a.title.localeCompare(b.title),
    );
  return {
    coders,
    project: scopeAgreement(
      pieces.map((p) => p.piece),
      coderIds,
    ),
    articles,
  };
}

/** Whether a coder's statement is compared: confirmed, not orphaned, within the text (also the Curation view's rule). */
export function counts({ statement }: Pick<CodedStatement, 'statement'>, textLength: number): boolean {
  return statement.status === 'confirmed' && !statement.orphanedAt && statement.quote.end <= textLength;
}

/** The values a statement gives each coding field, as agreement compares them. */
export function codingValues(
  statement: CodedStatement['statement'],
  names: Pick<ProjectCoding, 'speakerNames' | 'topicLabels'>,
): Record<CodingField, string | null> {
  // Names, trimmed and case-folded, so separately made speakers and topics of one name agree.
  const named = (labels: ReadonlyMap<string, string>, id: string | null | undefined) =>
    id ? (labels.get(id)?.trim().toLocaleLowerCase() ?? id) : null;
  return {
    speaker: named(names.speakerNames, statement.speakerId),
    kind: statement.kind,
    topic: named(names.topicLabels, statement.topicId),
    stance: statement.stance ?? null,
  };
}

function quoteOf({ coderId, statement }: CodedStatement, coding: ProjectCoding): Quote {
  return {
    coder: coderId,
    start: statement.quote.start,
    end: statement.quote.end,
    values: codingValues(statement, coding),
  };
}

function scopeAgreement(pieces: readonly Piece[], allCoders: readonly string[]): ScopeAgreement {
  const quotes = pieces.flatMap((p) => p.quotes);
  const coders = allCoders.filter((id) => quotes.some((q) => q.coder === id));
  const unitsByCoder = Object.fromEntries(coders.map((id) => [id, quotes.filter((q) => q.coder === id).length]));
  const groups = pieces.flatMap((p) => matchUnits(p.quotes));
  const tables = Object.fromEntries(
    CODING_FIELDS.map((field) => [field, matchedValues(groups, coders, (q: Quote) => q.values[field])]),
  ) as Record<CodingField, CodingTable>;
  const perField = <T>(measure: (table: CodingTable) => T) =>
    Object.fromEntries(CODING_FIELDS.map((field) => [field, measure(tables[field])])) as Record<CodingField, T>;
  const pairs: PairAgreement[] = [];
  coders.forEach((first, i) =>
    coders.slice(i + 1).forEach((second, k) => {
      const j = i + 1 + k;
      pairs.push({
        first,
        second,
        fields: perField((table) => ({
          kappa: cohensKappa(table, i, j),
          percent: percentAgreement(table.map((row) => [row[i], row[j]])),
        })),
      });
    }),
  );
  return {
    coders,
    unitsByCoder,
    spans: spanAgreement(pieces, coders),
    matchedUnits: groups.filter((g) => g.length > 1).length,
    fields: perField((table) => ({ alpha: nominalAlpha(table), percent: percentAgreement(table) })),
    pairs,
  };
}

function spanAgreement(pieces: readonly Piece[], coders: readonly string[]): ScopeAgreement['spans'] {
  const none = { statement: null, kinds: { direct: null, indirect: null, mixed: null } };
  if (coders.length < 2) return none;
  // Unitizing α has no reading for a coder missing from part of the continuum: an article a coder has not
  // reached would count as one they read and left unmarked, so the project's span α leaves it out.
  const reached = pieces.filter((piece) => coders.every((id) => piece.quotes.some((q) => q.coder === id)));
  if (reached.length === 0) return none;
  let offset = 0;
  const placed = reached.flatMap((piece) => {
    const at = offset;
    offset += piece.length;
    return piece.quotes.map((q) => ({
      begin: at + q.start,
      length: q.end - q.start,
      coder: coders.indexOf(q.coder),
      kind: q.values.kind ?? '',
    }));
  });
  const study = (category: (u: (typeof placed)[number]) => string) =>
    unitizingAlpha({
      continuum: { begin: 0, length: offset },
      coders: coders.length,
      units: mergeCoderUnits(
        placed.map((u) => ({ begin: u.begin, length: u.length, coder: u.coder, category: category(u) })),
      ),
    });
  const all = study(() => 'statement');
  const byKind = study((u) => u.kind);
  const kindAlpha = (kind: StatementKind) =>
    byKind.ok ? (byKind.value.categories.find((c) => c.category === kind)?.alpha ?? null) : null;
  return {
    statement: all.ok ? all.value.alpha : null,
    kinds: Object.fromEntries(STATEMENT_KINDS.map((kind) => [kind, kindAlpha(kind)])) as Record<
      StatementKind,
      number | null
    >,
  };
}
