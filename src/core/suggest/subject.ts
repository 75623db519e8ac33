/** Noun phrases around a speech verb: the subject before it ("X said") or after it ("said X"). */
import { FUNCTION_CAPS, NOMINAL_HEADS, ORG_WORDS, PRONOUNS, ROLE_NOUNS } from './lexicon';

/** A speaker phrase as written: a name (with its role), a pronoun, or a nominal ("the ministry"). */
export interface Mention {
  kind: 'name' | 'pronoun' | 'nominal';
  text: string;
  role: string | null;
}

const TRAIL =
  /(?:\s+|,)(?:has|had|have|also|later|then|previously|recently|reportedly|further|again|once|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?:on|in|at|during)\s+(?:a|an|the)\s+[\w-]+(?:\s+[\w-]+)?|in\s+(?:a|an)\s+[\w-]+|[A-Z][a-z]+day|yesterday|today|last\s+\w+|this\s+\w+|earlier|once\s+more|,)\s*$/;
const CONNECT = new Set(['of', 'the', 'for', 'and', 'de', 'du', 'van', 'von', 'der', 'al', 'bin', 'la', 'le', 'da']);
const DETERMINERS = /^(?:the|a|an|his|her|their|its|our|one|another|this|that|some|many|several|other)$/i;
const COORD = /((?:[A-Z][\p{L}.'’-]*\s+)*[A-Z][\p{L}.'’-]*)(?:\s*\([^)]*\))?\s+(?:[a-z]+ed|[a-z]+s)\b/u;
const ROLE_NAME =
  /^(?:(?:the|a|an)\s+)?((?:[A-Z][\p{L}.'’-]*\s+)*[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}),\s+([A-Z][\p{L}.'’-]*(?:\s+[A-Z][\p{L}.'’-]*)+)/u;
const EXTRA_ROLES =
  /^(?:pilot|coach|nurse|farmer|teacher|economist|historian|pastor|priest|rabbi|imam|chef|driver|owner|resident|witness|victim|worker|engineer|architect|designer|artist|singer|actor|actress|writer|novelist|poet|player|captain|manager|trainer|veteran|soldier|sergeant|lieutenant|colonel|general|spokesperson|consultant|strategist|pollster|organizer|organiser|volunteer|surgeon|scholar|sociologist|psychologist|biologist|physicist|chemist|geologist|climatologist|epidemiologist|virologist)$/;
/** A determiner and up to three modifiers before a common noun, ending the phrase. */
const DESCRIBED =
  /(?:^|\s)((?:the|a|an|one|another|some|many|several|two|three|both|his|her|their|its)\s+(?:[\p{L}'’-]+\s+){0,3}[a-z][a-z-]{1,})$/iu;
/** A name's possession: "Hillary Clinton’s right-hand woman", "Sanders’ campaign manager". */
const POSSESSED =
  /(?:^|\s)((?:\p{Lu}[\p{L}.-]*\s+){0,3}(?!(?:It|That|There|Here|What|Who|He|She|Let)['’])\p{Lu}[\p{L}.-]*(?:['’]s|s['’])\s+(?:[\p{L}-]+\s+){0,2}[a-z][a-z-]{1,})$/u;
/** Capitalised modifiers before a plural: "White House officials", "Sanders’ aides". */
const PLURAL_GROUP = /(?:^|\s)((?:\p{Lu}[\p{L}.'’-]*\s+){1,3}[a-z]{3,}s)$/u;
/** Last words that end no speaker phrase: adverbs, auxiliaries, function words. */
const NOT_NOUN =
  /^(?:\w+ly|has|had|have|was|were|is|are|be|been|will|would|could|should|may|might|must|can|did|does|do|also|then|not|never|still|just|even|only|who|which|that|this|what|when|where|while|and|but|or|of|to|in|on|at|by|for|with|from|as|than|about|after|before|over|into|time|year|week|day|month|statement|interview|speech|email|letter)$/i;
const CAP = /^(?!X{2,})[A-Z\p{Lu}][\p{L}\p{N}.'’&-]*$/u;

function strip(s: string): string {
  let out = s.replace(/\s+/g, ' ');
  for (let i = 0; i < 6; i++) {
    const m = TRAIL.exec(out);
    if (!m || m[0].length === 0) break;
    out = out.slice(0, m.index);
  }
  return out.replace(/[\s,]+$/, '').trim();
}

/**
 * The speaker phrase that ends `left` (the text just before a speech verb), or null. `strict`
 * (quotations) accepts a described speaker only when its noun can name someone who speaks;
 * indirect speech keeps any, since the clause is worth finding even when its speaker is unclear.
 */
export function subjectBefore(left: string, strict = false): Mention | null {
  let s = strip(left);
  let extraRole: string | null = null;
  const paren = /\s*\(([^()]{1,40})\)$/.exec(s);
  if (paren) {
    extraRole = paren[1] ?? null;
    s = s.slice(0, paren.index).trim();
  }
  const coord = /\s(?:but|and|yet|then)$/.test(s) ? COORD.exec(s) : null;
  if (coord?.[1]) return subjectBefore(s.slice(0, coord.index + coord[0].indexOf(coord[1]) + coord[1].length), strict);
  const tail = s.split(' ').pop() ?? '';
  if (PRONOUNS.has(tail.toLowerCase())) return { kind: 'pronoun', text: tail, role: null };
  const appo = /^(.*\S),\s+([^,]{1,80})$/.exec(s.endsWith(',') ? s.slice(0, -1) : s);
  if (
    appo &&
    !FUNCTION_CAPS.has(appo[1]?.split(' ')[0] ?? '') &&
    CAP.test(appo[1]?.split(' ').pop() ?? '') &&
    !/\b(?:said|says)\b|^(?:but|and|or|so|yet|then|while|when|as|because|if|though|although)\b/.test(appo[2] ?? '') &&
    // An apposition describes ("the ministry's spokesman"); a bare name after a comma is the subject itself.
    /\p{Ll}{2}|\d/u.test((appo[2] ?? '').replace(/(?:^|\s)\p{Lu}[\p{L}.'’-]*/gu, ''))
  ) {
    const inner = subjectBefore(appo[1] ?? '', strict);
    const appRole = /^(?:who|which|whose|\d+)\b/.test(appo[2] ?? '') ? null : (appo[2] ?? null);
    if (inner && inner.kind === 'name') return { ...inner, role: joinRole(inner.role, appRole) };
  }
  const words = s.split(' ').filter(Boolean);
  if (words.length === 0) return null;
  const last = words[words.length - 1] ?? '';
  if (PRONOUNS.has(last.toLowerCase())) return { kind: 'pronoun', text: last, role: null };
  let i = words.length - 1;
  while (i >= 0 && (CAP.test(words[i] ?? '') || (CONNECT.has(words[i] ?? '') && i > 0 && i < words.length - 1))) i--;
  let first = i + 1;
  while (first < words.length && (FUNCTION_CAPS.has(words[first] ?? '') || CONNECT.has(words[first] ?? ''))) first++;
  if (first < words.length && CAP.test(last)) {
    for (let j = words.length - 2; j > first; j--) {
      if (
        ORG_WORDS.test(words[j] ?? '') &&
        !ORG_WORDS.test(last) &&
        words.length - j > 2 &&
        words.slice(j + 1).every((w) => !CONNECT.has(w))
      ) {
        first = j + 1;
        break;
      }
    }
    while (first < words.length - 1 && isRoleWord(words[first] ?? '')) first++;
    let name = words.slice(first).join(' ');
    const ofOrg = /^((?:[A-Z][\p{L}'’-]+ ){1,2}[A-Z][\p{L}'’-]+) ((?:of|at|from) .+)$/u.exec(name);
    if (
      ofOrg?.[1] &&
      !ofOrg[1].split(' ').some((w) => ORG_WORDS.test(w)) &&
      !ORG_WORDS.test(ofOrg[2]?.split(' ').pop() ?? '')
    ) {
      extraRole = [ofOrg[2] ?? '', extraRole ?? ''].join(' ').trim();
      name = ofOrg[1];
    }
    let r = i;
    while (
      r >= 0 &&
      (ROLE_NOUNS.test(words[r] ?? '') || (CAP.test(words[r] ?? '') && !FUNCTION_CAPS.has(words[r] ?? '')))
    )
      r--;
    const rolePart = words
      .slice(r + 1, first)
      .filter((w) => !DETERMINERS.test(w))
      .join(' ');
    const role = rolePart && !/^(?:of|and|for|the)$/.test(rolePart) ? rolePart : null;
    return { kind: 'name', text: name, role: joinRole(role, extraRole) };
  }
  const lower = words.slice(-6);
  for (let k = 0; k < lower.length - 1; k++) {
    if (
      DETERMINERS.test(lower[k] ?? '') &&
      isHead(lower[k + 1] ?? '') &&
      (k + 2 === lower.length || /^(?:for|of|at|with)$/.test(lower[k + 2] ?? ''))
    ) {
      return { kind: 'nominal', text: lower.slice(k).join(' '), role: null };
    }
  }
  for (let k = lower.length - 2; k >= 0; k--) {
    if (DETERMINERS.test(lower[k] ?? '') && isHead(lower[lower.length - 1] ?? '')) {
      return { kind: 'nominal', text: lower.slice(k).join(' '), role: null };
    }
  }
  if (
    /^(?:officials|police|authorities|experts|critics|analysts|researchers|scientists|witnesses|residents|prosecutors|investigators|organizers|organisers|sources|individuals|people|users|posters|members|students|parents|observers|protesters|protestors|lawmakers|economists|doctors)$/i.test(
      last,
    )
  ) {
    return {
      kind: 'nominal',
      text: words
        .slice(-2)
        .join(' ')
        .replace(/^.*\s(?=\S+$)/, (p) => (/^[a-z]/.test(p) ? p : '')),
      role: null,
    };
  }
  // Any described speaker: "the gambling tycoon", "the Christie supporter", "White House officials".
  const described = DESCRIBED.exec(s) ?? POSSESSED.exec(s) ?? PLURAL_GROUP.exec(s);
  // A two-letter head ("the ad") only where it must name a speaker: in indirect speech "a go" is no one.
  if (described?.[1] && !NOT_NOUN.test(last) && (strict ? speakerHead(last) : last.length > 2))
    return { kind: 'nominal', text: described[1], role: null };
  return null;
}

/** The speaker phrase that starts `right` (the text just after a speech verb: "said Jane Doe"). */
export function subjectAfter(right: string): Mention | null {
  const s = right.replace(/\s+/g, ' ').trim();
  const pro = /^(he|she|they|we|I)\b/i.exec(s);
  if (pro) return { kind: 'pronoun', text: pro[1] ?? '', role: null };
  const rn = ROLE_NAME.exec(s);
  if (rn?.[2] && ROLE_NOUNS.test(rn[1]?.split(' ').pop() ?? ''))
    return { kind: 'name', text: rn[2], role: rn[1] ?? null };
  const det = /^(?:[Tt]he|[Aa]n?|[Oo]ne)((?:\s+[a-z0-9][\w-]*){1,4})/.exec(s);
  if (det?.[1]) {
    const ws = det[1].trim().split(/\s+/);
    const h = ws
      .map((w, i) => (isHead(w) ? i : -1))
      .filter((i) => i >= 0 && !/^(?:for|of|at|with|by|on|in)$/.test(ws[i - 1] ?? ''))
      .pop();
    if (h !== undefined)
      return { kind: 'nominal', text: `${s.split(/\s+/)[0] ?? ''} ${ws.slice(0, h + 1).join(' ')}`, role: null };
  }
  // "said Huckabee campaign spokesman Hogan Gidley": the name after the role noun speaks.
  const titled =
    /^((?:[A-Z][\p{L}.'’-]*\s+){1,3}(?:[a-z-]+\s+){0,3}([a-z-]+))\s+([A-Z][\p{L}'’-]*(?:\s+[A-Z][\p{L}.'’-]*)+)/u.exec(
      s,
    );
  if (titled?.[3] && ROLE_NOUNS.test(titled[2] ?? '') && !/^(?:and|of|at|for|the)$/.test(titled[2] ?? '')) {
    return { kind: 'name', text: titled[3].split(/(?<=\p{L}{2})\.\s+/u)[0] ?? titled[3], role: titled[1] ?? null };
  }
  const m =
    /^((?:(?:the|a|an)\s+)?(?:[a-z-]+\s+){0,3})?([A-Z][\p{L}.'’-]*(?:\s+(?:(?:of|the|for|and|de|van|von|al)\s+)?[A-Z][\p{L}.'’-]*)*)(?:,\s+\d+)?(,\s+(?:the|a|an)\s+[^,.]{1,80})?/u.exec(
      s,
    );
  if (m?.[2] && !FUNCTION_CAPS.has(m[2].split(' ')[0] ?? '')) {
    const pre = (m[1] ?? '').replace(/^(?:the|a|an)\s+/i, '').trim();
    const role = [pre, (m[3] ?? '').replace(/^,\s+/, '')].filter(Boolean).join(', ') || null;
    // "said KCNA. No date was given": the sentence's full stop ends the name.
    const name =
      m[2].split(/(?<!\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Prof|Rev|St|Jr|Sr))(?<=\p{L}{2})\.\s+/u)[0] ??
      m[2];
    return { kind: 'name', text: name.replace(/(?<=\p{L}{2})\.$/u, ''), role };
  }
  const nom =
    /^((?:the|a|an|his|her|their|its)\s+(?:(?!by\b|of\b|on\b|in\b|from\b)[\w-]+\s+){0,2}?(?!by\b|of\b|on\b|in\b|from\b)[\w-]+)(?=\s+(?:by|of|on|in|from)\b|[\s,.]|$)/i.exec(
      s,
    );
  if (nom?.[1] && NOMINAL_HEADS.test(nom[1].split(' ').pop() ?? ''))
    return { kind: 'nominal', text: nom[1], role: null };
  return null;
}

/**
 * A noun that can name who speaks: a role or body, an agent noun ("supporter", "strategist",
 * "chairwoman"), or a word for people. "his taxes", "the decision", "the bridge" speak for no one.
 */
const AGENT = /(?:er|or|ist|ian|man|woman|men|women|person|aire|ee|crat)s?$/;
const PEOPLE =
  /^(?:tycoon|magnate|mogul|candidate|nominee|incumbent|rival|delegate|aide|staff|source|people|police|authorities|critics|experts|analysts|officials|residents|protesters|protestors|voters|activists|democrats|republicans|conservatives|liberals|progressives|evangelicals|elite|elites|insiders|allies|ally|friend|friends|family|relative|relatives|neighbor|neighbour|child|children|kid|kids|mom|dad|veteran|veterans|guy|woman|women|man|men|couple|crowd|audience|panel|jury|caucus|camp|side|team|campaign|party|group|committee|council|board|administration|government|ministry|agency|union|network|newspaper|paper|magazine|outlet|site|website|report|statement|study|poll|survey|memo|letter|ad|advert|video|clip|tape|footage|transcript|document|filing|complaint|brief|lawsuit|suit|release|tweet|post|email|message|book|column|editorial|speech|platform|resolution|ruling|press|media)s?$/;
function speakerHead(w: string): boolean {
  const low = w.toLowerCase();
  return isHead(low) || AGENT.test(low) || PEOPLE.test(low);
}

function isHead(w: string): boolean {
  const low = w.toLowerCase();
  // "said the 46-year-old": an age stands for the person.
  if (/^\d{1,3}-year-old$/.test(low)) return true;
  return !CONNECT.has(low) && (NOMINAL_HEADS.test(low) || ROLE_NOUNS.test(low) || EXTRA_ROLES.test(low));
}

/** True for a capitalised common role noun opening a sentence ("Economist", "Coach"). */
export function isRoleWord(w: string): boolean {
  const low = w.toLowerCase();
  return w !== low && !CONNECT.has(low) && (ROLE_NOUNS.test(low) || EXTRA_ROLES.test(low));
}

function joinRole(a: string | null, b: string | null): string | null {
  const parts = [a, b].filter((x): x is string => !!x && x.trim().length > 0);
  return parts.length ? parts.join(' ') : null;
}
