import type { Statement } from '../model/statement';

/** A coder of a project: the id the layers carry and the name people read. */
export interface AgreementCoder {
  id: string;
  name: string;
}

/** A project article: its text's length is the continuum its quotes are marked on. */
export interface AgreementArticle {
  id: string;
  title: string;
  textLength: number;
}

/** One statement and the coder who made it. */
export interface CodedStatement {
  coderId: string;
  statement: Pick<
    Statement,
    'articleId' | 'quote' | 'kind' | 'speakerId' | 'topicId' | 'stance' | 'status' | 'orphanedAt'
  >;
}

/**
 * What the agreement report is computed from: a project's coders, articles
 * and every coder's statements on them, with the names of the speakers and
 * topics those name (two coders who each made a speaker "Jane Doe" agree on
 * the speaker though the ids differ).
 */
export interface ProjectCoding {
  coders: readonly AgreementCoder[];
  articles: readonly AgreementArticle[];
  statements: readonly CodedStatement[];
  speakerNames: ReadonlyMap<string, string>;
  topicLabels: ReadonlyMap<string, string>;
}
