// Schema v3's class (frozen in test/fixtures/storage/v3) imports the
// middleware under this name; it keeps whichever derived tables the schema
// has, so under v3 it keeps the stance index only, as v3 did.
export { derivedTablesMiddleware as stanceIndexMiddleware } from './derivedTablesMiddleware';
