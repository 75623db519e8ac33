import { expect, test, type Browser, type Page } from '@playwright/test';
import { startSyncServer, type SyncServer } from './syncServer';

/** A sync server for the spec's tests: started once before them, stopped after. Call the result inside a test. */
export function syncServerForSpec(): () => SyncServer {
  let server: SyncServer | undefined;
  test.beforeAll(async () => {
    server = await startSyncServer();
  });
  test.afterAll(async () => {
    await server?.stop();
  });
  return () => {
    if (!server) throw new Error('The sync server did not start');
    return server;
  };
}

/** A person opens an invite link in a browser of their own and joins: their Library shows. */
export async function joinProject(browser: Browser, link: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto(link);
  await page.getByRole('button', { name: 'Join project' }).click();
  await expect(page.getByRole('heading', { name: 'Library' })).toBeVisible();
  return page;
}
