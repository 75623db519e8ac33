/** Finds the speech verb (cue) and speaker phrase attributing a quotation or clause. */
import { CUE_RE_SRC } from './lexicon';
import { subjectAfter, subjectBefore, type Mention } from './subject';
import type { Span } from './types';

/** A cue with the phrase naming who spoke; `that` is true when the verb introduces a that-clause. */
export interface Attribution {
  cue: Span;
  mention: Mention | null;
  that: boolean;
}

const CUE_G = new RegExp(`(?<!-)\\b${CUE_RE_SRC}\\b|\\b[Aa]ccording\\s+to\\b|\\bin\\s+the\\s+words\\s+of\\b`, 'g');
const FROM_ARG = /^(?:[Aa]ccording|in\s+the\s+words)/;

function span(flat: string, start: number, end: number): Span {
  return { start, end, text: flat.slice(start, end) };
}

/** Attribution in the text right after a quotation (`…," she said.` / `…," said Jane Doe.`). */
export function attributeAfter(flat: string, from: number, to: number): Attribution | null {
  const win = flat.slice(from, to);
  const lead = /^\s*[,.!?:;]?\s*(?:[—–-]+\s*)?/.exec(win)?.[0].length ?? 0;
  CUE_G.lastIndex = 0;
  const m = CUE_G.exec(win);
  if (!m) return adjacentAfter(flat, from, win);
  const k = m.index;
  const left = win.slice(lead, k);
  // A title's full stop ("Gov. Kasich replied") does not end the sentence.
  const unabbreviated = left.replace(
    /\b(?:Gov|Sen|Rep|Mr|Mrs|Ms|Dr|Gen|Lt|Col|Capt|Sgt|Prof|Rev|St|Jr|Sr|[A-Z])\.(?=\s)/g,
    'X',
  );
  if (left.replace(/\s+/g, ' ').length > 100 || /[.!?]\s/.test(unabbreviated) || /["“”]/.test(left)) return null;
  const cue = span(flat, from + k, from + k + m[0].length);
  const rest = win.slice(k + m[0].length);
  const mention = FROM_ARG.test(m[0])
    ? subjectAfter(rest)
    : left.trim()
      ? subjectBefore(left, true)
      : subjectAfter(rest);
  return { cue, mention, that: false };
}

/** A name or pronoun and a past-tense verb right after a quotation: `…,” Trump barked.` */
const ADJACENT =
  /^(\s*[,.!?]?\s*(?:[—–-]+\s*)?)((?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’-]*|he|she|they|we|I)\s+([a-z]{3,}ed)\b/u;

function adjacentAfter(flat: string, from: number, win: string): Attribution | null {
  const a = ADJACENT.exec(win);
  if (!a?.[2] || !a[3]) return null;
  const mention = subjectBefore(a[2], true);
  if (!mention) return null;
  const at = from + (a[1] ?? '').length + a[2].length + (a[0].length - (a[1] ?? '').length - a[2].length - a[3].length);
  return { cue: span(flat, at, at + a[3].length), mention, that: false };
}

/** An opening phrase before the subject: "On Monday, ", "Speaking at a rally in Salem, ". */
const OPENER =
  /^(?:(?:On|In|At|After|Before|During|Speaking|Writing|Following|Despite|Earlier|Later|Last|Meanwhile|However|Since|Until|With|Asked|Reached|Holding|Standing)\b|\p{Lu}\p{Ll}+ing\b)[^,]{0,60},\s+/u;
/** A finite verb ending the subject: regular past, third person, auxiliaries and common irregular pasts. */
const VERB =
  /\s(?:[a-z]+ed|[a-z]+s|is|was|has|had|will|would|could|went|took|made|gave|got|came|began|held|kept|left|ran|saw|spoke|stood|thought|wrote|brought|sought|shot|sent|spent|struck|won|fought|drew|found|heard|knew|lost|met|paid|put|set|hit|led|did|told|said)\b/g;

/** The subject at the head of a sentence ("One critic wrote …, saying …" → "One critic"). */
function sentenceSubject(s: string): Mention | null {
  const body = s.replace(OPENER, '').replace(OPENER, '');
  VERB.lastIndex = 0;
  // "The protesters chanted": a plural noun looks like a verb; the first prefix that names someone wins.
  for (let i = 0, m = VERB.exec(body); m && i < 4; i++, m = VERB.exec(body)) {
    const subject = subjectBefore(body.slice(0, m.index), true);
    if (subject) return subject;
  }
  return null;
}

/** A participle cue after a comma or "by" ("…, saying", "by calling"): the sentence's subject speaks. */
const PARTICIPLE_LEAD = /(?:,|\b(?:by|upon|after|before|while|when))\s*$/;

/** Attribution in the sentence text before a quotation (`Jane Doe said that "…"`). */
export function attributeBefore(flat: string, sentStart: number, open: number): Attribution | null {
  const region = flat.slice(sentStart, open);
  let last: RegExpExecArray | null = null;
  CUE_G.lastIndex = 0;
  for (let m = CUE_G.exec(region); m; m = CUE_G.exec(region)) last = m;
  if (!last) return null;
  const k = last.index;
  const cue = span(flat, sentStart + k, sentStart + k + last[0].length);
  const after = region.slice(k + last[0].length);
  const that = after.length < 160 && /\bthat\b/.test(after);
  let mention: Mention | null;
  // "Rubio was asked by moderator Jo Kim whether …": the one after "by" spoke.
  const by = /^(?:asked|told|urged|warned)$/.test(last[0]) ? /^\s+by\s+/.exec(after) : null;
  if (FROM_ARG.test(last[0])) mention = subjectAfter(after);
  else if (by) mention = subjectAfter(after.slice(by[0].length));
  else mention = subjectBefore(region.slice(0, k).replace(/^.*[;]/, ''), true) ?? subjectAfter(after);
  // "Trump went after Bush, calling him …": the participle's subject is the sentence's, not the nearest noun.
  if (/ing$/.test(last[0]) && (!mention || PARTICIPLE_LEAD.test(region.slice(0, k))))
    mention = sentenceSubject(region.slice(0, k)) ?? mention;
  return { cue, mention, that };
}
