interface Props {
  /** The sentence saying what changed, from changedElsewhereSentence. */
  sentence: string;
  /** Deleted elsewhere: offer to save as a new statement instead of over the stored one. */
  deleted: boolean;
  onSaveMine: () => void;
  onUseOther: () => void;
  onDiscard: () => void;
}

/**
 * A save refused because the statement changed in another tab since the
 * form opened: says what changed and lets the person choose, with their
 * input still in the form until they do.
 */
export function StatementConflictAlert({ sentence, deleted, onSaveMine, onUseOther, onDiscard }: Props) {
  return (
    <div role="alert" className="qm-error qm-conflict">
      <p>{sentence} Nothing was saved; your edits are still in the form.</p>
      <p className="qm-actions">
        {deleted ? (
          <>
            <button type="button" onClick={onSaveMine}>
              Save mine as a new statement
            </button>
            <button type="button" onClick={onDiscard}>
              Discard
            </button>
          </>
        ) : (
          <>
            <button type="button" onClick={onSaveMine}>
              Save mine anyway
            </button>
            <button type="button" onClick={onUseOther}>
              Use the other version
            </button>
          </>
        )}
      </p>
    </div>
  );
}
