import { expect, test, type Download, type Page } from '@playwright/test';
import Papa from 'papaparse';
import { readFileSync } from 'node:fs';
import { expectNothingRan, expectShownLiterally, guardPage, XSS_VECTORS, xssArticlePath } from './support/hostileGuard';
import { HOSTILE_ARTICLES, hostileLibrary, TAG_VECTORS } from './support/hostileLibrary';
import { readDownload } from './support/readDownload';
import { tagStatement } from './support/tagStatement';

/**
 * The OWASP XSS filter-evasion vectors (test/fixtures/hostile) as article
 * HTML, typed into every form field and imported in a JSON export: none of
 * them runs, loads anything or becomes markup, and each is shown as the
 * literal text it is wherever the app shows that field.
 */

const FORMULA_START = /^[=+\-@\t\r]/;

async function download(page: Page, button: string | RegExp): Promise<{ download: Download; text: string }> {
  const waiting = page.waitForEvent('download');
  await page
    .getByRole('button', { name: button, exact: typeof button === 'string' })
    .first()
    .click();
  const file = await waiting;
  return { download: file, text: await readDownload(file) };
}

/** Every cell of a CSV export; none may start like a formula. */
function expectCsvNeutralised(text: string): string[][] {
  const rows = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
  const formulas = rows.flat().filter((cell) => FORMULA_START.test(cell));
  expect(formulas).toEqual([]);
  return rows;
}

/** Elements and attributes of an SVG file that could run or load something, read with an inert parser. */
function activeSvgContent(page: Page, svg: string): Promise<string[]> {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    if (doc.querySelector('parsererror')) return ['not well-formed SVG'];
    return Array.from(doc.querySelectorAll('*')).flatMap((element) => [
      ...(['script', 'foreignObject', 'iframe', 'img', 'image', 'use', 'a'].includes(element.localName)
        ? [`<${element.localName}>`]
        : []),
      ...Array.from(element.attributes)
        .filter((a) => /^on|href$/i.test(a.name))
        .map((a) => `<${element.localName} ${a.name}>`),
    ]);
  }, svg);
}

test('a saved page full of XSS vectors, opened as a file, runs nothing and keeps only its words', async ({
  page,
  baseURL,
}) => {
  const guard = await guardPage(page, baseURL);
  await page.goto('/');
  await page
    .getByLabel('Open article file')
    .setInputFiles({ name: 'xss-article.html', mimeType: 'text/html', buffer: readFileSync(xssArticlePath) });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Harbour wall repair approved despite hostile markup',
  );
  const article = page.getByRole('article');
  for (const n of [1, 25, XSS_VECTORS.length]) await expect(article).toContainText(`Paragraph ${n}.`);
  // Link and cell text survives as words; the elements around it do not.
  for (const words of ['click me', 'tab entity', 'hex entities', 'details', 'cell'])
    await expect(article).toContainText(words);
  expect(
    await article
      .locator(
        'a, img, svg, iframe, object, embed, video, form, input, button, table, details, marquee, math, style, script',
      )
      .count(),
  ).toBe(0);
  await page.getByRole('link', { name: 'Library' }).click();
  await expect(page.getByRole('link', { name: 'Harbour wall repair approved despite hostile markup' })).toBeVisible();
  await expectNothingRan(page, guard);
});

test('the same page pasted as rich text runs nothing, and a hostile title is shown as typed', async ({
  page,
  baseURL,
}) => {
  const guard = await guardPage(page, baseURL);
  const title = XSS_VECTORS[2]!;
  await page.goto('/');
  await page.getByRole('button', { name: 'Paste article' }).click();
  const dialog = page.getByRole('dialog', { name: 'Paste article' });
  await dialog.getByLabel('Title').fill(title);
  const text = dialog.getByLabel('Article text');
  await text.evaluate(
    (textarea, html) => {
      const data = new DataTransfer();
      data.setData('text/html', html);
      data.setData('text/plain', 'plain fallback');
      textarea.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    },
    readFileSync(xssArticlePath, 'utf8'),
  );
  await expect(text).toHaveValue(/Paragraph 1\. The harbour board met[\s\S]*Paragraph 50\./);
  await dialog.getByRole('button', { name: 'Add article' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page.getByRole('article')).toContainText('Paragraph 50.');
  await expectNothingRan(page, guard);
  await page.getByRole('link', { name: 'Library' }).click();
  await expect(page.getByRole('link', { name: title, exact: true })).toBeVisible();
  await expectShownLiterally(page, [title], 'the Library');
  await expectNothingRan(page, guard);
});

test('vectors typed into every form field are stored and shown as text, and exported safely', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const guard = await guardPage(page, baseURL);
  const v = (i: number) => XSS_VECTORS[i % XSS_VECTORS.length]!;
  const tag = (i: number) => TAG_VECTORS[i % TAG_VECTORS.length]!;
  const statements = [
    {
      quote: 'The door to Xinjiang is always open.',
      speaker: v(0),
      role: v(1),
      claim: v(2),
      topic: v(3),
      note: v(4),
      tags: `${tag(5)}, ${tag(6)}`,
    },
    {
      quote: 'Chairman Xi has blood on his hands.',
      speaker: v(7),
      role: v(8),
      claim: v(46),
      topic: v(10),
      note: v(47),
      tags: tag(12),
    },
    {
      quote: 'serious human rights abuses',
      speaker: v(48),
      role: v(14),
      claim: v(15),
      topic: v(16),
      note: v(17),
      tags: tag(18),
    },
  ];
  await page.goto('/');
  await page.getByRole('button', { name: 'Load sample article' }).click();
  for (const s of statements) {
    await tagStatement(page, s.quote, {
      speaker: s.speaker,
      role: s.role,
      claim: s.claim,
      topic: s.topic,
      stance: 'Against',
      note: s.note,
    });
    await page.locator('mark[data-statement-id]').filter({ hasText: s.quote }).first().click();
    const form = page.getByRole('form', { name: 'Edit statement' });
    await form.getByLabel('Tags').fill(s.tags);
    await form.getByRole('button', { name: 'Save statement' }).click();
    await expect(form).toBeHidden();
  }
  await expectNothingRan(page, guard);

  // Article details: title, source and author.
  const details = { title: v(19), source: v(20), author: v(21) };
  await page.getByRole('button', { name: 'Edit details' }).click();
  const detailsForm = page.getByRole('form', { name: 'Article details' });
  await detailsForm.getByLabel('Title').fill(details.title);
  await detailsForm.getByLabel('Source').fill(details.source);
  await detailsForm.getByLabel('Author').fill(details.author);
  await detailsForm.getByLabel('URL').fill('javascript:window.__xss=7001');
  await detailsForm.getByRole('button', { name: 'Save details' }).click();
  await expect(detailsForm.getByRole('alert')).toContainText('is not a web address');
  const url = 'http://xss.example/"><script>window.__xss=7002</script>';
  await detailsForm.getByLabel('URL').fill(url);
  await detailsForm.getByRole('button', { name: 'Save details' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(details.title);
  await expect(page.locator('a[href^="javascript"]')).toHaveCount(0);
  expect(await page.getByRole('link', { name: 'original' }).getAttribute('href')).toBe(url);
  const typed = statements.flatMap((s) => [s.speaker, s.topic, ...s.tags.split(', ').map((t) => `#${t}`)]);
  await expectShownLiterally(
    page,
    [...typed, details.title, details.source, details.author],
    'the article view (header, legend, sidebar)',
  );
  const highlight = page.locator('mark[data-statement-id]').filter({ hasText: statements[0]!.quote }).first();
  await highlight.hover();
  await expect(page.getByRole('tooltip')).toContainText(statements[0]!.speaker);
  await highlight.click();
  const form = page.getByRole('form', { name: 'Edit statement' });
  await expect(form.getByLabel('Claim')).toHaveValue(statements[0]!.claim);
  await expect(form.getByLabel('Note')).toHaveValue(statements[0]!.note);
  await expect(form.getByLabel('Role')).toHaveValue(statements[0]!.role);
  await page.keyboard.press('Escape');
  await expectNothingRan(page, guard);

  // The speaker's own fields, through Edit speaker on the speaker's page.
  await page.getByRole('link', { name: 'Speakers' }).click();
  await expectShownLiterally(
    page,
    statements.flatMap((s) => [s.speaker, s.role]),
    'Speakers',
  );
  await page.getByRole('link', { name: statements[0]!.speaker, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(statements[0]!.speaker);
  const speaker = { aliases: [v(22), v(23), v(24)], role: v(25), affiliation: v(26), notes: v(27) };
  await page.getByRole('button', { name: 'Edit speaker' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit speaker' });
  await dialog.getByLabel('Aliases (one per line)').fill(speaker.aliases.join('\n'));
  await dialog.getByLabel('Position held').fill(speaker.role);
  await dialog.getByLabel('Affiliation').fill(speaker.affiliation);
  await dialog.getByLabel('Notes').fill(speaker.notes);
  await dialog.getByRole('button', { name: 'Save speaker' }).click();
  await expect(dialog).toBeHidden();
  await expectShownLiterally(
    page,
    [...speaker.aliases, speaker.role, speaker.affiliation, speaker.notes, statements[0]!.claim, statements[0]!.topic],
    'the speaker page',
  );
  await expectNothingRan(page, guard);

  await page.getByRole('link', { name: 'Stances' }).click();
  await expectShownLiterally(
    page,
    statements.flatMap((s) => [s.speaker, s.topic]),
    'the Stances matrix',
  );
  await page.getByRole('link', { name: statements[1]!.topic, exact: true }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(statements[1]!.topic);
  await expectShownLiterally(page, [statements[1]!.speaker], 'the topic page');
  await expectNothingRan(page, guard);

  await page.getByRole('link', { name: 'Library' }).click();
  await expectShownLiterally(page, [details.title, details.source], 'the Library');
  const csv = expectCsvNeutralised((await download(page, 'Export CSV')).text);
  // Formula-like claims are kept, behind a quote mark that stops a spreadsheet running them.
  expect(csv.flat()).toEqual(expect.arrayContaining([`'${v(46)}`, `'${v(47)}`, `'${v(48)}`]));
  const json = JSON.parse((await download(page, 'Export JSON')).text) as {
    statements: { claim?: string; note?: string }[];
    speakers: { name: string; aliases: string[] }[];
  };
  expect(json.statements.map((s) => s.claim).sort()).toEqual(statements.map((s) => s.claim).sort());
  expect(json.speakers.find((s) => s.name === statements[0]!.speaker)?.aliases).toEqual(speaker.aliases);
  await expectNothingRan(page, guard);
});

test('a JSON export with a vector in every field imports, and every view shows them as text and runs none', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const guard = await guardPage(page, baseURL);
  const file = await hostileLibrary();
  await page.goto('/');
  await page
    .getByLabel('Import annotations')
    .setInputFiles({ name: 'hostile.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await page.getByRole('region', { name: 'Import preview' }).getByRole('button', { name: 'Confirm import' }).click();
  await expect(page.getByText(/Imported “hostile\.json”/)).toBeVisible();
  await expectShownLiterally(
    page,
    file.articles.flatMap((a) => [a.title, a.source!]),
    'the Library',
  );
  await expectNothingRan(page, guard);

  const first = file.articles[0]!;
  await page.getByRole('link', { name: first.title, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(first.title);
  const own = file.statements.filter((s) => s.articleId === first.id);
  const speakerOf = (id: string | null) => file.speakers.find((s) => s.id === id)!;
  const topicOf = (id: string | undefined) => file.topics.find((t) => t.id === id)!;
  await expectShownLiterally(
    page,
    [
      first.source!,
      first.author!,
      ...own.flatMap((s) => [speakerOf(s.speakerId).name, topicOf(s.topicId).label, `#${s.tags[0]}`]),
    ],
    'the article view',
  );
  await expect(page.locator('a[href^="javascript"]')).toHaveCount(0);
  await expectNothingRan(page, guard);

  await page.getByRole('link', { name: 'Speakers' }).click();
  await expectShownLiterally(
    page,
    file.speakers.flatMap((s) => [s.name, s.role!, s.affiliation!, ...s.aliases]),
    'Speakers',
  );
  const speaker = file.speakers[0]!;
  await page.getByRole('link', { name: speaker.name, exact: true }).click();
  const claims = file.statements.filter((s) => s.speakerId === speaker.id).map((s) => s.claim!);
  await expectShownLiterally(
    page,
    [speaker.name, speaker.notes!, speaker.role!, speaker.affiliation!, ...claims],
    'the speaker page',
  );
  await expectNothingRan(page, guard);

  await page.getByRole('link', { name: 'Stances' }).click();
  await expect(page.getByRole('heading', { name: 'Stances' })).toBeVisible();
  // The table is windowed: the rows and columns it draws show their names whole.
  const namesShown = async () => {
    const matrix = await page.getByRole('main').evaluate((main) => main.textContent ?? '');
    return [
      file.speakers.filter((s) => matrix.includes(s.name)).length,
      file.topics.filter((t) => matrix.includes(t.label)).length,
    ];
  };
  await expect.poll(async () => Math.min(...(await namesShown()))).toBeGreaterThan(5);
  await page
    .locator('button.qm-matrix-cell')
    .filter({ hasNot: page.locator('.qm-matrix-none') })
    .first()
    .click();
  await expect(page.getByRole('region', { name: 'Evidence' }).getByRole('listitem')).toHaveCount(1);
  await expectNothingRan(page, guard);
  const svg = (await download(page, /Save chart as SVG/)).text;
  expect(await activeSvgContent(page, svg)).toEqual([]);
  expectCsvNeutralised((await download(page, /Export matrix CSV/)).text);

  const topic = file.topics[0]!;
  await page.goto(`/#/topics/${topic.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(topic.label);
  await expectShownLiterally(
    page,
    [speakerOf(file.statements.find((s) => s.topicId === topic.id)!.speakerId).name],
    'the topic page',
  );
  await expectNothingRan(page, guard);

  await page.getByRole('link', { name: 'Settings' }).click();
  await expectNothingRan(page, guard);
  await page.getByRole('link', { name: 'Library' }).click();
  expectCsvNeutralised((await download(page, 'Export CSV')).text);
  const exported = JSON.parse((await download(page, 'Export JSON')).text) as typeof file;
  expect(exported.articles).toHaveLength(HOSTILE_ARTICLES);
  expect(exported.speakers.map((s) => s.name).sort()).toEqual([...XSS_VECTORS].sort());
  expect(exported.statements.map((s) => s.claim).sort()).toEqual(file.statements.map((s) => s.claim).sort());
  await expectNothingRan(page, guard);
});
