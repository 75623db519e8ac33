import type { Statement } from '../../core/model/statement';
import { packKeyOf, statementPack, unpackStatements, type StatementPackRecord } from './StatementPackRecord';

/** What one write does to one pack. */
interface PackChange {
  /** Statements gone from the pack, or written again (their new version is in `put`). */
  removed: Set<string>;
  put: Map<string, Statement>;
}

/** What one write to the statements table changes in the statement packs, by pack key. */
export class StatementPackChanges {
  readonly packs = new Map<string, PackChange>();
  /** After a cleared range: every statement left, to rebuild all packs from. */
  all: Statement[] | undefined;

  /** The statement (as it was stored) leaves its pack. */
  remove(statement: Statement): void {
    this.change(packKeyOf(statement)).removed.add(statement.id);
  }

  /** The statement is stored as given. */
  put(statement: Statement): void {
    this.change(packKeyOf(statement)).put.set(statement.id, statement);
  }

  /** A pack after the changes; null when nothing is left in it. */
  apply(key: string, row: StatementPackRecord | undefined): StatementPackRecord | null {
    const change = this.packs.get(key);
    if (!change) return row ?? null;
    const before = row ? unpackStatements(row) : [];
    const after = [...before.filter((s) => !change.removed.has(s.id) && !change.put.has(s.id)), ...change.put.values()];
    return after.length > 0 ? statementPack(key, after) : null;
  }

  private change(key: string): PackChange {
    let change = this.packs.get(key);
    if (!change) this.packs.set(key, (change = { removed: new Set(), put: new Map() }));
    return change;
  }
}
