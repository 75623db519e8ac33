/** Titles told from names: "Sen. Jane Doe" is Jane Doe, whose role is Senator. */
import { speakerKindOf } from '../speakers/speakerKindOf';
import { ORG_WORDS, ROLE_NOUNS, TITLE_ABBREVIATIONS, TITLE_RE } from './lexicon';
import { isRoleWord } from './subject';

/** Words that make "Democratic National Convention" or "House Republican Majority Leader" no person after a party word. */
const INSTITUTION_WORD =
  /^(?:National|Convention|Conference|Caucus|Establishment|Leadership|Senate|House|Congress|Primary|Primaries|Debate|Platform|Base|Nomination|Majority|Minority|Leader|Whip|Candidates?|Hopefuls?|Voters|Women|Men|Plan|Street|Tax|Party)$/;
/** Words before a name's abbreviated title, or before a party word, and the name: see stripTitle. */
const STACKED = [
  /^(\S.*?)\s+((?:Sen|Rep|Gov|Lt|Gen|Dr|Prof|Rev)\.\s+\p{Lu}\p{Ll}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,2})$/u,
  /^((?:\S.*?\s)?(?:Republican|Democrat|Democratic|GOP))\s+(\p{Lu}\p{Ll}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,2})$/u,
];

/**
 * Splits leading titles off a name: "Sen. Jane Doe" → { name: "Jane Doe", title: "Sen." },
 * "Secretary of State Antony Blinken" → title "Secretary of State", "Foreign Ministry
 * spokesperson Hua Chunying" → title "Foreign Ministry spokesperson". The one place
 * titles are told from names: the suggester and "New speaker from selection" both use it.
 */
export function stripTitle(name: string): { name: string; title: string | null } {
  const bare = name.replace(/^(?:the|The)\s+/, '').replace(/(?<=\p{Ll}{2})\.$/u, '');
  // Titles stacked before a name ("Speaker of the House Rep. Paul Ryan", "House Republican Thomas Massie"):
  // the name is what follows the last abbreviated title or party word.
  const stacked = STACKED.map((re) => re.exec(bare)).find(Boolean);
  if (
    stacked?.[1] &&
    stacked[2] &&
    !stacked[2].split(' ').some((w) => ORG_WORDS.test(w) || INSTITUTION_WORD.test(w) || isRoleWord(w)) &&
    speakerKindOf(stacked[2]) === 'person'
  ) {
    const inner = stripTitle(stacked[2]);
    return { name: inner.name, title: [stacked[1].trim(), inner.title].filter(Boolean).join(' ') };
  }
  const parts = bare.split(' ');
  let lead = 0;
  while (lead < parts.length - 2 && isRoleWord(parts[lead] ?? '')) lead++;
  // "Secretary of Defense": a title runs on through "of"; no name follows the role word.
  if (/^\p{Ll}/u.test(parts[lead] ?? '')) lead = 0;
  const m = TITLE_RE.exec(bare);
  const titled = m && bare.length > m[0].length ? m[0].trim() : null;
  // "Secretary of State …": the listed title reaches further than the role word alone.
  if (lead > 0 && !(titled && titled.length > parts.slice(0, lead).join(' ').length)) {
    return { name: parts.slice(lead).join(' '), title: parts.slice(0, lead).join(' ') };
  }
  const hon = /^(?:Mr|Mrs|Ms|Mx|Miss)\.?\s+/.exec(bare);
  if (hon) return { name: bare.slice(hon[0].length), title: null };
  if (titled) return { name: bare.slice(titled.length).trim(), title: titled };
  // A lower-case role noun before a capitalised name: "Foreign Ministry spokesperson Hua Chunying".
  for (let i = parts.length - 2; i >= 0; i--) {
    const word = parts[i] ?? '';
    if (!/^\p{Lu}/u.test(parts[i + 1] ?? '')) break;
    if (word === word.toLowerCase() && ROLE_NOUNS.test(word) && !/^(?:and|of|at|for|the)$/.test(word)) {
      return { name: parts.slice(i + 1).join(' '), title: parts.slice(0, i + 1).join(' ') };
    }
  }
  return { name: bare, title: null };
}

/** A title as a role reads it: abbreviations in full ("Sen." → "Senator", "Lt. Gov." → "Lieutenant Governor"). */
export function roleFromTitle(title: string): string {
  return title
    .split(' ')
    .map((w) => TITLE_ABBREVIATIONS[w] ?? w)
    .join(' ');
}
