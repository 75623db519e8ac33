/** The role written next to a name: a title, a role noun phrase before it, or an apposition after it. */
import { ROLE_NOUNS } from './lexicon';
import type { NameMention } from './mentions';
import { roleFromTitle } from './stripTitle';

const APPOSITION =
  /^,\s+((?:the|a|an|his|her|its|their)\s+)?([^,.;"“”()]{3,80}?)(?=,|\.|;|\s+(?:said|says|told|added)\b)/;
const ROLE_WORD = /\b(?:spokes(?:person|man|woman)|[a-z]+(?:ist|er|or|ian|ant|ent))\b/;

/** The role beside mention `i` of `flat`, or null: "Foreign Ministry spokesperson Hua Chunying" → "Foreign Ministry spokesperson". */
export function mentionRole(flat: string, mentions: readonly NameMention[], i: number): string | null {
  const m = mentions[i];
  if (!m) return null;
  const parts: string[] = [];
  if (m.title) parts.push(roleFromTitle(m.title));
  const gap = /(?:^|\s)((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s+$/.exec(flat.slice(Math.max(0, m.start - 40), m.start));
  const head = gap?.[1]?.split(/\s+/).pop() ?? '';
  if (gap?.[1] && ROLE_NOUNS.test(head) && !/^(?:and|of|at|for|the)$/.test(head)) {
    const lead = mentions[i - 1];
    const words = gap[1].split(/\s+/).filter((w) => !/^(?:the|a|an|and|of|at|for|to|said|says|by|with|in|on)$/.test(w));
    const adj = lead && m.start - lead.end <= gap[0].length + 1 ? `${flat.slice(lead.start, lead.end)} ` : '';
    const roleWords = words.slice(
      words.findIndex((w) => ROLE_NOUNS.test(w) || /^(?:former|deputy|vice|senior|chief|foreign|press)$/.test(w)),
    );
    if (roleWords.length) parts.push(`${adj}${roleWords.join(' ')}`);
  }
  if (parts.length === 0) {
    const app = APPOSITION.exec(flat.slice(m.end, m.end + 120));
    const body = app?.[2]?.trim() ?? '';
    if (
      body &&
      !/^(?:who|which|whose|that|where|when|and|but|said|says|according)\b/.test(body) &&
      !/^\d/.test(body) &&
      (ROLE_WORD.test(body) || body.split(/\s+/).some((w) => ROLE_NOUNS.test(w)))
    )
      parts.push(body);
  }
  return parts.length ? parts.join(' ') : null;
}
