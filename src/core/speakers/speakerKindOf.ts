import type { SpeakerKind } from '../model/speaker';
import { ORG_WORDS, ROLE_NOUNS } from '../suggest/lexicon';

/** Capitals naming a body (KCNA, UN, NATO), not a Roman numeral or Jr. */
const ACRONYM = /^\p{Lu}{2,8}$/u;
const NOT_ACRONYM = /^(?:I{2,3}|IV|VI{0,3}|IX|JR|SR)$/;
/** Dotted capitals (U.N.) name a body only on their own: "J.K. Rowling" is a person. */
const DOTTED = /^(?:\p{Lu}\.){2,6}$/u;
/** Bodies named without an organisation word. */
const BODIES = /\b(?:White House|Pentagon|Kremlin|Vatican|Downing Street|Treasury|Xinhua)\b/i;

/**
 * The kind a new speaker most likely is, from the name alone: an
 * organisation when the name holds an organisation word (Department,
 * Ministry, Agency, Committee, Inc, University, Council, Court, Bank, Police,
 * Government… — the suggester's list, in any case, so "the government"
 * counts), an acronym in capitals (KCNA, UN, NATO; dotted U.N. only on
 * its own, since J.K. are a person's initials) or a well-known body (the
 * White House, the Treasury); a person otherwise. A name ending in a person's role
 * noun ("Foreign Ministry spokesperson") is a person.
 */
export function speakerKindOf(name: string): SpeakerKind {
  const words = name
    .trim()
    .split(/\s+/)
    .map((w) => w.replace(/^[("'“‘]+|[)"'”’,;:]+$/g, ''))
    .filter((w) => w !== '');
  const last = words[words.length - 1]?.toLowerCase() ?? '';
  if (words.length > 1 && ROLE_NOUNS.test(last) && !/^(?:and|of|at|for|the)$/.test(last)) return 'person';
  if (BODIES.test(name)) return 'organization';
  if (words.length === 1 && DOTTED.test(words[0] ?? '')) return 'organization';
  const organisational = words.some(
    (w) =>
      ORG_WORDS.test(w) ||
      ORG_WORDS.test(w.charAt(0).toUpperCase() + w.slice(1)) ||
      (ACRONYM.test(w) && !NOT_ACRONYM.test(w)),
  );
  return organisational ? 'organization' : 'person';
}
