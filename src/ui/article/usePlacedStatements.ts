import { useMemo } from 'react';
import type { Statement } from '../../core/model/statement';
import { statementsInText, type StatementsInText } from '../../core/statements/statementsInText';

/** Resolve every statement's anchor against the article text (see statementsInText). */
export function usePlacedStatements(text: string | undefined, statements: Statement[] | undefined): StatementsInText {
  return useMemo(
    () => (text === undefined || !statements ? { placed: [], orphans: [] } : statementsInText(text, statements)),
    [text, statements],
  );
}
