import type { Statement } from '../model/statement';

/** How much of the library names one speaker or topic. */
export interface RegistryUsage {
  statements: number;
  /** Distinct articles those statements are in. */
  articles: number;
}

/**
 * The statements and articles a deletion or merge would touch. Every
 * statement counts, suggestions still pending too: each of them changes.
 */
export function registryUsage(statements: readonly Pick<Statement, 'articleId'>[]): RegistryUsage {
  return { statements: statements.length, articles: new Set(statements.map((s) => s.articleId)).size };
}
