import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { joinProject, syncServerForSpec } from './support/teamProject';
import { tagStatement } from './support/tagStatement';

const HUA = 'The door to Xinjiang is always open.';
const SASSE = 'Chairman Xi has blood on his hands.';
const TREASURY = 'The United States is committed to using the full breadth of its financial powers';
const PROJECT = 'Agreement check';

const server = syncServerForSpec();

test('two coders mark quotes; the Agreement page compares them and exports the figures', async ({
  browser,
  baseURL,
}) => {
  const app = `${baseURL}/`;
  const ann = await joinProject(browser, await server().invite(PROJECT, 'Ann', app));
  await ann.getByRole('button', { name: 'Load sample article' }).click();
  await ann.getByRole('toolbar', { name: 'Annotation' }).getByRole('button', { name: 'Share with project' }).click();
  await expect(ann.getByText(`in project “${PROJECT}”`)).toBeVisible();
  await tagStatement(ann, HUA, { speaker: 'Hua Chunying', kind: 'Direct' });

  const bob = await joinProject(browser, await server().invite(PROJECT, 'Bob', app));
  await bob.getByRole('link', { name: 'Library' }).click();
  await bob
    .getByRole('row', { name: /US announces sanctions/ })
    .getByRole('link')
    .click();
  await tagStatement(bob, HUA, { speaker: 'Hua Chunying', kind: 'Indirect' });
  await tagStatement(bob, SASSE, { speaker: 'Ben Sasse', kind: 'Direct' });

  // Ann reaches the page from her project in Settings → Team.
  await ann.getByRole('link', { name: 'Settings' }).click();
  await ann.getByRole('listitem', { name: PROJECT }).getByRole('link', { name: 'Agreement' }).click();
  await expect(ann.getByRole('heading', { name: 'Agreement', level: 1 })).toBeVisible();
  const marked = ann.getByRole('table', { name: 'Quotes marked per coder' });
  await expect(marked.getByRole('row', { name: 'Bob' }).getByRole('cell')).toHaveText('2', { timeout: 10_000 });
  await expect(marked.getByRole('row', { name: 'Ann' }).getByRole('cell')).toHaveText('1');
  // One matched quote, same speaker, different kind: κ for speaker is
  // undefined (both used one value), for kind 0; no topic or stance given.
  const pair = ann.getByRole('table', { name: 'Coder × coder' }).getByRole('row', { name: /Ann × Bob/ });
  await expect(pair.getByRole('cell')).toHaveText(['— (100 %)', '0.00 (0 %)', '— (—)', '— (—)']);

  const download = ann.waitForEvent('download');
  await ann.getByRole('button', { name: 'Export CSV' }).click();
  const csv = await readFile(await (await download).path(), 'utf8');
  expect(csv).toContain('project,,,quotes_marked,,Bob,,2');
  expect(csv).toContain('project,,,percent_agreement,speaker,,,1');
  expect(csv).toContain('project,,,percent_agreement,kind,,,0');

  // Live: with the page open, Bob's next quote reaches Ann's figures through the server, with no reload
  // (a mark left on Ann's window would not survive one).
  await ann.evaluate(() => Object.assign(window, { agreementPageMark: true }));
  await tagStatement(bob, TREASURY, { speaker: 'Treasury Department', kind: 'Direct' });
  await expect(marked.getByRole('row', { name: 'Bob' }).getByRole('cell')).toHaveText('3', { timeout: 10_000 });
  await expect(marked.getByRole('row', { name: 'Ann' }).getByRole('cell')).toHaveText('1');
  expect(await ann.evaluate(() => 'agreementPageMark' in window)).toBe(true);
});
