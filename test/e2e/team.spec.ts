import { expect, test, type Browser, type Page } from '@playwright/test';
import { startSyncServer, type SyncServer } from './support/syncServer';
import { tagStatement } from './support/tagStatement';

const HUA = 'The door to Xinjiang is always open.';
const SASSE = 'Chairman Xi has blood on his hands.';
const PROJECT = 'Xinjiang coding';

let server: SyncServer;
test.beforeAll(async () => {
  server = await startSyncServer();
});
test.afterAll(async () => {
  await server?.stop();
});

/** Every address a browser profile reached: its requests and its WebSockets. */
const reached = new Map<Page, string[]>();

/** A fresh browser profile that opens a join link and joins. */
async function join(browser: Browser, link: string, coder: string, role: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const urls: string[] = [];
  context.on('request', (request) => urls.push(request.url()));
  page.on('websocket', (socket) => urls.push(socket.url()));
  reached.set(page, urls);
  await page.goto(link);
  const invitation = page.getByRole('region', { name: `Invitation to ${PROJECT}` });
  await expect(invitation).toContainText(PROJECT);
  await expect(invitation).toContainText(coder);
  await expect(invitation).toContainText(role);
  await invitation.getByRole('button', { name: 'Join project' }).click();
  await expect(page.getByRole('heading', { name: 'Library' })).toBeVisible();
  return page;
}

const status = (page: Page) => page.getByRole('status', { name: `Status of ${PROJECT}` });
const layerMark = (page: Page, coder: string) =>
  page.locator(`[role=article] mark.qm-highlight--layer[data-coder="${coder}"]`);

async function openSettings(page: Page) {
  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { name: 'Team' })).toBeVisible();
}

async function openArticle(page: Page) {
  await page.getByRole('link', { name: 'Library' }).click();
  const row = page.getByRole('row', { name: /US announces sanctions/ });
  await expect(row.getByRole('cell', { name: PROJECT })).toBeVisible();
  await row.getByRole('link').click();
  await expect(page.getByRole('article')).toContainText('Hua Chunying');
}

test('two coders join one project, see each other’s layers, one codes offline, and a fresh profile gets everything back', async ({
  browser,
  baseURL,
}) => {
  const app = `${baseURL}/`;
  const ann = await join(browser, await server.invite(PROJECT, 'Ann', app), 'Ann', 'Owner');
  // The owner shares a sample article with the project.
  await ann.getByRole('button', { name: 'Load sample article' }).click();
  await expect(ann.getByRole('article')).toContainText('Hua Chunying');
  await ann.getByRole('toolbar', { name: 'Annotation' }).getByRole('button', { name: 'Share with project' }).click();
  await expect(ann.getByText(`in project “${PROJECT}”`)).toBeVisible();

  const bob = await join(browser, await server.invite(PROJECT, 'Bob', app), 'Bob', 'Coder');
  await openArticle(bob);
  // A coder cannot edit the codebook: no Edit text, no Share.
  await expect(bob.getByRole('button', { name: 'Edit text' })).toHaveCount(0);
  await bob.getByRole('group', { name: 'Layers' }).getByRole('checkbox', { name: 'Ann' }).check();
  await ann.getByRole('group', { name: 'Layers' }).getByRole('checkbox', { name: 'Bob' }).check();

  // Ann tags; Bob, showing Ann's layer, sees it within 5 s, read-only.
  await tagStatement(ann, HUA, { speaker: 'Hua Chunying', kind: 'Direct' });
  // Drawn as "saving" until the stored statement is read back.
  const annMark = ann.locator('[role=article] mark[data-statement-id]').first();
  await expect(annMark).not.toHaveAttribute('data-statement-id', 'quotemark:saving');
  const annId = await annMark.getAttribute('data-statement-id');
  await expect(layerMark(bob, 'Ann')).toHaveText(HUA, { timeout: 5_000 });
  await expect(layerMark(bob, 'Ann')).toHaveAttribute('data-statement-id', annId ?? '');
  await layerMark(bob, 'Ann').hover();
  await expect(bob.getByRole('tooltip')).toContainText('Ann’s layer');
  await expect(bob.getByRole('tooltip')).toContainText('Hua Chunying');

  // Bob goes offline and tags: the change is kept on his device.
  await bob.context().setOffline(true);
  await tagStatement(bob, SASSE, { speaker: 'Ben Sasse', kind: 'Direct' });
  await openSettings(bob);
  await expect(status(bob)).toHaveText('Offline — 1 change kept on this device');
  await bob.context().setOffline(false);
  await expect(status(bob)).toHaveText('Synced');
  // Ann, showing Bob's layer, sees it.
  await expect(layerMark(ann, 'Bob')).toHaveText(SASSE);
  await openSettings(ann);
  await expect(status(ann)).toHaveText('Synced');

  // Ann on a fresh profile, joining with a new link, finds everything she did.
  const annAgain = await join(browser, await server.invite(PROJECT, 'Ann', app), 'Ann', 'Owner');
  await openArticle(annAgain);
  await expect(annAgain.locator('[role=article] mark[data-statement-id]:not(.qm-highlight--layer)')).toHaveText([HUA]);
  await expect(annAgain.locator(`[role=article] mark[data-statement-id="${annId}"]`)).toBeVisible();
  await expect(annAgain.getByRole('list', { name: 'Statements in text order' })).toContainText('Hua Chunying');
  await annAgain.getByRole('group', { name: 'Layers' }).getByRole('checkbox', { name: 'Bob' }).check();
  await expect(layerMark(annAgain, 'Bob')).toHaveText(SASSE);

  // Nobody's browser reached anything but the app's own origin and the project's server.
  const allowed = [new URL(app).origin, new URL(server.url).host];
  for (const urls of reached.values()) {
    expect(urls.some((url) => url.startsWith('ws://'))).toBe(true);
    expect(
      urls.filter(
        (url) =>
          !url.startsWith('data:') &&
          !url.startsWith('blob:') &&
          !allowed.includes(new URL(url).origin) &&
          !allowed.includes(new URL(url).host),
      ),
    ).toEqual([]);
  }
});
