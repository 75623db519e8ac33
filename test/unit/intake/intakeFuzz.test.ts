import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import type { ArticleInput } from '../../../src/core/articles/prepareArticle';
import { clipboardHtmlToText } from '../../../src/core/intake/clipboardHtmlToText';
import { decodeText } from '../../../src/core/intake/decodeText';
import { extractHtmlArticle } from '../../../src/core/intake/extractHtmlArticle';
import type { HtmlEnvironment } from '../../../src/core/intake/htmlEnvironment';
import { markdownToText } from '../../../src/core/intake/markdownToText';
import { readArticleFile } from '../../../src/core/intake/readArticleFile';
import { ArticleSchema } from '../../../src/core/model/article';
import { canonicalText } from '../../../src/core/text/canonicalText';
import { textSha256 } from '../../../src/core/text/textSha256';
import { addArticle, findArticleByTextSha256 } from '../../../src/storage/repositories/articleRepository';
import type { QuotemarkDatabase } from '../../../src/storage/database/QuotemarkDatabase';
import { librarySnapshot, openTestDatabase } from '../storage/testDatabase';
import { activeContent, byteMutation, hostileToken, htmlDocument, mutateBytes } from './htmlFuzzing';
import {
  fixtureBytes,
  fixtureText,
  jsdomWindow,
  paragraphs,
  scriptsHaveRun,
  testEnvironment,
} from './intakeEnvironment';

/**
 * Random and mutated article texts, bytes, HTML and Markdown through intake
 * (decoding, Markdown, DOMPurify + Readability, the clipboard) and on into
 * the store the way the Library's paste and file paths add an article.
 */

/** A window that would run any script put into its own document, to catch one that runs. */
const scriptWindow = jsdomWindow({ runScripts: 'dangerously' });
const alert = vi.fn();
scriptWindow.alert = alert;
/** The intake environment, recording every string it is asked to build a DOM from. */
const parsedHtml: string[] = [];
const baseEnv = testEnvironment(scriptWindow);
const env: HtmlEnvironment = { ...baseEnv, parseHtml: (html) => (parsedHtml.push(html), baseEnv.parseHtml(html)) };

/** Nothing ran, and every string that became a DOM had been sanitised of active content first. */
function expectNothingActive(): void {
  expect(scriptWindow.__xss).toBeUndefined();
  expect(alert).not.toHaveBeenCalled();
  for (const html of parsedHtml.splice(0)) expect(activeContent(html)).toEqual([]);
}

/** Store an article as the Library does (the same text twice is offered, not added); on refusal nothing is written. */
async function storeArticle(db: QuotemarkDatabase, input: ArticleInput): Promise<void> {
  const sha256 = await textSha256(canonicalText(input.text));
  const existing = await findArticleByTextSha256(db, sha256);
  if (existing) {
    expect(existing.text).toBe(canonicalText(input.text));
    return;
  }
  const before = await librarySnapshot(db);
  const added = await addArticle(db, input);
  if (!added.ok) {
    expect(added.error).toMatch(/\S/);
    expect(await librarySnapshot(db)).toEqual(before);
    return;
  }
  expect(ArticleSchema.safeParse(added.value).success).toBe(true);
  expect(await db.articles.get(added.value.id)).toEqual(added.value);
  expect(added.value.text).toBe(canonicalText(input.text));
  // The same text pasted or opened again will be recognised.
  expect((await findArticleByTextSha256(db, sha256))?.id).toBe(added.value.id);
}

const NAMES = [
  'a.txt',
  'b.TXT',
  'c.md',
  'd.markdown',
  'e.html',
  'f.htm',
  'g.xhtml',
  'h.pdf',
  'README',
  '.md',
  'x.html.txt',
  '“quoted”.txt',
  'ümlaut 😀.md',
];
const fileName = fc.oneof(
  fc.constantFrom(...NAMES),
  fc.string({ maxLength: 12 }).map((stem) => `${stem}.txt`),
);
const title = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom('', '   ', 'x'.repeat(501), '<b>Title</b>'),
);
const articleText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.string({
    unit: fc.constantFrom('a', ' ', '\n', '\r', '\t', '\u00a0', '\u0000', '\ud800', '😀', 'é', 'e\u0301', '“'),
    maxLength: 200,
  }),
);

describe('intake fuzz', () => {
  it('stores any pasted title and text, or refuses it with a message and no write', async () => {
    await fc.assert(
      fc.asyncProperty(title, articleText, async (t, text) => storeArticle(openTestDatabase(), { title: t, text })),
      { numRuns: 300 },
    );
  }, 30_000);

  it('decodes any bytes to text or an error, never text with a NUL', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const decoded = decodeText(bytes);
        if (decoded.ok) {
          expect(decoded.value.text).not.toContain('\u0000');
          expect(decoded.value.text.trim()).not.toBe('');
        } else expect(decoded.error).toMatch(/\S/);
      }),
      { numRuns: 1000 },
    );
  });

  it('reads any bytes under any name to an article or an error naming the file, and stores only what is valid', async () => {
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 400 }),
      articleText.map((text) => new TextEncoder().encode(text)),
      fc
        .tuple(
          fc.constantFrom('article.txt', 'article.md', 'news-page.html', 'hostile.html', 'latin1.txt'),
          fc.array(byteMutation, { maxLength: 3 }),
        )
        .map(([name, mutations]) => mutations.reduce(mutateBytes, fixtureBytes(name))),
    );
    await fc.assert(
      fc.asyncProperty(fileName, bytes, async (name, data) => {
        const read = readArticleFile(name, data, env);
        expectNothingActive();
        if (read.ok) await storeArticle(openTestDatabase(), read.value.input);
        else expect(read.error.message).toContain(`“${name}”`);
      }),
      { numRuns: 150 },
    );
  }, 60_000);

  it('reads random and mutated HTML without running or keeping any of its code', async () => {
    const seedPage = fc.constantFrom(
      fixtureText('news-page.html'),
      fixtureText('hostile.html'),
      fixtureText('no-article.html'),
      `<article>${paragraphs(4)}</article>`,
    );
    const page = fc.oneof(
      htmlDocument,
      fc
        .tuple(seedPage, fc.array(fc.tuple(fc.nat(), hostileToken), { minLength: 1, maxLength: 6 }))
        .map(([html, inserts]) =>
          inserts.reduce(
            (out, [at, token]) => out.slice(0, at % (out.length + 1)) + token + out.slice(at % (out.length + 1)),
            html,
          ),
        ),
    );
    await fc.assert(
      fc.asyncProperty(page, async (html) => {
        const db = openTestDatabase();
        const extracted = extractHtmlArticle(html, env, 'page.html');
        const pasted = clipboardHtmlToText(html, env);
        expectNothingActive();
        expect(typeof pasted).toBe('string');
        if (pasted !== '') await storeArticle(db, { title: 'Pasted', text: pasted });
        if (extracted.ok) await storeArticle(db, extracted.value);
        else expect(extracted.error.message).toMatch(/\S/);
      }),
      { numRuns: 80 },
    );
    // Whatever the runs queued in the window (an onerror, a timeout) would run before this.
    await scriptsHaveRun(scriptWindow);
    expectNothingActive();
  }, 60_000);

  it('turns any Markdown into text or an error', () => {
    const markdown = fc.oneof(
      fc.string({ maxLength: 300 }),
      fc
        .array(
          fc.constantFrom(
            '# ',
            '> ',
            '- ',
            '1. ',
            '```',
            '`',
            '*',
            '_',
            '[a](javascript:alert(1))',
            '![x](y)',
            '<script>alert(1)</script>',
            '<b>',
            '&amp;',
            '&bogus;',
            '\n',
            '\n\n',
            '---\n',
            '|a|b|\n|-|-|\n',
            'text ',
          ),
          { maxLength: 60 },
        )
        .map((parts) => parts.join('')),
      fc.tuple(fc.nat(), fc.nat({ max: 4000 })).map(([at, depth]) => (at % 2 ? '> ' : '- ').repeat(depth) + 'deep'),
    );
    fc.assert(
      fc.property(markdown, (source) => {
        const result = markdownToText(source);
        if (result.ok) expect(typeof result.value.text).toBe('string');
        else expect(result.error).toMatch(/\S/);
      }),
      { numRuns: 300 },
    );
  }, 30_000);
});
