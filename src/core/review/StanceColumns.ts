import type { Speaker } from '../model/speaker';
import { STANCES, STATEMENT_KINDS, type Stance, type StatementKind } from '../model/statement';
import type { Topic } from '../model/topic';
import type { CountOptions } from './countedStatements';
import type { ArticleInfo, StanceRecords } from './StanceEntry';
import { isStanceStatement } from './StanceStatement';

/**
 * The statements a stance matrix counts, as columns of numbers: statement i
 * is `ids[i]`, in article `articleIds[article[i]]`, by `speakers[speaker[i]]`
 * on `topics[topic[i]]`, taking `STANCES[stance[i]]`, of kind
 * `STATEMENT_KINDS[kind[i]]`, quoting `start[i]`..`end[i]`. Only statements
 * that count, by a speaker and on a topic of the records, are in it.
 *
 * Why columns: the Stances view counts 20,000 statements and more on every
 * visit. As objects (two per statement, and a cell object per speaker and
 * topic) they cost more to allocate and collect than the counting itself;
 * as typed arrays the counting is a few passes over integers.
 */
export interface StanceColumns {
  length: number;
  ids: string[];
  /** Each distinct article id the statements are in, once: what `article` indexes. */
  articleIds: string[];
  article: Int32Array;
  speaker: Int32Array;
  topic: Int32Array;
  stance: Uint8Array;
  kind: Uint8Array;
  start: Int32Array;
  end: Int32Array;
}

/** What a stance matrix is computed from when storage has already put the statements in columns. */
export interface StanceColumnRecords {
  articles: readonly ArticleInfo[];
  speakers: readonly Speaker[];
  topics: readonly Topic[];
  columns: StanceColumns;
}

const STANCE_CODE = new Map<string, number>(STANCES.map((s, i) => [s, i]));
const KIND_CODE = new Map<string, number>(STATEMENT_KINDS.map((k, i) => [k, i]));

/**
 * Fills StanceColumns one statement at a time, growing its arrays as it
 * goes; `add` drops a statement whose speaker or topic the records lack.
 */
export class StanceColumnsBuilder {
  private readonly speakerIndex: Map<string, number>;
  private readonly topicIndex: Map<string, number>;
  private readonly articleIndex = new Map<string, number>();
  private readonly columns: StanceColumns;

  constructor(records: Pick<StanceRecords, 'speakers' | 'topics'>, capacity = 1024) {
    this.speakerIndex = new Map(records.speakers.map((s, i) => [s.id, i]));
    this.topicIndex = new Map(records.topics.map((t, i) => [t.id, i]));
    this.columns = emptyColumns(Math.max(capacity, 16));
  }

  add(
    id: string,
    articleId: string,
    speakerId: string,
    topicId: string,
    stance: Stance,
    kind: StatementKind,
    start: number,
    end: number,
  ): void {
    const speaker = this.speakerIndex.get(speakerId);
    const topic = this.topicIndex.get(topicId);
    if (speaker === undefined || topic === undefined) return;
    let article = this.articleIndex.get(articleId);
    if (article === undefined) {
      article = this.columns.articleIds.length;
      this.articleIndex.set(articleId, article);
      this.columns.articleIds.push(articleId);
    }
    let c = this.columns;
    const i = c.length;
    if (i === c.article.length) c = this.grow();
    c.ids.push(id);
    c.article[i] = article;
    c.speaker[i] = speaker;
    c.topic[i] = topic;
    c.stance[i] = STANCE_CODE.get(stance) ?? 0;
    c.kind[i] = KIND_CODE.get(kind) ?? 0;
    c.start[i] = start;
    c.end[i] = end;
    c.length = i + 1;
  }

  /** The columns, cut to their length. */
  build(): StanceColumns {
    const c = this.columns;
    const n = c.length;
    return {
      length: n,
      ids: c.ids,
      articleIds: c.articleIds,
      article: c.article.slice(0, n),
      speaker: c.speaker.slice(0, n),
      topic: c.topic.slice(0, n),
      stance: c.stance.slice(0, n),
      kind: c.kind.slice(0, n),
      start: c.start.slice(0, n),
      end: c.end.slice(0, n),
    };
  }

  private grow(): StanceColumns {
    const c = this.columns;
    const size = c.article.length * 2;
    const wider = <A extends Int32Array | Uint8Array>(a: A, make: (n: number) => A): A => {
      const b = make(size);
      b.set(a);
      return b;
    };
    c.article = wider(c.article, (n) => new Int32Array(n));
    c.speaker = wider(c.speaker, (n) => new Int32Array(n));
    c.topic = wider(c.topic, (n) => new Int32Array(n));
    c.stance = wider(c.stance, (n) => new Uint8Array(n));
    c.kind = wider(c.kind, (n) => new Uint8Array(n));
    c.start = wider(c.start, (n) => new Int32Array(n));
    c.end = wider(c.end, (n) => new Int32Array(n));
    return c;
  }
}

function emptyColumns(size: number): StanceColumns {
  return {
    length: 0,
    ids: [],
    articleIds: [],
    article: new Int32Array(size),
    speaker: new Int32Array(size),
    topic: new Int32Array(size),
    stance: new Uint8Array(size),
    kind: new Uint8Array(size),
    start: new Int32Array(size),
    end: new Int32Array(size),
  };
}

/**
 * The columns of records whose statements are objects: those that count
 * (isStanceStatement; pending suggestions too when `counting` asks), by a
 * speaker and on a topic of the records. Records already in columns are
 * returned as they are (storage keeps only statements that count by default).
 */
export function stanceColumns(records: StanceRecords | StanceColumnRecords, counting?: CountOptions): StanceColumns {
  if ('columns' in records) return records.columns;
  const builder = new StanceColumnsBuilder(records, records.statements.length);
  for (const s of records.statements) {
    if (!isStanceStatement(s, counting)) continue;
    builder.add(s.id, s.articleId, s.speakerId, s.topicId, s.stance, s.kind, s.quote.start, s.quote.end);
  }
  return builder.build();
}
