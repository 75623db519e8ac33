import { expect, test, type Browser } from '@playwright/test';
import { createAnchor } from '../../src/core/anchoring/createAnchor';
import { buildEnvelope } from '../../src/core/exchange/buildEnvelope';
import type { Envelope } from '../../src/core/model/envelope';
import type { Statement, StatementKind } from '../../src/core/model/statement';
import { readDownload } from './support/readDownload';
import { seedText } from './support/seedGold';
import { joinProject, syncServerForSpec } from './support/teamProject';

const PROJECT = 'Curation check';
const HUA = 'The door to Xinjiang is always open.';
const SASSE = 'Chairman Xi has blood on his hands.';
const BLINKEN = 'continues to commit genocide and crimes against humanity in Xinjiang.';
const AT = '2026-03-01T10:00:00.000Z';
const SPEAKERS = [
  { id: 'sp-hua', name: 'Hua Chunying' },
  { id: 'sp-sasse', name: 'Ben Sasse' },
  { id: 'sp-blinken', name: 'Antony Blinken' },
].map((s) => ({ ...s, aliases: [], kind: 'person' as const, createdAt: AT, updatedAt: AT }));

const server = syncServerForSpec();

/** A coder's annotations file: their library's own export (the shared article as it holds it) with their statements added. */
function annotations(exported: Envelope, coder: string, quotes: [string, string, StatementKind][]): string {
  const articleId = exported.articles[0]?.id ?? '';
  const statements: Statement[] = quotes.map(([exact, speakerId, kind], i) => {
    const start = seedText.indexOf(exact);
    const quote = createAnchor(seedText, start, start + exact.length);
    if (start < 0 || !quote) throw new Error(`"${exact}" is not in the sample`);
    return {
      id: `${coder}-${i + 1}`,
      articleId,
      speakerId,
      quote,
      kind,
      tags: [],
      origin: 'manual',
      status: 'confirmed',
      createdAt: AT,
      updatedAt: AT,
    };
  });
  const used = new Set(statements.map((s) => s.speakerId));
  const envelope: Envelope = buildEnvelope({
    articles: exported.articles,
    speakers: SPEAKERS.filter((s) => used.has(s.id)),
    topics: [],
    statements,
  });
  return JSON.stringify(envelope);
}

/** A coder joins, opens the shared sample article (for its id) and imports their annotations from the Library. */
async function codeByImport(browser: Browser, link: string, coder: string, quotes: [string, string, StatementKind][]) {
  const page = await joinProject(browser, link);
  await page
    .getByRole('row', { name: /US announces sanctions/ })
    .getByRole('link')
    .click();
  await expect(page.getByRole('article')).toContainText('Hua Chunying');
  await page.getByRole('link', { name: 'Library' }).click();
  const waiting = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export JSON', exact: true }).click();
  const exported = JSON.parse(await readDownload(await waiting)) as Envelope;
  await page.getByLabel('Import annotations').setInputFiles({
    name: `${coder}.json`,
    mimeType: 'application/json',
    buffer: Buffer.from(annotations(exported, coder, quotes)),
  });
  await page.getByRole('region', { name: 'Import preview' }).getByRole('button', { name: 'Confirm import' }).click();
  await expect(page.getByRole('status')).toContainText('Imported');
  return page;
}

test('an owner curates two disagreements of three coders into the gold layer by keyboard and exports it', async ({
  browser,
  baseURL,
}) => {
  // Four people join and three import: about 40 s on a quiet machine, more on a busy one.
  test.setTimeout(150_000);
  const app = `${baseURL}/`;
  const olive = await joinProject(browser, await server().invite(PROJECT, 'Olive', app));
  await olive.getByRole('button', { name: 'Load sample article' }).click();
  await olive.getByRole('toolbar', { name: 'Annotation' }).getByRole('button', { name: 'Share with project' }).click();
  await expect(olive.getByText(`in project “${PROJECT}”`)).toBeVisible();

  // Kind differs on Hua's quote; Cy leaves out Sasse's; all three agree on Blinken's.
  await codeByImport(browser, await server().invite(PROJECT, 'Ann', app), 'ann', [
    [HUA, 'sp-hua', 'direct'],
    [SASSE, 'sp-sasse', 'direct'],
    [BLINKEN, 'sp-blinken', 'indirect'],
  ]);
  await codeByImport(browser, await server().invite(PROJECT, 'Bob', app), 'bob', [
    [HUA, 'sp-hua', 'indirect'],
    [SASSE, 'sp-sasse', 'direct'],
    [BLINKEN, 'sp-blinken', 'indirect'],
  ]);
  const cy = await codeByImport(browser, await server().invite(PROJECT, 'Cy', app), 'cy', [
    [HUA, 'sp-hua', 'direct'],
    [BLINKEN, 'sp-blinken', 'indirect'],
  ]);

  // The Agreement page shows a span α for the sample article, and links to its curation.
  await olive.getByRole('link', { name: 'Settings' }).click();
  await olive.getByRole('listitem', { name: PROJECT }).getByRole('link', { name: 'Agreement' }).click();
  const marked = olive.getByRole('table', { name: 'Quotes marked per coder' });
  await expect(marked.getByRole('row', { name: 'Cy' })).toContainText('2', { timeout: 15_000 });
  await expect(marked.getByRole('row', { name: 'Ann' })).toContainText('3');
  await expect(marked.getByRole('row', { name: 'Bob' })).toContainText('3');
  const row = olive.getByRole('table', { name: 'Articles by agreement' }).getByRole('row', { name: /US announces/ });
  await expect(row.getByRole('cell').first()).toHaveText(/^-?\d\.\d\d$/);
  await row.getByRole('link', { name: /^Curate/ }).click();

  await expect(olive.getByRole('heading', { name: 'Curation', level: 1 })).toBeVisible();
  const units = olive.getByRole('table', { name: 'Units by coder' });
  await expect(units.getByRole('columnheader')).toHaveText([
    'Quote',
    'A (Ann)',
    'B (Bob)',
    'C (Cy)',
    'Gold',
    'Actions',
  ]);
  await expect(units.getByRole('row', { name: /The door to Xinjiang/ })).toContainText('Kind differs');
  await expect(units.getByRole('row', { name: /Chairman Xi/ })).toContainText('Only some coders marked this');
  await expect(units.getByRole('row', { name: /Chairman Xi/ })).toContainText('not marked');
  await expect(olive.getByText('0 of 2 disagreements resolved')).toBeVisible();

  // N moves to the first disagreement in reading order, A accepts Ann's version; N, B: Bob's.
  await olive.keyboard.press('n');
  await expect(units.locator('tr:focus')).toContainText('Kind differs');
  await olive.keyboard.press('a');
  await expect(olive.getByText('1 of 2 disagreements resolved')).toBeVisible();
  await olive.keyboard.press('n');
  await olive.keyboard.press('b');
  await expect(olive.getByText('2 of 2 disagreements resolved')).toBeVisible();
  // Hua's quote comes first in the article: Ann's version there, Bob's on Sasse's.
  await expect(units.getByRole('row', { name: /The door to Xinjiang/ })).toContainText('from A (Ann)');
  await expect(units.getByRole('row', { name: /Chairman Xi/ })).toContainText('from B (Bob)');
  await expect(units.getByRole('row', { name: /Chairman Xi/ })).toContainText('curated by Olive');

  const waiting = olive.waitForEvent('download');
  await olive.getByRole('button', { name: 'Export gold', exact: true }).click();
  const exported = JSON.parse(await readDownload(await waiting)) as Envelope;
  expect(exported.statements).toHaveLength(2);
  const names = exported.statements.map((s) => s.provenance?.fromName).sort();
  expect(names).toEqual(['Ann', 'Bob']);
  for (const statement of exported.statements) {
    expect(statement.provenance?.curatedBy.name).toBe('Olive');
    expect(statement.provenance?.fromStatementId).toMatch(/^(ann|bob)-\d$/);
    expect(Date.parse(statement.provenance?.curatedAt ?? '')).not.toBeNaN();
  }
  expect(exported.articles).toHaveLength(1);

  // A coder is told curation is the owners'.
  await cy.goto(`${app}#/curation`);
  await expect(cy.getByText(/Curation is for the project’s owners/)).toBeVisible();
});
