/** Indirect (reported) speech: a speech verb with a that-clause or bare clause, "according to X". */
import { CUE_RE_SRC } from './lexicon';
import { findIntentions } from './intentions';
import { THAT_VERB_SRC } from './reportingVerbs';
import { subjectAfter, subjectBefore, type Mention } from './subject';
import type { Span } from './types';

/** A reported clause with its cue and the phrase naming the speaker. */
export interface Reported {
  clause: Span;
  cue: Span;
  mention: Mention | null;
}

/**
 * Verbs of belief, intention and finding that report a clause but do not introduce a quotation
 * ("Trump believes …", "polls show …"): reported statements in the wider sense news coding uses.
 */
const THOUGHT =
  'believed|believe|thinks|think|thought|expects|expected|expect|hopes|hoped|hope|knows|knew|know|feels|felt|fears|feared|worries|worried|wants|wanted|want|shows|showed|show|found|finds|promised|promises|vowed|vows|pledged|pledges|announced|announces|acknowledges|argue|claim|insist|warn|predicts|contends|hinted|signaled|signalled|charged|accused|alleged|assured|reminded|informed|wrote|tweeted|reported|told|says|say';
const VERB = new RegExp(`(?<!-)\\b(${CUE_RE_SRC}|${THOUGHT}|${THAT_VERB_SRC})\\b`, 'gi');
const BARE =
  /^(?:saying|adding|noting|arguing|claiming|insisting|warning|suggesting|explaining|stressing|acknowledging|announcing|announced|announces|wrote|writes|reports|reported|tweeted|posted|declared|reiterated|repeated|complained|boasted|speculated|predicts|acknowledges|believed|believe|think|thought|expects|expected|expect|hopes|hoped|hope|knows|knew|know|feels|felt|fears|feared|worries|worried|shows|showed|show|found|finds|promised|vowed|argue|claim|insist|warn|predicts|hinted|charged|said|says|say|added|adds|argued|argues|claimed|claims|insisted|insists|believes|thinks|warned|warns|stated|noted|notes|explained|explains|suggested|suggests|predicted|estimated|acknowledged|admitted|conceded|maintained|contended|alleged|alleges|agreed|confirmed|revealed|concluded|stressed|observed|observes)$/;
const OBJ =
  /^\s*(?:(?:the\s+)?[A-Z][\p{L}.'’-]*(?:\s+(?:of\s+|the\s+)?[A-Z][\p{L}.'’-]*)*|reporters|journalists|the\s+[\w-]+(?:\s+[\w-]+)?|an?\s+[\w-]+(?:\s+[\w-]+)?|him|her|them|us|me|police|officials)\s*,?/u;
// "said it" and "said much" open a clause when a verb follows ("said it will shift", "said much of his talk was").
const NOT_CLAUSE =
  /^(?:in|on|at|to|for|with|by|from|during|of|it(?!\s+(?:is|was|will|would|has|had|could|can|should|may|might|must|does|did|needs|made|makes)\b|['’]s\b)|this|so|no|yes|nothing|something|little|much(?!\s+of\b)|the\s+(?:same|following))\b/;

/** What a bare reported clause opens with when no speaker phrase was read before the verb. */
const CLAUSE_START =
  /^\s+(?:he|she|it|they|we|I|you|there|this|these|those|his|her|their|our|the|a|an|[A-Z][\p{L}'’-]*|\d)\s/u;

function sp(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}

function trimClause(flat: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s < e && /[\s,:]/.test(flat[s] ?? '')) s++;
  const tail =
    /,\s*(?:according\s+to\b.*|[^,]{1,60}\s(?:said|says|added|noted|told\s+[^,]{1,40})\s*[.!?]?\s*)$|[\s.!?;,]+$/.exec(
      flat.slice(s, e),
    );
  if (tail) e = s + tail.index;
  return [s, e];
}

/**
 * Finds reported speech in one sentence [ss, end) of the flat text: before its first quotation mark,
 * and after its last one ("…, declaring it “a win” and said it was a step closer").
 */
export function findReported(flat: string, ss: number, end: number): Reported[] {
  const found = reportedIn(flat, ss, end);
  const lastMark = flat.slice(ss, end).search(/["“”‘«»][^"“”‘«»]*$/);
  if (lastMark < 0) return found;
  const from = ss + lastMark + 1;
  const tail = reportedIn(flat, from, end).filter((r) => !found.some((f) => f.clause.end > r.clause.start));
  return [...found, ...tail];
}

function reportedIn(flat: string, ss: number, end: number): Reported[] {
  const qm = flat.slice(ss, end).search(/["“”‘«»]/);
  const se = qm >= 0 ? ss + qm : end;
  const minWords = qm >= 0 ? 6 : 3;
  const sent = flat.slice(ss, se);
  const found: Reported[] = [];
  const acc = /\baccording\s+to\s+/i.exec(sent);
  if (acc) {
    const after = sent.slice(acc.index + acc[0].length);
    const mention = subjectAfter(after);
    const cue = sp(flat, ss + acc.index, ss + acc.index + acc[0].trimEnd().length);
    const comma = after.indexOf(',');
    const [cs, ce] =
      comma > 0 && after.length - comma > acc.index
        ? trimClause(flat, ss + acc.index + acc[0].length + comma + 1, se)
        : trimClause(flat, ss, ss + acc.index);
    return ce - cs > 10 && qm < 0 ? [{ clause: sp(flat, cs, ce), cue, mention }] : [];
  }
  VERB.lastIndex = 0;
  for (let m = VERB.exec(sent); m; m = VERB.exec(sent)) {
    const verb = (m[1] ?? '').toLowerCase();
    const at = m.index;
    const vEnd = at + m[0].length;
    const cue = sp(flat, ss + at, ss + vEnd);
    const left = sent.slice(0, at);
    let rest = sent.slice(vEnd);
    const finalAttr =
      /^\s*(?:[A-Z][^,.]{0,40}|(?:in|on|at|during|to)\s[^,.]{0,30})?[.!?]?\s*$/.test(rest) && /,\s*[^,]*$/.test(left);
    // "The emails were routine, the Times said, including speeches": the clause on either side.
    const mid = /^\s*,\s*/.exec(rest);
    if (!finalAttr && mid && left.includes(',') && qm < 0) {
      const comma = left.lastIndexOf(',');
      const mention = subjectBefore(left.slice(comma + 1));
      if (
        mention &&
        left
          .slice(comma + 1)
          .trim()
          .split(/\s+/).length <= 6
      ) {
        for (const [a, b] of [
          [ss, ss + comma],
          [ss + vEnd + mid[0].length, se],
        ] as const) {
          const [cs, ce] = trimClause(flat, a, b);
          if (ce - cs > 10) found.push({ clause: sp(flat, cs, ce), cue, mention });
        }
        VERB.lastIndex = se - ss;
        continue;
      }
    }
    if (finalAttr) {
      const comma = left.lastIndexOf(',');
      const mention = subjectBefore(left.slice(comma + 1)) ?? subjectAfter(rest);
      const [cs, ce] = trimClause(flat, ss, ss + comma);
      if (mention && ce - cs > 10 && qm < 0) return [{ clause: sp(flat, cs, ce), cue, mention }];
      continue;
    }
    const mention = subjectBefore(left);
    let off = vEnd;
    let objected = false;
    if (/^told|^tells|^asked|^warned|^reminded/.test(verb)) {
      const o = OBJ.exec(rest);
      if (!o) continue;
      off += o[0].length;
      rest = rest.slice(o[0].length);
      objected = true;
    }
    const inStmt =
      /^\s*,?\s*(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|last\s+\w+|earlier|later|again|also|previously)|in\s+(?:a|an|the)\s+[\w-]+(?:\s+[\w-]+)?|on\s+\w+|on\s+(?:a|an|the)\s+[\w-]+)\s*,?/.exec(
        rest,
      );
    if (inStmt) {
      off += inStmt[0].length;
      rest = rest.slice(inStmt[0].length);
    }
    const that = /^\s*that\b,?\s*/.exec(rest);
    if (that) off += that[0].length;
    else if (
      // A verb right after a closing quotation mark attributes the quotation ("…," said Jane Doe, 67).
      !/\p{L}/u.test(left) ||
      (!mention && !CLAUSE_START.test(rest)) ||
      (!BARE.test(verb) && !objected) ||
      NOT_CLAUSE.test(rest.trim()) ||
      /^\s*[,.;:]/.test(rest)
    )
      continue;
    const coord = new RegExp(`,?\\s+and\\s+(?:also\\s+)?${CUE_RE_SRC}\\b`).exec(flat.slice(ss + off, se));
    const [cs, ce] = trimClause(flat, ss + off, coord ? ss + off + coord.index : se);
    if (ce - cs > 10 && (flat.slice(cs, ce).match(/\s/g) ?? []).length >= minWords - 1) {
      found.push({
        clause: sp(flat, cs, ce),
        cue,
        mention: mention ?? (found.length ? (found[found.length - 1]?.mention ?? null) : null),
      });
      VERB.lastIndex = Math.max(VERB.lastIndex, ce - ss);
    }
  }
  // Intentions and claims ("wants to …", "X's claim that …") where no reported clause already covers them.
  for (const it of findIntentions(flat, ss, qm >= 0 ? se : end)) {
    const [cs, ce] = trimClause(flat, it.start, it.end);
    if (ce - cs < 6 || found.some((f) => f.clause.start <= cs && f.clause.end >= ce)) continue;
    found.push({ clause: sp(flat, cs, ce), cue: it.cue, mention: it.mention });
  }
  return found.sort((a, b) => a.clause.start - b.clause.start);
}
