// Run by makePgliteDir.ts in a process of its own: PGlite's first start in
// a new directory runs initdb. Plain JavaScript, so it runs under tsx, under
// Vitest and under bare Node alike.
import { PGlite } from '@electric-sql/pglite';

const db = await PGlite.create(process.argv[2]);
await db.close();
