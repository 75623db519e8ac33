import { useMemo, useState } from 'react';
import type { Statement } from '../../core/model/statement';
import type { StatementDraft } from '../../core/statements/statementDraft';

/**
 * Draw a new statement the moment its write has committed, before the live
 * query reads the article's statements back (a few hundred milliseconds on
 * a long article). Never sooner: a highlight on screen is a statement the
 * library holds, so a reload or a closed tab cannot take back what the
 * person saw saved (the write itself takes ~25 ms; see tag.p95_ms in
 * `npm run bench`). The stand-in is the stored statement, under its own id,
 * and goes when the library's statements include it.
 */
export function useProvisionalStatement(statements: Statement[] | undefined) {
  const [saved, setSaved] = useState<Statement | null>(null);
  const arrived = saved !== null && (statements ?? []).some((s) => s.id === saved.id);
  // Dropped (during render, as React advises for derived state) once it
  // arrived, so an undo of the save cannot bring it back.
  if (arrived) setSaved(null);
  const shown = useMemo(() => (statements && saved && !arrived ? [...statements, saved] : statements), [statements, saved, arrived]);
  return {
    /** The library's statements, plus the one just saved. */
    shown,
    /**
     * The statement just saved, as stored, until the live query has it: a
     * stance key pressed right after Save sets the stance on it rather than
     * finding nothing to act on.
     */
    saved: arrived ? null : saved,
    /** A save finished: `stored` is what the library now holds, null when it was refused. */
    settle(draft: StatementDraft, stored: Statement | null) {
      // An edit's statement is drawn already, in its stored version until the live query has the new one.
      if (draft.id === undefined && stored) setSaved(stored);
    },
  };
}
