/** Every capitalised name in an article, with its offsets: the pool speaker candidates are drawn from. */
import { speakerKindOf } from '../speakers/speakerKindOf';
import {
  CONTRACTION,
  FUNCTION_CAPS,
  HEADLINE_VERB,
  LY_ADVERB,
  LEAD_ADJ,
  ORG_WORDS,
  ROLE_NOUNS,
  TITLE_ABBREVIATIONS,
} from './lexicon';
import { stripTitle } from './stripTitle';

/** A name as written at one place in the text, title split off. */
export interface NameMention {
  start: number;
  end: number;
  name: string;
  title: string | null;
  org: boolean;
  /** How many earlier mentions share this one's last word (salience). */
  nth: number;
}

// "and" does not join a run: "Patrick Megahan and Chris Harman" are two people.
const RUN =
  /\p{Lu}[\p{L}\p{N}'’&.-]*(?:\s+(?:(?:of|for|de|van|von|al|bin|la|le|da|du|del)(?:\s+the)?\s+)?\p{Lu}[\p{L}\p{N}'’&.-]*)*/gu;
/** A descriptive compound ("Los Angeles-based", "African-American") or a headline in capitals is no one's name. */
const DESCRIPTIVE =
  /-(?:based|born|linked|led|backed|owned|run|funded|style|bred|made|American|Americans)$|^\p{Lu}{4,}$/u;
/** "Donald Hartley of Madison": the person, and where from as part of the role. */
const OF_PLACE = /^((?:\p{Lu}[\p{L}'’-]+ ){1,2}\p{Lu}[\p{L}'’-]+) ((?:of|from) .+)$/u;
/** Capitalised words that are never a speaker on their own. */
const NOT_NAMES =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|The|A|An|No|Yes|Not|What|Why|How|Who|Where|There|Here|Now|One|Two|Three|All|Some|Many|Most|Several|Few|Multiple|Various|Numerous|Such|Even|Just|Only|Both|Each|Every|Other|Another|Do|Does|Did|Is|Was|Are|Were|Has|Have|Had|Says|Tells|Said|Told|Calls|Slams|Blasts|Warns|Urges|Asks|Wants|Thinks|Vows|Rips|Hits|Responds|Explains|Admits|Claims|Defends|Attacks|Praises|Endorses|Will|Would|Can|Could|Should|Editor|Photo|Related|Advertisement|Image|Read|More)$/;
/** A party or side before a name: "Republican Marco Rubio" is Marco Rubio, a Republican. */
const PARTY =
  /^(Republican|Democratic|Democrat|GOP|Labour|Conservative|Liberal|Independent)\s+(?=\p{Lu}\p{Ll}+\s+\p{Lu})/u;
/** A day written after a name ("United States Tuesday"). */
const TRAILING_DAY = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
/** A word ending in a full stop that does not end the name ("U.S.", "Sen.", "J."). */
const KEEP_DOT = /^(?:(?:\p{Lu}\.)+|(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Inc|Co|Corp|Ltd)\.)$/u;

function pieces(run: string, at: number): { start: number; text: string }[] {
  const out: { start: number; text: string }[] = [];
  let from = 0;
  for (const m of run.matchAll(/\S+\s*/g)) {
    const word = m[0].trimEnd();
    const end = (m.index ?? 0) + m[0].length;
    const cut =
      word.endsWith('.') && !KEEP_DOT.test(word) && !(word in TITLE_ABBREVIATIONS)
        ? 1
        : /\p{L}['’]s$/u.test(word)
          ? 2
          : 0;
    // "the U.S. He said": a pronoun or "While" after an abbreviation's full stop opens a sentence; a headline's
    // verb in capitals ("Howard Dean Tells Democrats") ends the name before it.
    const afterDot = /\.$/.test(run.slice(from, m.index ?? 0).trimEnd()) && FUNCTION_CAPS.has(word);
    if (cut === 0 && from < (m.index ?? 0) && (afterDot || HEADLINE_VERB.test(word))) {
      out.push({ start: at + from, text: run.slice(from, m.index ?? 0).trimEnd() });
      from = m.index ?? 0;
    }
    if (cut > 0) {
      // A sentence's full stop ("KCNA. No") or a possessive ("Obama’s Affordable Care Act") ends the name.
      out.push({ start: at + from, text: run.slice(from, (m.index ?? 0) + word.length - cut) });
      from = end;
    }
  }
  if (from < run.length) out.push({ start: at + from, text: run.slice(from).trimEnd() });
  return out;
}

/** The names of `flat` (quotation contents blanked) in reading order. */
export function nameMentions(flat: string): NameMention[] {
  const out: NameMention[] = [];
  const seen = new Map<string, number>();
  // A capitalised word opening a sentence is an ordinary word when the article also writes it in lower case ("Reached by phone, …").
  const lower = new Set(flat.match(/(?<![\p{L}'’])\p{Ll}[\p{L}'’]*/gu) ?? []);
  const ordinary = (w: string, at: number): boolean =>
    /(?:^|[.!?:]["”’]?\s+|\n\s*)$/.test(flat.slice(Math.max(0, at - 4), at)) && lower.has(w.toLowerCase());
  const atSentenceStart = (at: number): boolean =>
    /(?:^|[.!?:]["”’]?\s+|\n\s*)$/.test(flat.slice(Math.max(0, at - 4), at));
  for (const m of flat.matchAll(RUN)) {
    for (const p of pieces(m[0], m.index ?? 0)) {
      let words = p.text.split(/\s+/).filter(Boolean);
      let start = p.start;
      while (
        words.length > 0 &&
        (FUNCTION_CAPS.has(words[0] ?? '') ||
          NOT_NAMES.test((words[0] ?? '').replace(/\.$/, '')) ||
          /^X{2,}/.test(words[0] ?? '') ||
          /^\p{Ll}/u.test(words[0] ?? '') ||
          LEAD_ADJ.test(words[0] ?? '') ||
          ordinary(words[0] ?? '', start) ||
          CONTRACTION.test(words[0] ?? '') ||
          (words.length === 1 &&
            LY_ADVERB.test(words[0] ?? '') &&
            atSentenceStart(start) &&
            flat.charAt(start + (words[0] ?? '').length) === ','))
      ) {
        start = flat.indexOf(words[1] ?? '', start + (words[0] ?? '').length);
        words = words.slice(1);
      }
      const blank = words.findIndex((w) => /^X{2,}/.test(w));
      if (blank >= 0) words = words.slice(0, blank);
      while (
        words.length > 0 &&
        (/^(?:of|the|for|and|de|van|von|al|bin|la|le|da|du|del)$/.test(words[words.length - 1] ?? '') ||
          (words.length > 1 && TRAILING_DAY.test(words[words.length - 1] ?? '')))
      )
        words.pop();
      if (words.length === 0 || words.length > 8 || words.some((w) => DESCRIPTIVE.test(w))) continue;
      // "Reached by phone, …", "Promising that …": a participle opening a sentence is no one's name.
      if (words.length === 1 && /^\p{Lu}\p{Ll}+ing$/u.test(words[0] ?? '') && atSentenceStart(start)) continue;
      // "Reached by phone, …", "Asked about …": a past participle and its preposition open a sentence.
      if (
        words.length === 1 &&
        /^\p{Lu}\p{Ll}+ed$/u.test(words[0] ?? '') &&
        atSentenceStart(start) &&
        /^\s+(?:by|about|on|for|in|at|with|after|whether|if)\b/.test(flat.slice(start + (words[0] ?? '').length))
      )
        continue;
      const text = words
        .join(' ')
        .replace(/['’]s$/, '')
        .replace(/[.'’-]+$/, '');
      const party = PARTY.exec(text);
      const stripped = stripTitle(party ? text.slice(party[0].length) : text);
      const from = OF_PLACE.exec(stripped.name);
      const place =
        from && !from[1]?.split(' ').some((w) => ORG_WORDS.test(w)) && !ORG_WORDS.test(from[2]?.split(' ').pop() ?? '')
          ? from
          : null;
      const name = place?.[1] ?? stripped.name;
      const title = [party?.[1], stripped.title, place?.[2]].filter(Boolean).join(' ') || null;
      // A title alone ("Secretary of Defense") names an office, not who holds it.
      if (!name || name.length < 2 || NOT_NAMES.test(name) || /^[DRI]-/.test(name) || /^\p{Ll}/u.test(name)) continue;
      const org =
        speakerKindOf(name) === 'organization' && !ROLE_NOUNS.test(name.split(' ').pop()?.toLowerCase() ?? '');
      const key = (name.split(' ').pop() ?? name).toLowerCase();
      const nth = seen.get(key) ?? 0;
      seen.set(key, nth + 1);
      out.push({ start, end: start + text.length, name, title, org, nth });
    }
  }
  return out;
}

/** Index of the first mention starting at or after `pos` (binary search). */
export function mentionIndexAt(ms: NameMention[], pos: number): number {
  let lo = 0;
  let hi = ms.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((ms[mid]?.start ?? 0) < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
