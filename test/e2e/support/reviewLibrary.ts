import { createAnchor } from '../../../src/core/anchoring/createAnchor';
import { prepareArticle } from '../../../src/core/articles/prepareArticle';
import { buildEnvelope } from '../../../src/core/exchange/buildEnvelope';
import type { Article } from '../../../src/core/model/article';
import type { Speaker } from '../../../src/core/model/speaker';
import type { Stance, Statement, StatementKind } from '../../../src/core/model/statement';
import { GENOCIDE, gold, goldStatements, SANCTIONS } from './seedGold';

const STAMP = '2026-11-28T12:00:00.000Z';

/** Two short articles of our own that share speakers and topics with the seed. */
const MORE_ARTICLES = [
  {
    title: 'Blinken presses allies on Xinjiang',
    publishedAt: '2021-03-24',
    text:
      'Secretary of State Antony Blinken urged allies on Wednesday to keep up pressure over Xinjiang.\n\n' +
      '“Sanctions work best when we act together,” Blinken said at a meeting in Brussels.\n\n' +
      'Chinese Foreign Ministry spokesperson Hua Chunying said the measures were “based on lies”.',
    statements: [
      ['Sanctions work best when we act together,', 'Antony Blinken', 'direct', SANCTIONS, 'favor'],
      ['based on lies', 'Hua Chunying', 'mixed', SANCTIONS, 'against'],
    ],
  },
  {
    title: 'Beijing rejects genocide claims',
    publishedAt: '2021-03-20',
    text:
      'China on Saturday rejected what it called groundless claims about Xinjiang.\n\n' +
      '“There is no so-called genocide in Xinjiang,” Hua said at a briefing.\n\n' +
      'Blinken has repeatedly said that genocide is under way.',
    statements: [
      ['There is no so-called genocide in Xinjiang,', 'Hua Chunying', 'direct', GENOCIDE, 'against'],
      ['genocide is under way', 'Blinken', 'indirect', GENOCIDE, 'favor'],
    ],
  },
] as const;

/**
 * A native export of three articles: the seed with its twelve statements and
 * two more that share speakers and topics, plus a duplicate speaker
 * ("Blinken") to merge. Built with the app's own core, so it is valid.
 */
export async function reviewLibraryJson(): Promise<string> {
  const speakers = new Map<string, Speaker>();
  const speakerId = (name: string) => {
    if (!speakers.has(name)) {
      const role = gold.speakers.find((s) => s.name === name)?.role ?? undefined;
      speakers.set(name, {
        id: `sp-${speakers.size + 1}`,
        name,
        aliases: [],
        kind: 'person',
        ...(role && { role }),
        createdAt: STAMP,
        updatedAt: STAMP,
      });
    }
    return speakers.get(name)!.id;
  };
  const topics = [SANCTIONS, GENOCIDE].map((label, i) => ({ id: `topic-${i + 1}`, label }));
  const topicId = (label: string) => topics.find((t) => t.label === label)!.id;
  const articles: Article[] = [];
  const statements: Statement[] = [];
  const add = (
    article: Article,
    quote: string,
    speaker: string,
    kind: StatementKind,
    topic: string,
    stance: Stance,
  ) => {
    const start = article.text.indexOf(quote);
    const anchor = createAnchor(article.text, start, start + quote.length);
    if (!anchor) throw new Error(`"${quote}" is not in ${article.title}`);
    statements.push({
      id: `st-${statements.length + 1}`,
      articleId: article.id,
      speakerId: speakerId(speaker),
      quote: anchor,
      kind,
      topicId: topicId(topic),
      stance,
      tags: [],
      origin: 'manual',
      status: 'confirmed',
      createdAt: STAMP,
      updatedAt: STAMP,
    });
  };
  const seed = await prepareArticle(
    { title: gold.title, text: gold.text, source: 'The Hill', publishedAt: gold.date },
    { id: 'seed', now: new Date(STAMP) },
  );
  if (!seed.ok) throw new Error(seed.error);
  articles.push(seed.value);
  for (const s of goldStatements) add(seed.value, s.quote, s.speaker, s.kind, s.topic, s.stance);
  for (const [i, more] of MORE_ARTICLES.entries()) {
    const prepared = await prepareArticle(
      { title: more.title, text: more.text, publishedAt: more.publishedAt, source: 'Example News' },
      { id: `more-${i + 1}`, now: new Date(STAMP) },
    );
    if (!prepared.ok) throw new Error(prepared.error);
    articles.push(prepared.value);
    for (const [quote, speaker, kind, topic, stance] of more.statements)
      add(prepared.value, quote, speaker, kind, topic, stance);
  }
  return JSON.stringify(buildEnvelope({ articles, speakers: [...speakers.values()], topics, statements }));
}
