/** Statement suggestions for news articles: see {@link suggestStatements}. */
export { suggestStatements } from './suggestStatements';
export type { Suggestion, Span } from './types';
