/** Which names the article itself refers back to as "he" or as "she", read from the pronoun after each mention. */
import type { NameMention } from './mentions';

const NEXT = /\b(?:(he|him|his|himself)|(she|her|hers|herself))\b/gi;

/**
 * Per last name (lower case): + for each "he/him/his" and − for each "she/her" that is the first
 * pronoun after a mention, before the next name. No name lists: the text is its own evidence.
 */
export function nameGender(flat: string, mentions: readonly NameMention[]): Map<string, number> {
  const out = new Map<string, number>();
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i] as NameMention;
    if (m.org) continue;
    const stop = Math.min(mentions[i + 1]?.start ?? flat.length, m.end + 200);
    NEXT.lastIndex = m.end;
    const p = NEXT.exec(flat);
    if (!p || p.index >= stop) continue;
    const key = (m.name.split(' ').pop() ?? m.name).toLowerCase();
    out.set(key, (out.get(key) ?? 0) + (p[1] ? 1 : -1));
  }
  return out;
}
