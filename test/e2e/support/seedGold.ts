import { readFileSync } from 'node:fs';
import type { Stance, StatementKind } from '../../../src/core/model/statement';
import { canonicalText } from '../../../src/core/text/canonicalText';

interface Gold {
  title: string;
  date: string;
  text: string;
  speakers: { name: string; aliases: string[]; role: string | null }[];
  quotes: { speaker: string; kind: StatementKind; text: string; cue: string }[];
}

/** The seed article's hand-made answer key (test/fixtures/corpus). */
export const gold = JSON.parse(
  readFileSync(new URL('../../fixtures/corpus/us-sanctions-xinjiang.gold.json', import.meta.url), 'utf8'),
) as Gold;
export const seedText = canonicalText(gold.text);

export const SANCTIONS = 'Sanctions on Chinese officials over Xinjiang';
export const GENOCIDE = 'China commits genocide in Xinjiang';

/** Which of the answer key's two topics each quote speaks to, and the stance it takes there. */
const TOPIC_OF: [string, string, Stance][] = [
  ['serious human rights abuses', SANCTIONS, 'favor'],
  ['These designations include', SANCTIONS, 'favor'],
  ['The United States is committed', SANCTIONS, 'favor'],
  ['continues to commit genocide', GENOCIDE, 'favor'],
  ['The United States reiterates', SANCTIONS, 'favor'],
  ['We have taken this action', SANCTIONS, 'favor'],
  ['absurdity,', SANCTIONS, 'against'],
  ['I think Xinjiang-related issues', GENOCIDE, 'against'],
  ['The door to Xinjiang', GENOCIDE, 'against'],
  ['more needed to be done', SANCTIONS, 'favor'],
  ['Chairman Xi has blood', GENOCIDE, 'favor'],
  ['America and our allies', SANCTIONS, 'favor'],
];

/** The occurrence of the cue closest to its quote, counted as selectText counts. */
function cueOccurrence(quote: string, cue: string): number {
  const at = seedText.indexOf(quote);
  const hits: number[] = [];
  for (let i = seedText.indexOf(cue); i !== -1; i = seedText.indexOf(cue, i + 1)) hits.push(i);
  const distance = (i: number) =>
    i >= at + quote.length ? i - (at + quote.length) : i < at ? at - (i + cue.length) : Infinity;
  return hits.reduce((best, i, n) => (distance(i) < distance(hits[best]!) ? n : best), 0);
}

/** The twelve statements of the answer key with topic, stance, role and cue. */
export const goldStatements = gold.quotes.map((q) => {
  const [, topic, stance] = TOPIC_OF.find(([start]) => q.text.startsWith(start))!;
  const cue = q.cue.replace(/^he /, '');
  return {
    quote: q.text,
    speaker: q.speaker,
    role: gold.speakers.find((s) => s.name === q.speaker)?.role ?? undefined,
    kind: q.kind,
    cue: { text: cue, occurrence: cueOccurrence(q.text, cue) },
    topic,
    stance,
  };
});
