import { useContext, useState, type Dispatch, type SetStateAction } from 'react';
import { recordsEqual } from '../../core/history/recordsEqual';
import type { Statement } from '../../core/model/statement';
import type { StatementConflict } from '../../storage/database/StatementConflict';
import { isOwnStatementVersion } from './ownStatementVersions';
import { adoptChanges, fieldsOf, type StatementFields } from './statementFields';
import { StatementGoneContext } from './StatementGoneContext';

/**
 * Which version of a statement the form is editing, against the one stored
 * now. A change made in this tab (a stance key, Undo) flows into the form;
 * one made in another tab leaves the person's input alone and is reported,
 * and the save is based on the form's version so storage can refuse it.
 * An edit of the article text only moves the statement's words (or orphans
 * them): that flows in too, wherever it was made, as it takes nothing the
 * person could have meant to keep.
 */
export function useStatementVersion(
  statement: Statement | undefined,
  setFields: Dispatch<SetStateAction<StatementFields>>,
) {
  const gone = useContext(StatementGoneContext);
  const [base, setBase] = useState(statement);
  const [conflict, setConflict] = useState<StatementConflict | null>(null);
  if (
    statement &&
    base &&
    !gone &&
    statement.updatedAt !== base.updatedAt &&
    (isOwnStatementVersion(statement) || movedOnly(base, statement))
  ) {
    // Adjusted while rendering, as React advises for state derived from props.
    setBase(statement);
    setFields((fields) => adoptChanges(fields, fieldsOf(base), fieldsOf(statement)));
  }
  const changedElsewhere: StatementConflict | null = !base
    ? null
    : gone
      ? { current: null }
      : statement && statement.updatedAt !== base.updatedAt
        ? { current: statement }
        : null;
  return {
    /** The version the form's fields started from; none for a new statement. */
    base,
    /** The stored statement as it is now, when it changed or went since `base`. */
    changedElsewhere,
    /** The save was refused because of this; null once settled. */
    conflict,
    setConflict,
    /** Drop the person's edits: the form shows `current` and is based on it. */
    takeVersion(current: Statement) {
      setBase(current);
      setFields(fieldsOf(current));
      setConflict(null);
    },
  };
}

/** Whether only the offsets of the words (or their orphanhood) changed, as a text edit does. */
function movedOnly(before: Statement, after: Statement): boolean {
  const words = (s: Statement) => ({
    ...s,
    quote: s.quote.exact,
    cue: s.cue?.exact,
    orphanedAt: undefined,
    updatedAt: undefined,
  });
  return recordsEqual(words(before), words(after));
}
