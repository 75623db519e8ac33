/** The suggestion engine: direct, mixed and indirect statements with speakers, roles and cues. */
import { attributeAfter, attributeBefore, type Attribution } from './attribute';
import { findReported } from './indirect';
import { TERM_VERBS } from './lexicon';
import { maskNoise } from './noise';
import { findQuotes } from './quoteMarks';
import { nameMentions, type NameMention } from './mentions';
import { mentionRole } from './mentionRole';
import { nameGender } from './nameGender';
import { flatten, sentenceAt, sentenceStarts } from './sentences';
import { speakerCandidates, type Candidate } from './speakerCandidates';
import { bestCandidate, type SpeakerModel } from './speakerModel';
import { SpeakerBook, type Speaker } from './speakers';
import type { QuoteSpan, Suggestion } from './types';

/** Sees every quotation's speaker candidates and the suggestion made (for fitting the model). */
export type CandidateTrace = (s: Suggestion, cands: Candidate[]) => void;

interface Ctx {
  text: string;
  flat: string;
  starts: number[];
  book: SpeakerBook;
  mentions: NameMention[];
  gender: Map<string, number>;
  trace?: CandidateTrace | undefined;
  model?: SpeakerModel | undefined;
}

/** A name and a colon opening a sentence, as headlines attribute ("Graham: …"). */
const HEADLINE = /^\s*((?:\p{Lu}[\p{L}'’.-]*\s+){0,2}\p{Lu}[\p{L}'’.-]*):\s/u;
/** Where a title stands: after "on", "in", "of" or a possessive. */
const TITLE_SLOT = /(?:\b(?:on|in|of|titled|called|show|program|programme)|\p{L}['’]s)\s*$/u;
/** Every word capitalised or a short function word, and at most a closing comma or full stop. */
const TITLE_CASE =
  /^\p{Lu}[\p{L}\p{N}'’-]*(?:\s+(?:\p{Lu}[\p{L}\p{N}'’-]*|of|the|a|an|and|in|on|to|for|with|at))*[,.]?$/u;
/** A term named rather than quoted: "the so-called “smart” meters". */
const SO_CALLED = /\bso[-\s]called\s*$/i;
const wordCount = (s: string): number => (s.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []).length;

function paraStart(text: string, pos: number): number {
  return text.lastIndexOf('\n', pos - 1) + 1;
}

function trimmed(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] ?? '')) s++;
  while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
  return [s, e];
}

function quoteStatement(
  ctx: Ctx,
  q: QuoteSpan,
  next: QuoteSpan | undefined,
  prev: { q: QuoteSpan; sp: Speaker | null } | null,
): { s: Suggestion; sp: Speaker | null } | null {
  const { text, flat, starts, book } = ctx;
  const [ss, se] = sentenceAt(starts, flat.length, q.open);
  const stop = next && next.open < se ? next.open : Math.max(se, q.close);
  const inner = text.slice(q.start, q.end);
  const words = wordCount(inner);
  const lead = flat.slice(ss, q.open);
  const atStart = !/[\p{L}\p{N}]/u.test(lead);
  let before: Attribution | null = atStart ? null : attributeBefore(flat, ss, q.open);
  const ps = paraStart(flat, q.open);
  if (atStart && ss === ps && /:\s*$/.test(flat.slice(Math.max(0, ps - 200), ps))) {
    const colon = flat.slice(0, ps).trimEnd().length;
    before = attributeBefore(flat, sentenceAt(starts, flat.length, colon - 1)[0], colon);
  }
  // A headline's "Graham: Trump's ‘Hateful Rhetoric’ …" gives the quotation to the name before the colon.
  const head = atStart || before ? null : HEADLINE.exec(lead);
  if (head?.[1]) {
    const c = ss + (head[0].length - 1);
    before = {
      cue: { start: c, end: c + 1, text: ':' },
      mention: { kind: 'name', text: head[1], role: null },
      that: false,
    };
  }
  const after = attributeAfter(flat, q.close, stop);
  const lower = /^\s*[\p{Ll}]/u.test(inner) || /^\s*\[?\.\.\./.test(inner);
  const glue = /\b(?:as|of|the|a|an|that|to|is|was|be|are|were|and|or|its|their|his|her)\s*$/i.test(lead);
  let kind: Suggestion['kind'] = !atStart && (lower || glue || before?.that) ? 'mixed' : 'direct';
  if (q.continued) kind = 'direct';
  const drop = (): null => {
    const a = after ?? before;
    if (a?.mention?.kind === 'name') book.resolve(a.mention);
    return null;
  };
  const caps = inner.split(/\s+/).filter((w) => /^[\p{Lu}\d]/u.test(w)).length;
  if (
    !q.continued &&
    !atStart &&
    !head &&
    words <= 8 &&
    !/[.!?,;]\s*$/.test(inner) &&
    /^\s*\p{Lu}/u.test(inner) &&
    caps * 2 >= words
  )
    return drop();
  // A programme or title after "on" or a possessive ("on CNN’s “State of the Union,”"): its closing comma is the sentence's.
  if (!q.continued && !head && words >= 2 && words <= 6 && TITLE_SLOT.test(lead) && TITLE_CASE.test(inner.trim()))
    return drop();
  if (words <= 2 && !q.continued && !atStart) {
    const governed = before !== null || after !== null || TERM_VERBS.test(lead.slice(-60));
    if ((!governed && (!lower || SO_CALLED.test(lead))) || caps === words) return drop();
    kind = 'mixed';
  }
  if (
    words <= 6 &&
    !/[.!?,;:]\s*$/.test(inner) &&
    inner.split(/\s+/).every((w) => /^[\p{Lu}\d]/u.test(w) || /^(?:of|the|a|an|and|in|on|to|for)$/.test(w)) &&
    !after &&
    !before
  )
    return drop();
  // A short quotation with no cue in lower case is most often someone's words quoted in passing
  // ("waging “profane” attacks"); in capitals it is more often a slogan or title ("No more wars" banners).
  if (!atStart && !after && !before && words <= 4 && (!lower || SO_CALLED.test(lead))) return null;
  const sameQuoteChain =
    prev !== null && prev.q.close <= q.open && paraStart(text, prev.q.open) === paraStart(text, q.open);
  let attr: Attribution | null = after ?? before;
  if (after && before && (kind === 'mixed' || before.cue.start >= q.open - 120) && after.mention?.kind !== 'name')
    attr = before;
  let sp: Speaker | null = null;
  if (q.continued && prev?.sp) sp = prev.sp;
  else if (attr?.mention) sp = book.resolve(attr.mention, attr.cue.start);
  const fromMention = sp !== null && !q.continued && !!attr?.mention;
  if (!sp && !attr && sameQuoteChain && prev?.sp) sp = prev.sp;
  if (!sp && !attr && atStart) sp = book.last();
  if (sp && !attr?.mention) book.repeat(sp);
  const [s, e] = trimmed(text, q.start, q.end);
  const cue = attr ? { ...attr.cue, text: text.slice(attr.cue.start, attr.cue.end) } : null;
  const out: Suggestion = {
    start: s,
    end: e,
    text: text.slice(s, e),
    kind,
    speaker: sp?.name ?? null,
    role: sp?.role ?? null,
    cue,
  };
  if (!q.continued) {
    const cands = speakerCandidates({
      flat,
      starts,
      mentions: ctx.mentions,
      open: q.open,
      close: q.close,
      cue: attr?.cue ?? null,
      rule: sp,
      ruleKind: fromMention ? (attr?.mention?.kind ?? null) : null,
      prev: prev?.sp ?? null,
      prevSameParagraph: sameQuoteChain,
      atStart,
      last: book.last(),
      recent: book.recentDistinct(3),
      timesSpoken: (k) => book.timesSpoken(k),
      canonical: (n) => book.canonical(n),
      pronoun: attr?.mention?.kind === 'pronoun' ? attr.mention.text : null,
      nominal: attr?.mention?.kind === 'nominal' ? attr.mention.text : null,
      gender: ctx.gender,
    });
    ctx.trace?.(out, cands);
    const best = bestCandidate(cands, ctx.model);
    if (best && best.name !== sp?.name) {
      sp = { name: best.name, role: best.role ?? (best.at >= 0 ? mentionRole(flat, ctx.mentions, best.at) : null) };
      book.replaceLast(sp);
      Object.assign(out, { speaker: sp.name, role: sp.role });
    }
  }
  return { s: out, sp };
}

/**
 * Proposes the statements of a news article: direct and mixed quotations found by their marks,
 * and indirect speech found by speech verbs, each with a speaker, role and cue where found.
 * Offsets are UTF-16 code units into `text`; direct and mixed spans exclude the quotation marks.
 */
export function suggestStatements(text: string): Suggestion[] {
  return suggestTraced(text);
}

/**
 * {@link suggestStatements}, showing `trace` each quotation's speaker candidates and ranking them
 * with `model` instead of the shipped one (scripts/fitSpeakerModel.ts).
 */
export function suggestTraced(text: string, trace?: CandidateTrace, model?: SpeakerModel): Suggestion[] {
  const masked = maskNoise(text);
  const quotes = findQuotes(masked);
  const flat = flatten(masked, quotes);
  const starts = sentenceStarts(flat);
  const mentions = nameMentions(flat);
  const ctx: Ctx = {
    text,
    flat,
    starts,
    book: new SpeakerBook(masked),
    mentions,
    gender: nameGender(flat, mentions),
    trace,
    model,
  };
  const out: Suggestion[] = [];
  let qi = 0;
  let prev: { q: QuoteSpan; sp: Speaker | null } | null = null;
  for (let si = 0; si < starts.length; si++) {
    const ss = starts[si] ?? 0;
    const se = starts[si + 1] ?? flat.length;
    while (qi < quotes.length && (quotes[qi]?.open ?? 0) < se) {
      const q = quotes[qi] as QuoteSpan;
      const r = quoteStatement(ctx, q, quotes[qi + 1], prev);
      if (r) {
        if (q.continued && r.s.speaker) {
          for (let k = out.length - 1; k >= 0 && out[k]?.speaker === null && out[k]?.kind === 'direct'; k--)
            Object.assign(out[k] ?? {}, { speaker: r.s.speaker, role: r.s.role });
        }
        out.push(r.s);
        prev = { q, sp: r.sp };
      }
      qi++;
    }
    for (const rep of findReported(flat, ss, se)) {
      const sp = ctx.book.resolve(rep.mention, rep.cue.start);
      const [cs, ce] = trimmed(text, rep.clause.start, rep.clause.end);
      out.push({
        start: cs,
        end: ce,
        text: text.slice(cs, ce),
        kind: 'indirect',
        speaker: sp?.name ?? null,
        role: sp?.role ?? null,
        cue: { ...rep.cue, text: text.slice(rep.cue.start, rep.cue.end) },
      });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
