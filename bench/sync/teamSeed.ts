import { ArticleSchema } from '../../src/core/model/article';
import type { LibraryRecords } from '../../src/core/model/envelope';
import { SpeakerSchema } from '../../src/core/model/speaker';
import { StatementSchema, type Statement } from '../../src/core/model/statement';
import { TopicSchema } from '../../src/core/model/topic';
import { codebookDocName, layerDocName } from '../../src/core/team/documentNames';
import { writeRecord } from '../../src/core/team/recordMap';
import { codebookTable, layerTable } from '../../src/core/team/teamDocs';
import type { SyncCoder } from './SyncCoder';

/**
 * The owner puts a generated library's articles, speakers and topics into
 * the project's codebook, as the app does when an owner shares articles:
 * one update for the registry, one per article.
 */
export function writeCodebook(owner: SyncCoder, projectId: string, library: LibraryRecords, now: number): void {
  const name = codebookDocName(projectId);
  const by = { by: owner.coderId, now };
  owner.write(name, (doc) => {
    for (const speaker of library.speakers) writeRecord(codebookTable(doc, 'speakers'), SpeakerSchema, speaker, by);
    for (const topic of library.topics) writeRecord(codebookTable(doc, 'topics'), TopicSchema, topic, by);
  });
  for (const article of library.articles)
    owner.write(name, (doc) => writeRecord(codebookTable(doc, 'articles'), ArticleSchema, article, by));
}

/** One coder's statement, as its layer on its article holds it. */
export function writeStatement(coder: SyncCoder, projectId: string, statement: Statement, now: number): void {
  coder.write(layerDocName(projectId, statement.articleId, coder.coderId), (doc) =>
    writeRecord(layerTable(doc), StatementSchema, statement, { by: coder.coderId, now }),
  );
}

/** Deal each article's statements out to `coders` coders in turn: the k-th coder gets every statement i with i % coders === k. */
export function dealStatements(statements: readonly Statement[], coders: number): Statement[][] {
  const hands: Statement[][] = Array.from({ length: coders }, () => []);
  const seen = new Map<string, number>();
  for (const statement of statements) {
    const i = seen.get(statement.articleId) ?? 0;
    seen.set(statement.articleId, i + 1);
    hands[i % coders]?.push(statement);
  }
  return hands;
}

/** Every layer of a project: one per article and coder. */
export function layerNames(projectId: string, articleIds: readonly string[], coderIds: readonly string[]): string[] {
  return articleIds.flatMap((articleId) => coderIds.map((coderId) => layerDocName(projectId, articleId, coderId)));
}
