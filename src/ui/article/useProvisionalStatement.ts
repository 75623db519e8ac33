import { useMemo, useState } from 'react';
import type { Statement } from '../../core/model/statement';
import type { StatementDraft } from '../../core/statements/statementDraft';

/** The id a statement being saved is drawn under until the library has it. */
export const PROVISIONAL_ID = 'quotemark:saving';

/**
 * Draw a new statement the moment its form is submitted, before the write
 * commits and the live query reads the article's statements back (together
 * a few hundred milliseconds on a long article): the highlight appears at
 * once. The stand-in goes when the library holds the saved statement, or
 * when the save is refused (the form then shows why).
 */
export function useProvisionalStatement(statements: Statement[] | undefined) {
  const [provisional, setProvisional] = useState<{ statement: Statement; savedId: string | null } | null>(null);
  const arrived = provisional?.savedId != null && (statements ?? []).some((s) => s.id === provisional.savedId);
  // Dropped (during render, as React advises for derived state) once it
  // arrived, so an undo of the save cannot bring it back.
  if (arrived) setProvisional(null);
  const shown = useMemo(
    () => (statements && provisional && !arrived ? [...statements, provisional.statement] : statements),
    [statements, provisional, arrived],
  );
  return {
    /** The library's statements, plus the one being saved. */
    shown,
    /** A new statement's form was submitted. */
    begin(draft: StatementDraft) {
      if (draft.id === undefined) setProvisional({ statement: provisionalStatement(draft), savedId: null });
    },
    /** The save finished: with the stored id, or null when it was refused. */
    settle(savedId: string | null) {
      setProvisional((p) => (p && savedId ? { ...p, savedId } : null));
    },
  };
}

function provisionalStatement(draft: StatementDraft): Statement {
  const stamp = new Date().toISOString();
  return {
    id: PROVISIONAL_ID,
    articleId: draft.articleId,
    // A speaker still to be created has no colour yet: drawn grey for a moment.
    speakerId: draft.speaker && 'id' in draft.speaker ? draft.speaker.id : null,
    quote: draft.quote,
    ...(draft.cue && { cue: draft.cue }),
    kind: draft.kind,
    tags: [],
    origin: 'manual',
    status: 'confirmed',
    createdAt: stamp,
    updatedAt: stamp,
  };
}
