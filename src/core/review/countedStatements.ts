import type { Statement } from '../model/statement';

/**
 * Which statements count. A pending suggestion is the engine's guess that
 * nobody has reviewed yet: it counts nowhere (stances, speaker counts,
 * exports) unless the person asks for it with includePending.
 */
export interface CountOptions {
  /** Count pending suggestions too (export only, when asked). */
  includePending?: boolean;
}

/** Whether a statement counts for review and export: confirmed, or pending when asked. */
export function statementCounts(statement: Pick<Statement, 'status'>, options: CountOptions = {}): boolean {
  return statement.status === 'confirmed' || (options.includePending === true && statement.status === 'pending');
}

/** The statements that count (see statementCounts), in the order given. */
export function countedStatements<S extends Pick<Statement, 'status'>>(
  statements: readonly S[],
  options: CountOptions = {},
): S[] {
  return statements.filter((statement) => statementCounts(statement, options));
}
