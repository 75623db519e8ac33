/**
 * Verbs and nouns that report what someone said, thought or meant to do: the cues of indirect
 * statements in the wider sense news coding uses ("X believes that …", "X wants to …",
 * "X's claim that …"). Written as base forms; every inflection is generated, so a list stays short.
 */

const IRREGULAR: Readonly<Record<string, string[]>> = {
  say: ['said'],
  think: ['thought'],
  know: ['knew', 'known'],
  feel: ['felt'],
  find: ['found'],
  write: ['wrote', 'written'],
  tell: ['told'],
  seek: ['sought'],
  hold: ['held'],
  foresee: ['foresaw', 'foreseen'],
  mean: ['meant'],
  understand: ['understood'],
  swear: ['swore', 'sworn'],
  forget: ['forgot', 'forgotten'],
  teach: ['taught'],
  show: ['shown'],
  see: ['saw', 'seen'],
};

/** "argue" → argue, argues, argued, arguing; "plan" → plans, planned, planning; "worry" → worries, worried. */
export function inflect(base: string): string[] {
  const out = new Set([base, ...(IRREGULAR[base] ?? [])]);
  if (/[^aeiou]y$/.test(base)) {
    const stem = base.slice(0, -1);
    out.add(`${stem}ies`).add(`${stem}ied`).add(`${base}ing`);
  } else if (/(?:s|sh|ch|x|z)$/.test(base)) out.add(`${base}es`).add(`${base}ed`).add(`${base}ing`);
  else if (/e$/.test(base))
    out
      .add(`${base}s`)
      .add(`${base}d`)
      .add(`${base.slice(0, -1)}ing`);
  else if (/^(?:plan|admit|regret|commit|submit|omit|vow)$/.test(base) && !/w$/.test(base)) {
    const d = `${base}${base.slice(-1)}`;
    out.add(`${base}s`).add(`${d}ed`).add(`${d}ing`);
  } else out.add(`${base}s`).add(`${base}ed`).add(`${base}ing`);
  return [...out];
}

/** Verbs of saying, believing and knowing that take a that-clause (or a bare clause after "that" is dropped). */
const THAT_BASES =
  'say argue claim insist warn predict contend hint signal charge allege assure remind inform write tweet post report tell believe think expect hope know feel fear worry show find promise vow pledge announce acknowledge admit concede declare explain note observe stress emphasize emphasise suggest indicate reveal confirm deny maintain recall estimate agree add reply respond answer comment testify assert complain boast brag joke lament speculate guess reckon figure imagine suspect assume doubt realize realise recognize recognise understand learn conclude decide determine rule demand propose recommend mention imply point worry hear read see forecast fret muse concur counter retort protest object caution advise urge announce disclose state theorize theorise swear acknowledge grant recount';

/** Verbs of intending and committing that take a to-infinitive ("wants to …", "refused to …"). */
const TO_BASES =
  'want plan hope intend vow promise pledge threaten refuse decline agree decide expect seek aim prefer offer propose wish swear resolve demand vote';

/** Verbs that take an object and then a to-infinitive ("urged Congress to …", "asked voters to …"). */
const OBJECT_TO_BASES = 'urge ask tell call encourage press challenge invite warn implore beg advise force pressure';

const words = (s: string): string[] => [...new Set(s.split(/\s+/).filter(Boolean))];
const alternation = (forms: string[]): string => forms.sort((a, b) => b.length - a.length).join('|');

/** Regex source: any inflection of a that-taking verb. */
export const THAT_VERB_SRC = `(?:${alternation(words(THAT_BASES).flatMap(inflect))})`;
/** Regex source: any inflection of a to-taking verb. */
export const TO_VERB_SRC = `(?:${alternation(words(TO_BASES).flatMap(inflect))})`;
/** Regex source: any inflection of a verb that takes an object before its to-infinitive ("call on" included). */
export const OBJECT_TO_VERB_SRC = `(?:${alternation(words(OBJECT_TO_BASES).flatMap(inflect))})(?:\\s+on)?`;

/** Nouns that report a view, claim or plan and take a that-clause ("Trump's claim that …"). */
export const CLAIM_NOUN_SRC =
  '(?:view|claim|belief|argument|assertion|insistence|suggestion|allegation|contention|charge|warning|hope|fear|concern|assessment|conclusion|prediction|admission|assurance|accusation|complaint|suspicion|conviction|promise|pledge|vow|threat|demand|plan|proposal|decision|intention|desire|refusal|bid|effort|call)s?';
