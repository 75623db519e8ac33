import { expect, test } from '@playwright/test';
import { EnvelopeSchema } from '../../src/core/model/envelope';
import { readDownload } from './support/readDownload';
import { tagStatement } from './support/tagStatement';

const BLINKEN =
  'The United States reiterates its calls on the PRC to bring an end to the repression of Uyghurs, who are predominantly Muslim, and members of other ethnic and religious minority groups in Xinjiang, including by releasing all those arbitrarily held in internment camps and detention facilities,';
const HUA = 'The door to Xinjiang is always open.';
const TOPIC = 'Sanctions on Chinese officials over Xinjiang';

test('code the sample article, reload, and export it as JSON', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Load sample article' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'US announces sanctions for Chinese officials over human rights abuses',
  );
  const article = page.getByRole('article');
  await expect(article).toContainText('The Treasury Department on Monday announced sanctions');
  await expect(article).toHaveAttribute('contenteditable', 'false');
  // One paragraph per block of the canonical text.
  await expect(article.locator('p')).toHaveCount(13);

  await tagStatement(page, BLINKEN, {
    speaker: 'Antony Blinken',
    role: 'U.S. Secretary of State',
    kind: 'Direct',
    claim: 'The PRC must end the repression of Uyghurs.',
    topic: TOPIC,
    stance: 'Favor',
  });
  await tagStatement(page, HUA, {
    speaker: 'Hua Chunying',
    role: 'Chinese Foreign Ministry spokesperson',
    kind: 'Direct',
    topic: TOPIC,
    stance: 'Against',
    viaShortcut: true,
  });

  const assertCoded = async () => {
    const marks = page.locator('[role=article] mark[data-statement-id]');
    await expect(marks).toHaveCount(2);
    await expect(marks.nth(0)).toHaveText(BLINKEN);
    await expect(marks.nth(1)).toHaveText(HUA);
    const items = page.getByRole('list', { name: 'Statements in text order' }).getByRole('listitem');
    await expect(items).toHaveCount(2);
    await expect(items.nth(0)).toContainText('Antony Blinken');
    await expect(items.nth(0)).toContainText('Favor');
    await expect(items.nth(1)).toContainText('Hua Chunying');
    await expect(items.nth(1)).toContainText('Against');
  };
  await assertCoded();
  // Each speaker gets their own highlight colour.
  const colours = await page
    .locator('mark[data-statement-id]')
    .evaluateAll((els) => els.map((el) => getComputedStyle(el).getPropertyValue('--qm-tint').trim()));
  expect(new Set(colours).size).toBe(2);

  await page.reload();
  await assertCoded();

  await page.getByRole('link', { name: 'Library' }).click();
  const row = page.getByRole('row', { name: /US announces sanctions/ });
  await expect(row.getByRole('cell').nth(3)).toHaveText('2');

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export JSON' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^quotemark-library-\d{4}-\d{2}-\d{2}\.json$/);
  const parsed = EnvelopeSchema.safeParse(JSON.parse(await readDownload(download)));
  expect(parsed.error).toBeUndefined();
  const envelope = parsed.data!;
  expect(envelope.articles).toHaveLength(1);
  expect(envelope.statements).toHaveLength(2);
  const text = envelope.articles[0]!.text;
  for (const s of envelope.statements) expect(s.quote.exact).toBe(text.slice(s.quote.start, s.quote.end));
  expect(envelope.statements.map((s) => s.quote.exact).sort()).toEqual([BLINKEN, HUA].sort());
  const byName = new Map(envelope.speakers.map((s) => [s.name, s]));
  const blinken = envelope.statements.find((s) => s.quote.exact === BLINKEN)!;
  expect(blinken).toMatchObject({
    speakerId: byName.get('Antony Blinken')!.id,
    kind: 'direct',
    stance: 'favor',
    roleAtTime: 'U.S. Secretary of State',
  });
  expect(envelope.topics.map((t) => t.label)).toEqual([TOPIC]);
  expect(envelope.statements.every((s) => s.topicId === envelope.topics[0]!.id)).toBe(true);
});
