/**
 * Scores suggestions against answer keys (the format of test/fixtures/corpus/*.json):
 * quote spans, speakers (with the cause of each wrong one) and indirect recall.
 * Shared by scripts/evalSuggest.ts and scripts/fitSpeakerModel.ts so both judge a
 * speaker the same way.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Suggestion } from '../../src/core/suggest';
import { speakerKindOf } from '../../src/core/speakers/speakerKindOf';

export interface KeyQuote {
  speaker: string | null;
  kind: string;
  text: string;
  cue?: string;
}
export interface Key {
  text: string;
  speakers: { name: string; aliases?: string[] }[];
  quotes: KeyQuote[];
}

/** Why a found quote got the wrong speaker. */
export type ErrorCause =
  'no speaker given' | 'pronoun not resolved' | 'organisation missed' | 'span error' | 'wrong person nearby';
export const CAUSES: ErrorCause[] = [
  'no speaker given',
  'pronoun not resolved',
  'wrong person nearby',
  'organisation missed',
  'span error',
];

const EDGE = /^[\s"“”‘’'«».,;:!?—–-]+|[\s"“”‘’'«».,;:!?—–-]+$/g;
const PRONOUN = /^(?:he|she|they|it|we|i|him|her|them|us|his|its|their|you)$/i;

export function loadKeys(dir: string): { file: string; key: Key }[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => ({
      file: file.replace(/(?:\.gold)?\.json$/, ''),
      key: JSON.parse(readFileSync(join(dir, file), 'utf8')) as Key,
    }));
}

export function locate(text: string, quote: string): [number, number] | null {
  const core = quote.replace(EDGE, '');
  const at = text.indexOf(core);
  return at < 0 || core.length === 0 ? null : [at, at + core.length];
}

export function coreSpan(text: string, s: Suggestion): [number, number] {
  const inner = text.slice(s.start, s.end);
  const lead = inner.length - inner.replace(/^[\s"“”‘’'«».,;:!?—–-]+/, '').length;
  const trail = inner.length - inner.replace(/[\s"“”‘’'«».,;:!?—–-]+$/, '').length;
  return [s.start + lead, s.end - trail];
}

export const matches = (key: [number, number], p: [number, number]): boolean =>
  Math.max(0, Math.min(key[1], p[1]) - Math.max(key[0], p[0])) >= 0.8 * (key[1] - key[0]);

const norm = (s: string): string =>
  s
    .toLowerCase()
    .replace(/^(?:the|a|an)\s+/, '')
    .replace(/[^\p{L}\p{N} ]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
const lastWord = (n: string): string => n.split(' ').pop() ?? '';

/** The gold name and its non-pronoun aliases, normalised. */
export function goldNames(key: Key, expected: string): string[] {
  const entry = key.speakers.find((s) => s.name === expected);
  return [expected, ...(entry?.aliases ?? [])].map(norm).filter((n) => n && !PRONOUN.test(n));
}

/** A predicted name counts when it is the gold name, a non-pronoun alias, or shares its last word with one. */
export function sameSpeaker(key: Key, expected: string, got: string | null): boolean {
  if (!got) return false;
  const g = norm(got);
  if (!g) return false;
  return goldNames(key, expected).some((n) => n === g || lastWord(n) === lastWord(g));
}

/** The likeliest cause of a wrong speaker: judged from the prediction, the gold entry and the text round the quote. */
export function errorCause(key: Key, expected: string, got: string | null, span: [number, number]): ErrorCause {
  if (!got) return 'no speaker given';
  const names = goldNames(key, expected);
  const g = norm(got);
  const gw = g.split(' ');
  if (PRONOUN.test(g)) return 'pronoun not resolved';
  if (names.some((n) => n.split(' ').some((w) => w.length > 2 && gw.includes(w)))) return 'span error';
  if (speakerKindOf(expected) === 'organization' || /^[a-z]/.test(expected)) {
    if (speakerKindOf(got) !== 'organization') return 'organisation missed';
  }
  const entry = key.speakers.find((s) => s.name === expected);
  const pronouns = (entry?.aliases ?? []).filter((a) => PRONOUN.test(a)).map((a) => a.toLowerCase());
  const near = key.text.slice(Math.max(0, span[0] - 120), span[1] + 80).toLowerCase();
  if (pronouns.some((p) => new RegExp(`\\b${p}\\b`).test(near))) return 'pronoun not resolved';
  return 'wrong person nearby';
}

export interface Tally {
  tp: number;
  pred: number;
  gold: number;
  found: number;
  spOk: number;
  spN: number;
  ind: number;
  indN: number;
  causes: Record<ErrorCause, number>;
}

export const emptyTally = (): Tally => ({
  tp: 0,
  pred: 0,
  gold: 0,
  found: 0,
  spOk: 0,
  spN: 0,
  ind: 0,
  indN: 0,
  causes: Object.fromEntries(CAUSES.map((c) => [c, 0])) as Record<ErrorCause, number>,
});

/** Scores one article's suggestions into a fresh tally. */
export function scoreArticle(key: Key, sugg: Suggestion[]): Tally {
  const t = emptyTally();
  const preds = sugg.filter((s) => s.kind !== 'indirect').map((s) => ({ s, span: coreSpan(key.text, s) }));
  const gold = key.quotes.filter((q) => q.kind !== 'indirect').map((q) => ({ q, span: locate(key.text, q.text) }));
  t.pred = preds.length;
  t.gold = gold.length;
  for (const p of preds) if (gold.some((g) => g.span && matches(g.span, p.span))) t.tp++;
  for (const g of gold) {
    const hit = g.span ? preds.find((p) => matches(g.span as [number, number], p.span)) : undefined;
    if (!hit || !g.span) continue;
    t.found++;
    if (g.q.speaker === null) continue;
    t.spN++;
    if (sameSpeaker(key, g.q.speaker, hit.s.speaker)) t.spOk++;
    else t.causes[errorCause(key, g.q.speaker, hit.s.speaker, g.span)]++;
  }
  const indPreds = sugg.filter((s) => s.kind === 'indirect').map((s) => coreSpan(key.text, s));
  for (const q of key.quotes.filter((k) => k.kind === 'indirect')) {
    t.indN++;
    const span = locate(key.text, q.text);
    if (span && indPreds.some((p) => matches(span, p))) t.ind++;
  }
  return t;
}

export function addTally(a: Tally, b: Tally): void {
  for (const k of ['tp', 'pred', 'gold', 'found', 'spOk', 'spN', 'ind', 'indN'] as const) a[k] += b[k];
  for (const c of CAUSES) a.causes[c] += b.causes[c];
}

export function figures(t: Tally): {
  p: number;
  r: number;
  f1: number;
  speakerAccuracy: number;
  indirectRecall: number;
} {
  const p = t.pred ? t.tp / t.pred : 1;
  const r = t.gold ? t.found / t.gold : 1;
  return {
    p,
    r,
    f1: p + r ? (2 * p * r) / (p + r) : 0,
    speakerAccuracy: t.spOk / (t.spN || 1),
    indirectRecall: t.ind / (t.indN || 1),
  };
}
