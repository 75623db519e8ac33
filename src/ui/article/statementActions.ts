import type { Anchor } from '../../core/model/anchor';
import type { Stance, Statement } from '../../core/model/statement';
import { err, ok, type Result } from '../../core/result';
import { draftOf } from '../../core/statements/draftOf';
import type { Speaker } from '../../core/model/speaker';
import { speakerFromSelection } from '../../core/speakers/speakerFromSelection';
import type { StatementDraft } from '../../core/statements/statementDraft';
import { appDatabase } from '../../storage/database/appDatabase';
import { addSpeakerAlias, createSpeaker } from '../../storage/repositories/speakerRepository';
import type { Article } from '../../core/model/article';
import {
  acceptSuggestions,
  deleteStatement,
  reattachStatement,
  rejectSuggestions,
  saveStatement,
  saveSuggestions,
} from '../../storage/repositories/statementRepository';
import type { Change } from '../../core/model/change';
import { isConflict, type ConflictAwareResult } from '../../storage/database/StatementConflict';
import { recordChange as recordInHistory, trackWrite } from '../history/historyStore';
import { isOwnStatementVersion, rememberOwnChange } from './ownStatementVersions';
import { suggestOffThread } from './suggest/suggestOffThread';

/** A step this tab took: undoable, and known as this tab's when it comes back through the live query. */
function recordChange(change: Change): void {
  rememberOwnChange(change);
  recordInHistory(change);
}

/**
 * Every change the article view makes to statements and speakers, each
 * recorded in the session's undo history when it succeeds.
 */
export const statementActions = {
  /** An edit based on a version that is not stored any more is refused as a conflict. */
  async save(draft: StatementDraft): Promise<ConflictAwareResult<Statement>> {
    const result = await trackWrite(saveStatement(appDatabase, draft));
    if (!result.ok) return result;
    recordChange(result.value.change);
    return ok(result.value.statement);
  },
  /**
   * Based on the version the person sees: if another tab changed the
   * statement a moment ago, nothing is overwritten and the key can be
   * pressed again once the view shows the new version.
   */
  async setStance(statement: Statement, stance: Stance | undefined): Promise<Result<Statement>> {
    let result = await statementActions.save({ ...draftOf(statement), stance });
    // A version this tab wrote itself (a save a moment ago that the live
    // query has not delivered yet) is no conflict: set the stance on it.
    if (isConflict(result) && result.conflict.current && isOwnStatementVersion(result.conflict.current)) {
      result = await statementActions.save({ ...draftOf(result.conflict.current), stance });
    }
    if (isConflict(result)) {
      return err(
        `The stance was not set: this statement was ${result.conflict.current ? 'changed' : 'deleted'} in another tab a moment ago.`,
      );
    }
    return result;
  },
  /** The step it recorded comes back, so "Statement deleted — Undo" can take back this very step. */
  async remove(id: string): Promise<Result<Change>> {
    const result = await trackWrite(deleteStatement(appDatabase, id));
    if (!result.ok) return result;
    recordChange(result.value);
    return ok(result.value);
  },
  async reattach(id: string, quote: Anchor): Promise<Result<void>> {
    const result = await trackWrite(reattachStatement(appDatabase, id, quote));
    if (!result.ok) return result;
    recordChange(result.value.change);
    return ok(undefined);
  },
  async addAlias(speakerId: string, alias: string): Promise<Result<void>> {
    const result = await trackWrite(addSpeakerAlias(appDatabase, speakerId, alias));
    if (!result.ok) return result;
    recordChange(result.value.change);
    return ok(undefined);
  },
  /** Run the suggestion engine (in a worker, started on first use) and store its pending statements. */
  async suggest(article: Article): Promise<Result<number>> {
    const suggestions = await suggestOffThread(article.text);
    const result = await trackWrite(saveSuggestions(appDatabase, article.id, suggestions));
    if (!result.ok) return result;
    // A run that found nothing new changed nothing: no step to undo.
    const { after } = result.value.change;
    if (Object.values(after).some((records) => records && Object.keys(records).length > 0))
      recordChange(result.value.change);
    return ok(result.value.added.length);
  },
  async accept(ids: string[]): Promise<Result<void>> {
    const result = await trackWrite(acceptSuggestions(appDatabase, ids));
    if (!result.ok) return result;
    recordChange(result.value);
    return ok(undefined);
  },
  async reject(ids: string[]): Promise<Result<void>> {
    const result = await trackWrite(rejectSuggestions(appDatabase, ids));
    if (!result.ok) return result;
    recordChange(result.value);
    return ok(undefined);
  },
  /** "New speaker from selection": a leading title becomes the role, the kind is guessed from the name. */
  async createSpeakerFromSelection(selected: string): Promise<Result<Speaker>> {
    const result = await trackWrite(createSpeaker(appDatabase, speakerFromSelection(selected)));
    if (!result.ok) return result;
    recordChange(result.value.change);
    return ok(result.value.speaker);
  },
};
