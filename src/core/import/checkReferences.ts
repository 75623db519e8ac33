import type { Envelope } from '../model/envelope';
import type { ImportProblem } from './ImportProblem';

/**
 * Problems with the links inside a file: an id used twice in one table, and
 * a statement naming an article, speaker or topic the file does not hold.
 */
export function checkReferences(envelope: Envelope): ImportProblem[] {
  const problems: ImportProblem[] = [];
  const articles = idsOf('articles', envelope.articles, problems);
  const speakers = idsOf('speakers', envelope.speakers, problems);
  const topics = idsOf('topics', envelope.topics, problems);
  idsOf('statements', envelope.statements, problems);
  envelope.statements.forEach((statement, i) => {
    const at = `statements[${i}]`;
    if (!articles.has(statement.articleId)) {
      problems.push({
        path: `${at}.articleId`,
        message: `The statement belongs to article "${statement.articleId}", which is not in the file.`,
      });
    }
    if (statement.speakerId !== null && !speakers.has(statement.speakerId)) {
      problems.push({
        path: `${at}.speakerId`,
        message: `The statement names speaker "${statement.speakerId}", who is not in the file.`,
      });
    }
    if (statement.topicId !== undefined && !topics.has(statement.topicId)) {
      problems.push({
        path: `${at}.topicId`,
        message: `The statement names topic "${statement.topicId}", which is not in the file.`,
      });
    }
  });
  return problems;
}

function idsOf(table: string, records: readonly { id: string }[], problems: ImportProblem[]): Set<string> {
  const firstAt = new Map<string, number>();
  records.forEach((record, i) => {
    const first = firstAt.get(record.id);
    if (first === undefined) firstAt.set(record.id, i);
    else
      problems.push({
        path: `${table}[${i}].id`,
        message: `The id "${record.id}" is used twice in ${table} (first at ${table}[${first}]).`,
      });
  });
  return new Set(firstAt.keys());
}
