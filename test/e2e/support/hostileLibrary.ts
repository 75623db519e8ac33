import { createAnchor } from '../../../src/core/anchoring/createAnchor';
import { prepareArticle } from '../../../src/core/articles/prepareArticle';
import { buildEnvelope } from '../../../src/core/exchange/buildEnvelope';
import type { Article } from '../../../src/core/model/article';
import type { Speaker } from '../../../src/core/model/speaker';
import { STANCES, type Statement } from '../../../src/core/model/statement';
import type { Topic } from '../../../src/core/model/topic';
import { XSS_VECTORS } from './hostileGuard';
import { gold, goldStatements } from './seedGold';

const STAMP = '2026-11-28T12:00:00.000Z';
const N = XSS_VECTORS.length;
/** The vector `k` places after `i`, so each field of each record gets a different one. */
const vector = (i: number, k = 0) => XSS_VECTORS[(i + k) % N]!;
/** Tags are at most 100 characters; a comma would split one typed into the form. */
export const TAG_VECTORS = XSS_VECTORS.filter((v) => v.length <= 100 && !v.includes(','));

export const HOSTILE_ARTICLES = 5;

/**
 * A native export in which every free-text field holds an XSS vector: five
 * copies of the seed article (titles, sources, authors, URLs), one speaker
 * per vector (name, alias, role, affiliation, notes), one topic per vector
 * (label, description) and one statement per vector on the seed's quotes
 * (claim, note, role at the time, tag). Built with the app's own core, so
 * it is valid and imports whole.
 */
export async function hostileLibrary() {
  const articles: Article[] = [];
  for (let a = 0; a < HOSTILE_ARTICLES; a++) {
    const prepared = await prepareArticle(
      {
        title: vector(a, 10),
        text: gold.text,
        source: vector(a, 20),
        author: vector(a, 30),
        url: a === 0 ? 'javascript:window.__xss=9001' : vector(a, 40),
      },
      { id: `article-${a}`, now: new Date(STAMP) },
    );
    if (!prepared.ok) throw new Error(prepared.error);
    articles.push(prepared.value);
  }
  const speakers: Speaker[] = XSS_VECTORS.map((name, i) => ({
    id: `speaker-${i}`,
    name,
    aliases: [vector(i, 1)],
    kind: 'person',
    role: vector(i, 2),
    affiliation: vector(i, 3),
    notes: vector(i, 4),
    createdAt: STAMP,
    updatedAt: STAMP,
  }));
  const topics: Topic[] = XSS_VECTORS.map((_, i) => ({
    id: `topic-${i}`,
    label: vector(i, 5),
    description: vector(i, 6),
  }));
  const statements: Statement[] = XSS_VECTORS.map((_, i) => {
    const article = articles[i % HOSTILE_ARTICLES]!;
    const words = goldStatements[i % goldStatements.length]!.quote;
    const start = article.text.indexOf(words);
    const quote = createAnchor(article.text, start, start + words.length);
    if (!quote) throw new Error(`"${words}" is not in the seed text`);
    return {
      id: `statement-${i}`,
      articleId: article.id,
      speakerId: `speaker-${i}`,
      quote,
      kind: 'direct',
      topicId: `topic-${i}`,
      stance: STANCES[i % STANCES.length],
      claim: vector(i, 7),
      note: vector(i, 8),
      roleAtTime: vector(i, 9),
      tags: [TAG_VECTORS[i % TAG_VECTORS.length]!],
      origin: 'manual',
      status: 'confirmed',
      createdAt: STAMP,
      updatedAt: STAMP,
    };
  });
  return buildEnvelope({ articles, speakers, topics, statements }, new Date(STAMP));
}
