import { QuotemarkDatabase } from './QuotemarkDatabase';

/**
 * The one database the app uses. Dexie opens it lazily on first query, so
 * importing this module touches no IndexedDB. Tests build their own
 * QuotemarkDatabase instead of importing this.
 */
export const appDatabase = new QuotemarkDatabase();
