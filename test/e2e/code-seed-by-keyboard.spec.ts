import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { canonicalText } from '../../src/core/text/canonicalText';
import { codeByKeyboard, type KeyboardStatement } from './support/codeByKeyboard';

interface Gold {
  text: string;
  speakers: { name: string; role: string | null }[];
  quotes: { speaker: string; kind: 'direct' | 'indirect' | 'mixed'; text: string; cue: string }[];
}
const gold = JSON.parse(readFileSync(new URL('../fixtures/corpus/us-sanctions-xinjiang.gold.json', import.meta.url), 'utf8')) as Gold;
const text = canonicalText(gold.text);
const SANCTIONS = 'Sanctions on Chinese officials over Xinjiang';
const GENOCIDE = 'China commits genocide in Xinjiang';

/** Which topic each gold quote speaks to, and the stance key (1 Favor, 2 Against): the gold's stances. */
const TOPIC_OF: Record<string, [string, string]> = {
  'serious human rights abuses': [SANCTIONS, '1'],
  'These designations include': [SANCTIONS, '1'],
  'The United States is committed': [SANCTIONS, '1'],
  'continues to commit genocide': [GENOCIDE, '1'],
  'The United States reiterates': [SANCTIONS, '1'],
  'We have taken this action': [SANCTIONS, '1'],
  'absurdity,': [SANCTIONS, '2'],
  'I think Xinjiang-related issues': [GENOCIDE, '2'],
  'The door to Xinjiang': [GENOCIDE, '2'],
  'more needed to be done': [SANCTIONS, '1'],
  'Chairman Xi has blood': [GENOCIDE, '1'],
  'America and our allies': [SANCTIONS, '1'],
};

/** The occurrence of the cue closest to its quote, counted as selectText counts. */
function cueOccurrence(quote: string, cue: string): number {
  const at = text.indexOf(quote);
  const hits: number[] = [];
  for (let i = text.indexOf(cue); i !== -1; i = text.indexOf(cue, i + 1)) hits.push(i);
  const distance = (i: number) => (i >= at + quote.length ? i - (at + quote.length) : i < at ? at - (i + cue.length) : Infinity);
  return hits.reduce((best, i, n) => (distance(i) < distance(hits[best]!) ? n : best), 0);
}

const statements: KeyboardStatement[] = gold.quotes.map((q) => {
  const [topic, stanceKey] = Object.entries(TOPIC_OF).find(([start]) => q.text.startsWith(start))![1];
  const cue = q.cue.replace(/^he /, '');
  return {
    quote: q.text,
    speaker: q.speaker,
    role: gold.speakers.find((s) => s.name === q.speaker)?.role ?? undefined,
    kind: q.kind,
    cue: { text: cue, occurrence: cueOccurrence(q.text, cue) },
    topic,
    stanceKey,
  };
});

test('code the whole seed article mostly by keyboard, undo and redo five steps, reload', async ({ page }) => {
  test.setTimeout(120_000);
  expect(statements).toHaveLength(12);
  await page.goto('/');
  await page.getByRole('button', { name: 'Load sample article' }).click();
  await expect(page.getByRole('article')).toBeVisible();
  for (const s of statements) await codeByKeyboard(page, s);

  const items = page.getByRole('list', { name: 'Statements in text order' }).getByRole('listitem');
  await expect(items).toHaveCount(12);
  await expect(page.getByRole('list', { name: 'Speakers in this article' }).getByRole('listitem')).toHaveCount(4);

  // Each save and each stance is a step: five undos take back the last two
  // statements' stances and saves and the stance before them.
  for (let i = 0; i < 5; i++) await page.keyboard.press('ControlOrMeta+z');
  await expect(items).toHaveCount(10);
  await expect(page.getByRole('button', { name: 'Redo', exact: true })).toBeEnabled();
  for (let i = 0; i < 5; i++) await page.keyboard.press('ControlOrMeta+Shift+z');
  await expect(items).toHaveCount(12);

  await page.reload();
  await expect(items).toHaveCount(12);
  const marks = page.locator('[role=article] mark[data-statement-id]');
  expect(new Set(await marks.evaluateAll((els) => els.map((el) => el.getAttribute('data-statement-id')))).size).toBe(12);
  for (const s of statements) {
    const item = items.filter({ hasText: s.quote.slice(0, 40) }).first();
    await expect(item).toContainText(s.speaker);
    await expect(item).toContainText({ direct: 'Direct', indirect: 'Indirect', mixed: 'Mixed' }[s.kind]);
    await expect(item).toContainText(s.stanceKey === '1' ? 'Favor' : 'Against');
    await expect(item).toContainText(s.topic!);
  }
  await expect(page.locator('[role=article] .qm-cue')).not.toHaveCount(0);
});
