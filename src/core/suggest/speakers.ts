/** Speaker names canonicalised within an article, and back-references resolved to earlier speakers. */
import { speakerKindOf } from '../speakers/speakerKindOf';
import { FUNCTION_CAPS, HEADLINE_VERB, LEAD_ADJ, ORG_WORDS } from './lexicon';
import { roleFromTitle, stripTitle } from './stripTitle';
import type { Mention } from './subject';

/** A resolved speaker: canonical name and role. */
export interface Speaker {
  name: string;
  role: string | null;
}

const PAREN = /\s*\(([^()]{1,30})\)/y;
const RUN = /[A-Z][\p{L}.'’-]*(?:\s+(?:(?:of|the|for|and|de|van|von|al|bin)\s+)?[A-Z][\p{L}.'’-]*)*/gu;
const isPerson = (s: Speaker): boolean =>
  /^[A-Z]/.test(s.name) && s.name.split(/\s+/).length <= 4 && speakerKindOf(s.name) === 'person';

/** One key per person or body: a name's last word ("Jane Doe" and "Doe" meet), a common noun phrase whole. */
export const speakerKey = (name: string): string =>
  (/^\p{Lu}/u.test(name) ? (name.split(' ').pop() ?? name) : name).toLowerCase();

/**
 * The words of a run of capitalised words, cut where a sentence ends ("… America. So") and at a
 * headline's verb ("Mara Voss Tells Convention"), which belongs to neither side.
 */
function pieces(run: string): string[][] {
  const out: string[][] = [];
  for (const sentence of run.split(/(?<=\p{Ll}{3}\.|\b\p{Lu}{2,}\.)\s+/u)) {
    let cur: string[] = [];
    for (const w of sentence.split(/\s+/)) {
      if (!HEADLINE_VERB.test(w)) cur.push(w);
      else if (cur.length > 0) {
        out.push(cur);
        cur = [];
      }
    }
    if (cur.length > 0) out.push(cur);
  }
  return out;
}

/** Tracks the speakers of one article in reading order. */
export class SpeakerBook {
  private readonly runs: string[][];
  private readonly people: { at: number; name: string }[] = [];
  private readonly roles = new Map<string, string>();
  private readonly history: Speaker[] = [];
  /** The speaker key of each history entry, kept beside it (see {@link recentDistinct}). */
  private readonly keys: string[] = [];
  private readonly counts = new Map<string, number>();

  constructor(text: string) {
    this.runs = [];
    for (const m of text.matchAll(RUN)) {
      for (const sentence of pieces(m[0])) {
        // Each piece is trimmed on its own: "… America. So Donald Trump" holds Donald Trump.
        let words = sentence;
        while (words.length > 1 && (FUNCTION_CAPS.has(words[0] ?? '') || LEAD_ADJ.test(words[0] ?? '')))
          words = words.slice(1);
        const piece = words.join(' ');
        const { name, title } = stripTitle(piece);
        const stripped = name.split(/\s+/);
        if (stripped.length < 2 || stripped.length > 4 || stripped.some((w) => ORG_WORDS.test(w))) {
          const pair = stripped.slice(-2);
          if (stripped.length > 2 && pair.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && !ORG_WORDS.test(w)))
            this.runs.push(pair);
          continue;
        }
        this.runs.push(stripped);
        this.people.push({ at: m.index ?? 0, name });
        const at = (m.index ?? 0) + m[0].length;
        PAREN.lastIndex = at;
        const paren = PAREN.exec(text)?.[1];
        const role = [title && roleFromTitle(title), paren].filter(Boolean).join(' ');
        if (role && !this.roles.has(name)) this.roles.set(name, role);
      }
    }
  }

  private readonly canon = new Map<string, string>();

  /** The longest full form of `name` in the article ("Doe" → "Jane Doe"), remembered per name. */
  canonical(name: string): string {
    let full = this.canon.get(name);
    if (full === undefined) {
      full = this.longest(name);
      this.canon.set(name, full);
    }
    return full;
  }

  private longest(name: string): string {
    const words = name.split(/\s+/);
    const last = words[words.length - 1] ?? '';
    let best = words;
    let given: string[] | null = null;
    for (const run of this.runs) {
      // "Fiorina and Huckabee" is two people, not Huckabee's full name.
      if (run.includes('and')) continue;
      if (run.length <= best.length || !words.every((w) => run.includes(w))) continue;
      if (run[run.length - 1] === last) best = run;
      else if (words.length === 1 && run[0] === last && run.length === 2) given ??= run;
    }
    // A single word read as a first name ("Sheldon" → "Sheldon Adelson") only when no run ends in it:
    // "Trump" is Donald Trump, not the "Trump May …" of a headline.
    return (best === words && given ? given : best).join(' ');
  }

  /** Resolves a mention (name, pronoun or nominal) and records it as the latest speaker. */
  resolve(m: Mention | null, at = Infinity): Speaker | null {
    // An article alone ("The" before a quotation's marks) names no one.
    if (!m || (m.kind === 'name' && /^(?:The|A|An|This|That|These|Those)$/.test(m.text.trim()))) return null;
    let sp: Speaker | null = null;
    if (m.kind === 'name') {
      // A title cut in two ("Secretary" + "of State Antony Blinken") is read whole again.
      const cut = m.role !== null && /^(?:of|for)\s/.test(m.text);
      const { name, title } = stripTitle(cut ? `${m.role} ${m.text}` : m.text);
      const canon = this.canonical(name);
      const role = [cut ? null : m.role, title && roleFromTitle(title)].filter(Boolean).join(' ') || null;
      if (role && !this.roles.has(canon)) this.roles.set(canon, role);
      sp = { name: canon, role: this.roles.get(canon) ?? role };
    } else if (m.kind === 'pronoun') {
      const person = this.history.length === 0 ? [...this.people].reverse().find((p) => p.at < at) : undefined;
      if (person) sp = { name: this.canonical(person.name), role: this.roles.get(person.name) ?? null };
      else
        sp = this.latest(
          /^(?:he|she|i)$/i.test(m.text) ? isPerson : /^(?:it)$/i.test(m.text) ? (s) => !isPerson(s) : () => true,
        );
    } else {
      const head = (m.text.split(' ').pop() ?? '').toLowerCase();
      for (let i = this.history.length - 1; i >= 0 && !sp; i--) {
        const h = this.history[i];
        if (h && ` ${h.name} ${h.role ?? ''} `.toLowerCase().includes(` ${head} `)) sp = h;
      }
      if (!sp && /^(?:spokes|official|minister|secretary|senator|president|prosecutor|lawyer|professor)/.test(head))
        sp = this.last();
      sp ??= { name: m.text.replace(/^(?:the|a|an)\s+/i, ''), role: null };
    }
    if (sp) this.push(sp);
    return sp;
  }

  /** The most recent speaker satisfying `ok`, else the most recent one. */
  private latest(ok: (s: Speaker) => boolean): Speaker | null {
    for (let i = this.history.length - 1; i >= 0; i--) {
      const h = this.history[i];
      if (h && ok(h)) return h;
    }
    return this.last();
  }

  /** The most recent speaker, if any. */
  last(): Speaker | null {
    return this.history[this.history.length - 1] ?? null;
  }

  /** Up to `n` distinct speakers before the latest, most recent first. */
  recentDistinct(n: number): Speaker[] {
    const out: Speaker[] = [];
    const seen = new Set<string>();
    const latest = this.last();
    if (latest) seen.add(speakerKey(latest.name));
    // Bounded look-back keeps this constant-time per quotation on long articles.
    for (let i = this.history.length - 2; i >= 0 && i >= this.history.length - 30 && out.length < n; i--) {
      const h = this.history[i];
      const key = this.keys[i] ?? '';
      if (!h || seen.has(key)) continue;
      seen.add(key);
      out.push(h);
    }
    return out;
  }

  /** How many times a speaker with this key (see {@link speakerKey}) has spoken so far. */
  timesSpoken(key: string): number {
    return this.counts.get(key) ?? 0;
  }

  private push(sp: Speaker): void {
    this.history.push(sp);
    this.keys.push(speakerKey(sp.name));
    this.count(sp, 1);
  }

  private count(sp: Speaker, by: number): void {
    const key = speakerKey(sp.name);
    this.counts.set(key, (this.counts.get(key) ?? 0) + by);
  }

  /** Puts `sp` in place of the latest speaker (the model chose another than the rules). */
  replaceLast(sp: Speaker): void {
    const prior = this.history[this.history.length - 1];
    if (prior) {
      this.count(prior, -1);
      this.history[this.history.length - 1] = sp;
      this.keys[this.keys.length - 1] = speakerKey(sp.name);
      this.count(sp, 1);
    } else this.push(sp);
  }

  /** Records `sp` as the latest speaker again (continuation of a quote). */
  repeat(sp: Speaker): void {
    this.push(sp);
  }
}
