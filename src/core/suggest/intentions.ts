/**
 * Reported intentions and claims that are not a clause after a speech verb: a to-infinitive after
 * a verb of intending ("Trump wants to build …", "urged Congress to act …") and a that-clause or
 * to-infinitive after a noun of claiming or planning ("Cruz's claim that …", "her plan to …").
 */
import { CLAIM_NOUN_SRC, OBJECT_TO_VERB_SRC, TO_VERB_SRC } from './reportingVerbs';
import { subjectBefore, type Mention } from './subject';
import type { Span } from './types';

/** A reported content's raw extent (before trimming), its cue and the phrase naming whose it is. */
export interface Intention {
  start: number;
  end: number;
  cue: Span;
  mention: Mention | null;
}

const TO = new RegExp(`(?<![-\\w])(${TO_VERB_SRC})\\s+(?=to\\s+[a-z])`, 'g');
// The object is a short phrase without punctuation: "urged Congress", "asked the court", "called on his rivals".
const OBJECT_TO = new RegExp(
  `(?<![-\\w])(${OBJECT_TO_VERB_SRC})\\s+((?:[\\p{L}\\p{N}'’.-]+\\s+){1,5}?)(?=to\\s+[a-z])`,
  'gu',
);
/** A reported question: "asked whether …", "wondered if …" (the content keeps its "whether"). */
const QUESTION =
  /(?<![-\w])((?:[Aa]sk|wonder|question)(?:s|ed|ing)?)\s+(?:(?:by\s+)?[\p{L}'’.-]+\s+){0,3}?(?=(?:if|whether|why|how|what|who|when)\s)/gu;
const NOUN = new RegExp(`(?<![-\\w])(${CLAIM_NOUN_SRC})\\s+(that\\s+|to\\s+(?=[a-z]))`, 'g');
/** A content clause ends at a semicolon or a dash, or where another statement is coordinated in. */
const STOP = /;|\s[—–]\s|,\s+(?:but|while|whereas|although|though)\s|\s+and\s+(?:then\s+)?(?:said|says|added|told)\b/;
/** The owner of a claim: "Trump's claim", "the senator's plan", "his promise". */
const OWNER =
  /(?:(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*)['’]s?|\b(his|her|their|its|our|my))\s+(?:[a-z-]+\s+)?$/u;
/** A modal or auxiliary before "to": "has to", "is going to" are no one's intention. */
const NOT_INTENT = /\b(?:is|are|was|were|be|been|being)\s+(?:\w+\s+)?$/;

function mentionOf(left: string): Mention | null {
  const owner = OWNER.exec(left);
  if (owner?.[1]) return { kind: 'name', text: owner[1], role: null };
  if (owner?.[2]) return { kind: 'pronoun', text: owner[2] === 'its' ? 'it' : 'they', role: null };
  return null;
}

function end(flat: string, from: number, se: number): number {
  const m = STOP.exec(flat.slice(from, se));
  return m ? from + m.index : se;
}

/** The intentions and claims in sentence [ss, se) of the flat text, in reading order. */
export function findIntentions(flat: string, ss: number, se: number): Intention[] {
  const sent = flat.slice(ss, se);
  const out: Intention[] = [];
  const cueOf = (at: number, text: string): Span => ({ start: ss + at, end: ss + at + text.length, text });
  for (const m of sent.matchAll(TO)) {
    const at = m.index ?? 0;
    const verb = m[1] ?? '';
    const left = sent.slice(0, at);
    // "is expected to" reports a forecast; "is trying to" and "was asked to" report no one's words.
    if (NOT_INTENT.test(left) && !/^expect/.test(verb)) continue;
    const from = ss + at + m[0].length;
    out.push({ start: from, end: end(flat, from, se), cue: cueOf(at, verb), mention: subjectBefore(left) });
  }
  for (const m of sent.matchAll(OBJECT_TO)) {
    const at = m.index ?? 0;
    if (/[,;:]/.test(m[2] ?? '')) continue;
    const from = ss + at + m[0].length;
    out.push({
      start: from,
      end: end(flat, from, se),
      cue: cueOf(at, m[1] ?? ''),
      mention: subjectBefore(sent.slice(0, at)),
    });
  }
  for (const m of sent.matchAll(QUESTION)) {
    const at = m.index ?? 0;
    if (/[,;:]/.test(m[0])) continue;
    const from = ss + at + m[0].length;
    out.push({
      start: from,
      end: end(flat, from, se),
      cue: cueOf(at, m[1] ?? ''),
      mention: subjectBefore(sent.slice(0, at)),
    });
  }
  for (const m of sent.matchAll(NOUN)) {
    const at = m.index ?? 0;
    const mention = mentionOf(sent.slice(0, at));
    // Without an owner, "the plan that passed" is more often a relative clause than a reported one.
    if (!mention) continue;
    const from = ss + at + (m[1] ?? '').length + 1 + (/^that/.test(m[2] ?? '') ? (m[2] ?? '').length : 0);
    out.push({ start: from, end: end(flat, from, se), cue: cueOf(at, m[1] ?? ''), mention });
  }
  return out.sort((a, b) => a.start - b.start);
}
