import type { Speaker } from '../model/speaker';
import { articleDate } from './articleDate';
import { compareByName } from './compareByName';
import type { ReviewRecords } from './ReviewRecords';
import { stanceScore } from './stanceScore';
import { isStanceStatement } from './StanceStatement';

/** A speaker's stance on a topic on one day. */
export interface TimelinePoint {
  /** YYYY-MM-DD: the day of the statements' article (see articleDate). */
  date: string;
  /** Mean of favor +1, against -1 and other stances 0, in -1..+1. */
  score: number;
  /** How many statements the point stands for. */
  count: number;
}

/** One speaker's line on a topic's timeline. */
export interface SpeakerTimeline {
  speaker: Speaker;
  /** Sorted by date. */
  points: TimelinePoint[];
}

/**
 * How each speaker's stance on a topic moves over time: one point per day
 * on which their confirmed statements take a stance on it. Speakers are
 * ordered by name.
 */
export function stanceTimeline(records: ReviewRecords, topicId: string): SpeakerTimeline[] {
  const speakersById = new Map(records.speakers.map((s) => [s.id, s]));
  const articlesById = new Map(records.articles.map((a) => [a.id, a]));
  const sums = new Map<string, Map<string, { sum: number; count: number }>>();
  for (const statement of records.statements) {
    if (!isStanceStatement(statement) || statement.topicId !== topicId) continue;
    const article = articlesById.get(statement.articleId);
    if (!article || !speakersById.has(statement.speakerId)) continue;
    const days = sums.get(statement.speakerId) ?? new Map<string, { sum: number; count: number }>();
    sums.set(statement.speakerId, days);
    const date = articleDate(article);
    const day = days.get(date) ?? { sum: 0, count: 0 };
    days.set(date, { sum: day.sum + stanceScore(statement.stance), count: day.count + 1 });
  }
  return [...sums.entries()]
    .flatMap(([speakerId, days]) => {
      const speaker = speakersById.get(speakerId);
      if (!speaker) return [];
      const points = [...days.entries()]
        .map(([date, { sum, count }]) => ({ date, score: sum / count, count }))
        .sort((a, b) => a.date.localeCompare(b.date));
      return [{ speaker, points }];
    })
    .sort((a, b) => compareByName(a.speaker, b.speaker));
}
