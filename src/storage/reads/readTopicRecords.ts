import type { Speaker } from '../../core/model/speaker';
import type { ReviewRecords } from '../../core/review/ReviewRecords';
import type { QuotemarkDatabase } from '../database/QuotemarkDatabase';
import { readArticleInfos } from './readArticleInfos';
import { sharedLiveQuery, type SharedLiveQuery } from './sharedLiveQuery';
import { warmQueries } from './warmQueries';

const isSpeaker = (speaker: Speaker | undefined): speaker is Speaker => speaker !== undefined;

/**
 * What a topic's page is drawn from (see topicStances and stanceTimeline),
 * in one read transaction: the topic (none when deleted or merged away),
 * every statement on it (through the topicId index), and only the speakers
 * and articles those name, the articles without their text.
 */
export function readTopicRecords(db: QuotemarkDatabase, topicId: string): Promise<ReviewRecords> {
  return db.transaction('r', [db.speakers, db.topics, db.statements, db.stanceIndex], async () => {
    const [topic, statements] = await Promise.all([
      db.topics.get(topicId),
      db.statements.where('topicId').equals(topicId).toArray(),
    ]);
    const speakerIds = [...new Set(statements.flatMap((s) => (s.speakerId === null ? [] : [s.speakerId])))];
    const [articles, speakers] = await Promise.all([
      readArticleInfos(
        db,
        statements.map((s) => s.articleId),
      ),
      db.speakers.bulkGet(speakerIds),
    ]);
    return { topics: topic ? [topic] : [], statements, articles, speakers: speakers.filter(isSpeaker) };
  });
}

/** A topic page's records, live, shared by whoever watches them. */
export function liveTopicRecords(db: QuotemarkDatabase, topicId: string): SharedLiveQuery<ReviewRecords> {
  return sharedLiveQuery(`${db.name}/topic-records/${topicId}`, () => readTopicRecords(db, topicId));
}

/** Start reading a topic page's records before the page is there to watch them. */
export function warmTopicRecords(db: QuotemarkDatabase, topicId: string): void {
  warmQueries(db, [liveTopicRecords(db, topicId)]);
}
