import type { Topic } from '../../core/model/topic';
import type { ReviewRecords } from '../../core/review/ReviewRecords';
import type { QuotemarkDatabase } from '../database/QuotemarkDatabase';
import { readArticleInfos } from './readArticleInfos';
import { sharedLiveQuery, type SharedLiveQuery } from './sharedLiveQuery';
import { warmQueries } from './warmQueries';

const isTopic = (topic: Topic | undefined): topic is Topic => topic !== undefined;

/**
 * What a speaker's page is drawn from (see speakerProfile), in one read
 * transaction: the speaker (none when deleted or merged away), every
 * statement attributed to them (through the speakerId index), and only the
 * articles and topics those name, the articles without their text.
 */
export function readSpeakerRecords(db: QuotemarkDatabase, speakerId: string): Promise<ReviewRecords> {
  return db.transaction('r', [db.speakers, db.topics, db.statements, db.stanceIndex], async () => {
    const [speaker, statements] = await Promise.all([
      db.speakers.get(speakerId),
      db.statements.where('speakerId').equals(speakerId).toArray(),
    ]);
    const topicIds = [...new Set(statements.flatMap((s) => (s.topicId === undefined ? [] : [s.topicId])))];
    const [articles, topics] = await Promise.all([
      readArticleInfos(
        db,
        statements.map((s) => s.articleId),
      ),
      db.topics.bulkGet(topicIds),
    ]);
    return { speakers: speaker ? [speaker] : [], statements, articles, topics: topics.filter(isTopic) };
  });
}

/** A speaker page's records, live, shared by whoever watches them. */
export function liveSpeakerRecords(db: QuotemarkDatabase, speakerId: string): SharedLiveQuery<ReviewRecords> {
  return sharedLiveQuery(`${db.name}/speaker-records/${speakerId}`, () => readSpeakerRecords(db, speakerId));
}

/** Start reading a speaker page's records before the page is there to watch them. */
export function warmSpeakerRecords(db: QuotemarkDatabase, speakerId: string): void {
  warmQueries(db, [liveSpeakerRecords(db, speakerId)]);
}
