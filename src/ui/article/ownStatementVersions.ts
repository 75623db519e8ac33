import type { Change } from '../../core/model/change';
import type { Statement } from '../../core/model/statement';

// Every statement version this tab has written or can bring back with Undo
// and Redo, as "id@updatedAt". A version arriving through the live query
// that is not here was written somewhere else: another tab.
const versions = new Set<string>();

const key = (statement: Statement) => `${statement.id}@${statement.updatedAt}`;

/** Note the statements a step of this tab wrote, and those its undo restores. */
export function rememberOwnChange(change: Change): void {
  for (const side of [change.before, change.after]) {
    for (const statement of Object.values(side.statements ?? {})) if (statement) versions.add(key(statement));
  }
}

/** Whether this version of a statement came from this tab. */
export function isOwnStatementVersion(statement: Statement): boolean {
  return versions.has(key(statement));
}
