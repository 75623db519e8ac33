import { useState } from 'react';
import type { Statement } from '../../core/model/statement';

/**
 * The statement the form edits, as stored now. When it is deleted (in
 * another tab) while the form is open, its last version is kept and `gone`
 * is set: the form stays, with the person's input, and says so.
 */
export function useFormStatement(statementId: string | undefined, statements: Statement[] | undefined) {
  const [lastSeen, setLastSeen] = useState<Statement | undefined>(undefined);
  const stored = statementId === undefined ? undefined : statements?.find((s) => s.id === statementId);
  // Adjusted while rendering, as React advises for state derived from props.
  if (stored && stored !== lastSeen) setLastSeen(stored);
  const gone = statementId !== undefined && statements !== undefined && !stored && lastSeen?.id === statementId;
  return { statement: stored ?? (gone ? lastSeen : undefined), gone };
}
