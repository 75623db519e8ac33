import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { openPglite } from '../../../server/store/openPglite';

/**
 * One embedded store made once per run: PGlite's first start in a new
 * directory runs initdb (5-10 s here); each test copies this one instead.
 */
export default async function setup(project: TestProject) {
  const dir = mkdtempSync(join(tmpdir(), 'quotemark-pglite-template-'));
  const sql = await openPglite(dir);
  await sql.close();
  project.provide('pgliteTemplate', dir);
  return () => rmSync(dir, { recursive: true, force: true });
}

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplate: string;
  }
}
