import type { Speaker } from '../../core/model/speaker';
import type { Statement } from '../../core/model/statement';
import type { Topic } from '../../core/model/topic';
import type { StatementConflict } from '../../storage/database/StatementConflict';
import { describeStatementChanges } from './describeStatementChanges';

/**
 * What happened to the statement elsewhere since the form opened on `base`,
 * as one sentence: "This statement was changed in another tab after you
 * opened it: the stance is now Against."
 */
export function changedElsewhereSentence(
  base: Statement,
  { current }: StatementConflict,
  registry: { speakers: readonly Speaker[]; topics: readonly Topic[] },
): string {
  if (!current) return 'This statement was deleted in another tab after you opened it.';
  const changes = describeStatementChanges(base, current, registry);
  if (changes.length === 0)
    return 'This statement was saved again in another tab after you opened it, with the same content.';
  return `This statement was changed in another tab after you opened it: ${changes.join(', ')}.`;
}
