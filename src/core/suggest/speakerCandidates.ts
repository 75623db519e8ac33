/**
 * Candidate speakers for one statement and the features the speaker model ranks them by:
 * the names in the statement's sentence and the three before it, the cue's subject as the
 * rules read it (a pronoun already resolved), the previous quotation's speaker and the few
 * distinct speakers before the latest.
 */
import { mentionIndexAt, type NameMention } from './mentions';
import { ROLE_NOUNS } from './lexicon';
import { speakerKey, type Speaker } from './speakers';
import { sentenceAt, sentenceIndex } from './sentences';
import { isPlace } from './places';
import { isRoleWord, type Mention } from './subject';
import type { Span } from './types';

/** What the ranking of one statement's candidates may look at. */
export interface CandidateContext {
  flat: string;
  starts: number[];
  mentions: NameMention[];
  /** The statement's extent in `flat` (quotation marks included). */
  open: number;
  close: number;
  cue: Span | null;
  /** The rules' pick and the kind of phrase it came from. */
  rule: Speaker | null;
  ruleKind: Mention['kind'] | null;
  prev: Speaker | null;
  prevSameParagraph: boolean;
  atStart: boolean;
  /** The latest speaker, and how often a speaker key has spoken so far. */
  last: Speaker | null;
  /** The few distinct speakers before the latest (a run of quotations may return to one). */
  recent: readonly Speaker[];
  timesSpoken: (key: string) => number;
  canonical: (name: string) => string;
  /** The pronoun the cue's subject was ("he", "she", "they"), if it was one. */
  pronoun: string | null;
  /** The described speaker the cue's subject was ("the gambling tycoon"), if it was one. */
  nominal: string | null;
  /** Per name key, how often "he/his/him" (> 0) or "she/her" (< 0) follows its mentions. */
  gender: ReadonlyMap<string, number>;
}

/** One candidate: the name it would give, its role, and its feature vector (see FEATURES). */
export interface Candidate {
  name: string;
  role: string | null;
  /** The nearest mention naming it (index into the article's mentions), for reading its role. */
  at: number;
  f: number[];
}

const BASE = [
  'rule',
  'ruleName',
  'rulePronoun',
  'ruleNominal',
  'prev',
  'prevPara',
  'spoke',
  'dist',
  'before',
  'after',
  'sameSent',
  'sent1',
  'sent2',
  'subj',
  'sentInit',
  'titled',
  'org',
  'multi',
  'salience',
  'recency',
  'recentPerson',
  'otherPara',
  'nominal',
  'noCueXprev',
  'noCueXrecent',
  'atStartXprev',
  'pronounXrecent',
  'possessive',
  'afterPrep',
  'noCueXsameSent',
  'lastSpeaker',
  'inTrail',
  'subjAfter',
  'objOfCue',
  'genderAgree',
  'genderClash',
  'orgXpersonPronoun',
  'accordingTo',
  'modifier',
  'afterAnd',
  'nominalSubj',
  'headMatch',
  'place',
  'far',
  'recentSpeaker',
  'placeXpersonPronoun',
  'demonym',
  'group',
  'groupXpersonPronoun',
  'inAppos',
  'nounModifier',
  'subjectLike',
  'inRelative',
] as const;

type Feature = (typeof BASE)[number];
const INDEX = Object.fromEntries(BASE.map((f, i) => [f, i])) as Record<Feature, number>;

/**
 * The model's features: the base ones, then the same again where the cue's subject was a pronoun,
 * then where the quotation has no cue. A pronoun's person and an uncued quotation's speaker are
 * found by other evidence than a named subject, so each context gets weights of its own.
 */
export const FEATURES: readonly string[] = [
  ...BASE,
  ...BASE.map((f) => `pronoun:${f}`),
  ...BASE.map((f) => `noCue:${f}`),
];

function expand(f: number[], pronoun: boolean, noCue: boolean): number[] {
  const zero = new Array<number>(BASE.length).fill(0);
  return [...f, ...(pronoun ? f : zero), ...(noCue ? f : zero)];
}

const keyOf = speakerKey;
const cap = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);
/** A name modifying a role before another name ("Obama consultant Cornell Belcher"). */
const MODIFIER = /^(?:['’]s)?\s+(?:[a-z][\w-]*\s+){1,4}\p{Lu}\p{Ll}/u;
/** A party or people word ("Republican", "American Muslims"): it describes people rather than naming one. */
const DEMONYM = /^(?:GOP|Democrat|Democrats|Democratic|Republicans?|\p{Lu}\p{Ll}+(?:ans?|ians?|ish|ese|ic|ists?))$/u;
/** A group: a plural common noun or a plural demonym ("staff members", "Supporters of Sanders", "Muslims"). */
const GROUP =
  /^(?:\p{Ll}[\p{L}-]*(?:ers|ors|ists|ians|ans|crats|ees|members|officials|people|staff)|\p{Lu}\p{Ll}+(?:ans|ians|ists|crats|ims))$/u;
/** Cues whose following name is the one spoken to or about, not the speaker. */
const OBJECT_CUES =
  /^(?:told|tells|asked|asks|urged|warned|call(?:s|ed|ing)?|dubbed|labell?ed|branded|described|termed)$/i;
/** Between a cue and a name: a capitalised modifier and a role ("said Marquette pollster "). */
const ROLE_AFTER_CUE = /^\s+(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}(?:[a-z-]+\s+){0,2}[a-z-]+\s+$/u;
/** A role noun right before a name ("spokesperson Hua Chunying"); the list's function words are left out. */
const ROLE_BEFORE = new RegExp(`\\b(?!(?:and|of|at|for|the)\\s)(${ROLE_NOUNS.source.replace(/^\^|\$$/g, '')})\\s+$`);
/** An apposition after a name (", a spokesman for the ministry,"). */
const APPOSED = /^,\s[^,.;]{2,50}/;
/** A determiner and up to three modifiers before a name, and a common noun after it. */
const DET_BEFORE = /(?:^|\s)(?:a|an|one|the|another|several|some|two|three|many|other)\s+(?:[a-z][\w-]*\s+){0,3}$/i;
const NOUN_AFTER = /^(?:['’]s)?\s+\p{Ll}[\p{L}-]+(?![\p{L}-])(?!\s+\p{Lu})/u;
/** A verb right after a name, past a parenthesis or an apposition: "Jane Doe (D-Md.), the chair, said". */
const SUBJECT_OF_VERB =
  /^(?:\s*\([^()]{1,30}\))?(?:,[^,.]{2,100},)?\s+(?:(?:also|then|later|again|never|not|has|had|have|will|would|did|does)\s+)?(?:said|says|told|tells|is|was|has|had|will|would|could|can|did|does|[a-z]{3,}ed|[a-z]{2,}(?<!er|or|ist|ian|ment|tion|ship)s)\b/;
/** "Jane Doe was asked by …": the subject of a passive is not the one who speaks. */
const PASSIVE = /^\s+(?:was|were|is|are|(?:has|have|had)\s+been)\s+[a-z]+(?:ed|en)\s+by\b/;
const WINDOW = 3;
const paraOf = (flat: string, pos: number): number => flat.lastIndexOf('\n', pos - 1);

interface Acc {
  name: string;
  role: string | null;
  at: number;
  f: number[];
  best: number;
}

/** The candidates of one statement, each with its features; empty when nothing names a speaker. */
export function speakerCandidates(c: CandidateContext): Candidate[] {
  const { flat, starts, mentions } = c;
  const si = sentenceIndex(starts, c.open);
  // Three sentences back: a pronoun's person is often named further back than the previous two.
  const from = starts[Math.max(0, si - WINDOW)] ?? 0;
  const [, se] = sentenceAt(starts, flat.length, Math.max(c.open, c.close - 1));
  const para = paraOf(flat, c.open);
  const accs = new Map<string, Acc>();
  const get = (name: string, role: string | null): Acc => {
    const k = keyOf(name);
    let a = accs.get(k);
    if (!a) {
      a = { name, role, at: -1, f: new Array<number>(BASE.length).fill(0), best: Infinity };
      accs.set(k, a);
    }
    return a;
  };
  const set = (a: Acc, f: Feature, v = 1): void => {
    a.f[INDEX[f]] = Math.max(a.f[INDEX[f]] ?? 0, v);
  };
  // Only a role ("the spokesman", "the senator") is read as a description of a named person.
  const headWord = (c.nominal?.split(' ').pop() ?? '').toLowerCase();
  const head = c.nominal && (ROLE_NOUNS.test(headWord) || isRoleWord(cap(headWord))) ? ` ${headWord}` : null;
  let recency = 0;
  let recentPersonSeen = false;
  const lo = mentionIndexAt(mentions, from);
  const hi = mentionIndexAt(mentions, se);
  for (let i = hi - 1; i >= lo; i--) {
    const m = mentions[i] as NameMention;
    if (m.start >= c.open && m.end <= c.close) continue;
    const a = get(c.canonical(m.name), null);
    const dist = m.end <= c.open ? c.open - m.end : Math.max(0, m.start - c.close);
    const beforeQuote = m.end <= c.open;
    if (dist < a.best) {
      a.best = dist;
      a.name = c.canonical(m.name);
      a.at = i;
      set(a, 'dist', 1 - Math.min(1, Math.log1p(dist) / 8));
      const back = si - sentenceIndex(starts, m.start);
      set(a, back <= 0 ? 'sameSent' : back === 1 ? 'sent1' : back === 2 ? 'sent2' : 'far');
      if (paraOf(flat, m.start) !== para) set(a, 'otherPara');
    }
    set(a, beforeQuote ? 'before' : 'after');
    if (c.cue && Math.abs(c.cue.start - m.end) <= 3) set(a, 'subj');
    // "said Virginia delegate Beau Correll": the place before the role is no subject; "calling him/Smith …": the object.
    const modifies = MODIFIER.test(flat.slice(m.end, m.end + 40));
    if (c.cue && Math.abs(m.start - c.cue.end) <= 3 && !modifies)
      set(a, OBJECT_CUES.test(c.cue.text) ? 'objOfCue' : 'subjAfter');
    if (
      c.cue &&
      m.end <= c.cue.start &&
      c.cue.start - m.end < 130 &&
      /^(?:\s*\([^()]{1,30}\))?,[^,]{2,120},\s*$/.test(flat.slice(m.end, c.cue.start))
    )
      set(a, 'subj');
    // "Jane Doe, chair of the Platform Committee, said": the body named in an apposition is not the subject.
    if (
      c.cue &&
      m.end <= c.cue.start &&
      c.cue.start - m.end < 40 &&
      /^[^,]{0,30},\s*$/.test(flat.slice(m.end, c.cue.start)) &&
      /,\s+\p{Ll}[^,]{0,100}$/u.test(flat.slice(Math.max(0, m.start - 110), m.start))
    )
      set(a, 'inAppos');
    // "a senior Cruz adviser said", "the New York businessman": a name modifying a described speaker.
    if (
      NOUN_AFTER.test(flat.slice(m.end, m.end + 30)) &&
      DET_BEFORE.test(flat.slice(Math.max(0, m.start - 40), m.start))
    )
      set(a, 'nounModifier');
    // The subject of a verb is who a later "he said" most often means; a name inside a relative clause seldom is.
    const rest = flat.slice(m.end, m.end + 160);
    if (SUBJECT_OF_VERB.test(rest) && !PASSIVE.test(rest)) set(a, 'subjectLike');
    if (/,\s+(?:who|which|whose|where|when)\s[^,.;]{0,100}$/.test(flat.slice(Math.max(0, m.start - 110), m.start)))
      set(a, 'inRelative');
    if (
      flat.slice(Math.max(0, m.start - 3), m.start).trim() === '' ||
      sentenceAt(starts, flat.length, m.start)[0] === m.start
    )
      set(a, 'sentInit');
    if (m.title || ROLE_BEFORE.exec(flat.slice(Math.max(0, m.start - 24), m.start))?.[1]?.length) set(a, 'titled');
    if (m.org) set(a, 'org');
    if (isPlace(m.name)) set(a, 'place');
    // "the senator said" after "Sen. Jane Doe": the description fits this name's title.
    if (
      head &&
      ` ${m.title ?? ''} ${flat.slice(Math.max(0, m.start - 30), m.start)} ${APPOSED.exec(flat.slice(m.end, m.end + 60))?.[0] ?? ''} `
        .toLowerCase()
        .includes(`${head} `)
    )
      set(a, 'headMatch');
    if (a.name.includes(' ')) set(a, 'multi');
    if (/\band\s+$/.test(flat.slice(Math.max(0, m.start - 5), m.start))) set(a, 'afterAnd');
    if (modifies) set(a, 'modifier');
    // "said Virginia delegate Beau Correll": the name after the modifier and role is the cue's subject.
    if (c.cue && m.start > c.cue.end && ROLE_AFTER_CUE.test(flat.slice(c.cue.end, m.start))) set(a, 'subjAfter');
    if (/according\s+to\s+(?:the\s+)?$/i.test(flat.slice(Math.max(0, m.start - 18), m.start))) set(a, 'accordingTo');
    if (/^['’]s\b/.test(flat.slice(m.end, m.end + 3))) set(a, 'possessive');
    if (
      /\b(?:in|of|to|with|for|at|by|from|on|about|against|than)\s+(?:the\s+)?$/.test(
        flat.slice(Math.max(0, m.start - 14), m.start),
      )
    )
      set(a, 'afterPrep');
    if (beforeQuote) {
      recency++;
      set(a, 'recency', 1 / recency);
      if (!recentPersonSeen && !m.org) {
        recentPersonSeen = true;
        set(a, 'recentPerson');
      }
    } else if (m.start >= c.close && m.start - c.close < 40) set(a, 'inTrail');
    set(a, 'salience', Math.min(1, Math.log1p(m.nth + 1) / 4));
  }
  if (c.rule) {
    // The rules' phrase may run over a full stop ("Sanders’. The Sanders") or keep an article.
    const name = (c.rule.name.split(/(?<=\p{L}{2}['’]?)\.\s+/u).pop() ?? c.rule.name).replace(
      /^(?:The|A|An|One)\s+(?=\p{Lu})/u,
      '',
    );
    const a = get(name, c.rule.role);
    a.name = name;
    a.role = c.rule.role ?? a.role;
    set(a, 'rule');
    if (c.ruleKind === 'name') set(a, 'ruleName');
    if (c.ruleKind === 'pronoun') set(a, 'rulePronoun');
    if (c.ruleKind === 'nominal') set(a, 'ruleNominal');
  }
  if (c.nominal) {
    const name = c.nominal.replace(/^(?:the|a|an)\s+/i, '');
    set(get(name, null), 'nominalSubj');
  }
  if (c.prev) {
    const a = get(c.prev.name, c.prev.role);
    set(a, 'prev');
    if (c.prevSameParagraph) set(a, 'prevPara');
  }
  const last = c.last;
  if (last) set(get(last.name, last.role), 'lastSpeaker');
  for (const r of c.recent) set(get(r.name, r.role), 'recentSpeaker');
  return [...accs.entries()].map(([k, a]) => {
    const at = (f: Feature): number => a.f[INDEX[f]] ?? 0;
    set(a, 'spoke', Math.min(1, Math.log1p(c.timesSpoken(k)) / 3));
    if (!/^\p{Lu}/u.test(a.name)) set(a, 'nominal');
    if (!c.cue) {
      set(a, 'noCueXprev', at('prev'));
      set(a, 'noCueXrecent', at('recentPerson'));
      set(a, 'noCueXsameSent', at('sameSent'));
    }
    if (c.atStart) set(a, 'atStartXprev', at('prev'));
    if (c.ruleKind === 'pronoun') set(a, 'pronounXrecent', at('recentPerson'));
    const sex = c.gender.get(k) ?? 0;
    const want = /^(?:he|him|his)$/i.test(c.pronoun ?? '') ? 1 : /^(?:she|her)$/i.test(c.pronoun ?? '') ? -1 : 0;
    if (want !== 0 && sex * want > 0) set(a, 'genderAgree');
    if (want !== 0 && sex * want < 0) set(a, 'genderClash');
    if (want !== 0 && at('org')) set(a, 'orgXpersonPronoun');
    if (want !== 0 && at('place')) set(a, 'placeXpersonPronoun');
    const words = a.name.split(' ');
    if (words.length <= 2 && DEMONYM.test(words[0] ?? '')) set(a, 'demonym');
    if (GROUP.test(words[0] ?? '') || GROUP.test(words[words.length - 1] ?? '')) set(a, 'group');
    if (want !== 0 && at('group')) set(a, 'groupXpersonPronoun');
    return { name: a.name, role: a.role, at: a.role ? -1 : a.at, f: expand(a.f, c.ruleKind === 'pronoun', !c.cue) };
  });
}
