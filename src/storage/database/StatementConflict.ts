import type { Statement } from '../../core/model/statement';
import type { Result } from '../../core/result';

/**
 * An edit refused because the statement is no longer the version the edit
 * started from: someone (another tab, usually) saved or deleted it since.
 * `current` is the statement as stored now, or null when it was deleted, so
 * the person can compare and choose instead of overwriting blind.
 */
export interface StatementConflict {
  current: Statement | null;
}

/** A refusal that carries the conflict; its `error` is still a plain sentence. */
export interface ConflictRefusal {
  ok: false;
  error: string;
  conflict: StatementConflict;
}

/** What a save of an edit can come to: done, refused, or refused by a conflict. */
export type ConflictAwareResult<T> = Result<T> | ConflictRefusal;

/** Thrown inside a transaction so nothing is written, and caught at its edge. */
export class ConflictDetected extends Error {
  override readonly name = 'ConflictDetected';
  constructor(readonly conflict: StatementConflict) {
    super(
      conflict.current
        ? 'This statement was changed since it was opened (perhaps in another tab). Nothing was saved.'
        : 'This statement was deleted since it was opened (perhaps in another tab). Nothing was saved.',
    );
  }
}

/** True for a refusal that is a conflict, as opposed to any other refusal. */
export function isConflict(result: { ok: boolean }): result is ConflictRefusal {
  return !result.ok && 'conflict' in result && (result as ConflictRefusal).conflict !== undefined;
}
