import type { Speaker } from '../model/speaker';
import type { Statement } from '../model/statement';
import type { Topic } from '../model/topic';
import { quoteReadingOrder } from '../statements/readingOrder';
import { articleDate } from './articleDate';
import { compareArticles } from './compareArticles';
import { compareByLabel } from './compareByLabel';
import { statementCounts } from './countedStatements';
import type { ReviewRecords } from './ReviewRecords';
import type { ArticleInfo } from './StanceEntry';
import { emptyStanceCounts, type StanceCounts } from './stanceCounts';

/** A role a speaker was quoted in, over a run of articles. */
export interface RoleSpan {
  role: string;
  /** Day (YYYY-MM-DD) of the first article of the run. */
  from: string;
  /** Day (YYYY-MM-DD) of the last article of the run. */
  to: string;
  /** Statements in the run. */
  count: number;
}

/** Everything one speaker said, for their page. */
export interface SpeakerProfile {
  speaker: Speaker;
  /** In publication order (see compareArticles); statements in reading order (quoteReadingOrder). */
  statementsByArticle: { article: ArticleInfo; statements: Statement[] }[];
  /** Runs of the same role in publication order; a role change starts a new run. */
  rolesOverTime: RoleSpan[];
  /** Topics spoken on, most statements first, then by label. */
  topics: { topic: Topic; counts: StanceCounts; total: number }[];
}

/**
 * A speaker's statements that count (confirmed: see statementCounts), article by article in publication
 * order, the roles they held (each statement's roleAtTime, else the
 * speaker's role) and the stances they took per topic. Undefined when
 * the speaker is not in the records (deleted, or merged into another).
 */
export function speakerProfile(records: ReviewRecords, speakerId: string): SpeakerProfile | undefined {
  const speaker = records.speakers.find((s) => s.id === speakerId);
  if (!speaker) return undefined;
  const own = records.statements.filter((s) => s.speakerId === speakerId && statementCounts(s));
  const statementsByArticle = [...records.articles]
    .sort(compareArticles)
    .map((article) => ({
      article,
      statements: own.filter((s) => s.articleId === article.id).sort(quoteReadingOrder),
    }))
    .filter((group) => group.statements.length > 0);

  const rolesOverTime: RoleSpan[] = [];
  for (const { article, statements } of statementsByArticle) {
    const day = articleDate(article);
    for (const statement of statements) {
      const role = statement.roleAtTime?.trim() || speaker.role?.trim();
      if (!role) continue;
      const last = rolesOverTime.at(-1);
      if (last?.role === role) {
        last.to = day;
        last.count += 1;
      } else {
        rolesOverTime.push({ role, from: day, to: day, count: 1 });
      }
    }
  }

  const topicsById = new Map(records.topics.map((t) => [t.id, t]));
  const byTopic = new Map<string, { topic: Topic; counts: StanceCounts; total: number }>();
  for (const statement of own) {
    const topic = statement.topicId === undefined ? undefined : topicsById.get(statement.topicId);
    if (!topic) continue;
    const entry = byTopic.get(topic.id) ?? { topic, counts: emptyStanceCounts(), total: 0 };
    byTopic.set(topic.id, entry);
    entry.total += 1;
    if (statement.stance) entry.counts[statement.stance] += 1;
  }
  const topics = [...byTopic.values()].sort((a, b) => b.total - a.total || compareByLabel(a.topic, b.topic));
  return { speaker, statementsByArticle, rolesOverTime, topics };
}
