import type { Statement } from '../model/statement';
import type { StatementDraft } from './statementDraft';

/**
 * A draft that saves `statement` as it is, for changes made outside the
 * form (a stance set with a number key). Cue and tags are left out, which
 * keeps them as stored. It is based on this version of the statement: if the
 * stored one has changed since (in another tab), the save is refused rather
 * than undo that change.
 */
export function draftOf(statement: Statement): StatementDraft {
  return {
    id: statement.id,
    baseUpdatedAt: statement.updatedAt,
    articleId: statement.articleId,
    quote: statement.quote,
    speaker: statement.speakerId ? { id: statement.speakerId } : null,
    roleAtTime: statement.roleAtTime,
    kind: statement.kind,
    claim: statement.claim,
    topic: statement.topicId ? { id: statement.topicId } : null,
    stance: statement.stance,
    note: statement.note,
  };
}
