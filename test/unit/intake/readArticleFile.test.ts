import { describe, expect, it } from 'vitest';
import { prepareArticle } from '../../../src/core/articles/prepareArticle';
import { MAX_ARTICLE_FILE_BYTES, readArticleFile } from '../../../src/core/intake/readArticleFile';
import { fixtureBytes, paragraphs, testEnvironment } from './intakeEnvironment';

const env = testEnvironment();
const utf8 = (text: string) => new TextEncoder().encode(text);
const read = (name: string, bytes = fixtureBytes(name)) => readArticleFile(name, bytes, env);

describe('readArticleFile', () => {
  it('reads a text file whole, titled by its first line', () => {
    const result = read('article.txt');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.notices).toEqual([]);
    expect(result.value.input.title).toBe('Council approves river footbridge after year-long dispute');
    expect(result.value.input.text.startsWith('Council approves river footbridge')).toBe(true);
    expect(result.value.input.text).toContain('“It’s long overdue.”');
    expect(result.value.input.text).toContain('too high — a point');
  });

  it('titles a text file by its name when the first line is a paragraph, not a headline', () => {
    const result = read('Long Story.TXT', utf8(`${'word '.repeat(60)}\n\nSecond paragraph.`));
    expect(result.ok && result.value.input.title).toBe('Long Story');
  });

  it('reads Markdown as plain text titled by its first heading', () => {
    const result = read('article.md');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.input.title).toBe('Harbour ferry service to resume');
    expect(result.value.input.text.split('\n\n')).toHaveLength(9);
    expect(result.value.input.text).not.toMatch(/[<>*`]|__pwned|Jane Example/);
  });

  it('titles Markdown without a heading by its first line', () => {
    const result = read('notes.markdown', utf8('A *short* opening line\n\nMore text.'));
    expect(result.ok && result.value.input).toEqual({
      title: 'A short opening line',
      text: 'A short opening line\n\nMore text.',
    });
  });

  it('reads a saved web page with its metadata', () => {
    const result = read('news-page.html');
    expect(result.ok && result.value.input).toMatchObject({
      title: 'Water board defends price rise as customers object',
      source: 'The Valley Courier',
      author: 'Martha Okafor',
      publishedAt: '2025-03-14T08:30:00+00:00',
      url: 'https://courier.example/news/2025/03/14/water-board-price-rise',
    });
  });

  it.each(['page.htm', 'page.XHTML'])('takes %s as HTML too', (name) => {
    expect(read(name, fixtureBytes('news-page.html')).ok).toBe(true);
  });

  it('offers the visible text of a page without an article, with a title', () => {
    const result = read('no-article.html');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.message).toBe('“no-article.html”: no readable article was found in this page');
    expect(result.error.visibleText).toContain('Choose a section to start reading.');
    expect(result.error.title).toBe('Sections | The Valley Courier');
  });

  it('reads Windows-1252 with a notice that names the file', () => {
    const result = read('latin1.txt');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.notices).toEqual(['“latin1.txt” was not valid UTF-8; read as Windows-1252 (Western European)']);
    expect(result.value.input.title).toBe('Café owners welcome new market rules');
    expect(result.value.input.text).toContain('“We’re pleased,” said René Dubois');
  });

  it('honours the charset a web page declares when it is not UTF-8, and says so', () => {
    const head = [
      ...`<html><head><meta charset="windows-1251"><title>Kyiv</title></head><body><article>${paragraphs(4)}<p>`,
    ].map((c) => c.charCodeAt(0));
    const bytes = new Uint8Array([
      ...head,
      0xcf,
      0xf0,
      0xe8,
      0xe2,
      0xe5,
      0xf2,
      ...[...'</p></article></body></html>'].map((c) => c.charCodeAt(0)),
    ]);
    const result = read('kyiv.html', bytes);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.input.text.endsWith('Привет')).toBe(true);
    expect(result.value.notices).toEqual([
      '“kyiv.html” was not valid UTF-8; read as windows-1251, as the page declares',
    ]);
  });

  it.each([
    ['binary.txt', '“binary.txt”: it contains binary data (NUL bytes), not text'],
    ['empty.txt', '“empty.txt”: the file is empty'],
    ['notes.pdf', '“notes.pdf” is not a supported file type: use .txt, .md or .html'],
  ])('refuses %s with a message naming it', (name, message) => {
    expect(read(name)).toEqual({ ok: false, error: { message } });
  });

  it('refuses a file without an extension, or an empty Markdown file', () => {
    expect(read('README', utf8('text'))).toEqual({
      ok: false,
      error: { message: '“README” is not a supported file type: use .txt, .md or .html' },
    });
    expect(read('blank.md', utf8('<!-- nothing -->\n'))).toEqual({
      ok: false,
      error: { message: '“blank.md”: it has no text once the Markdown is read' },
    });
  });

  it('refuses files over 5 MB before decoding them, and takes one of exactly 5 MB', () => {
    expect(MAX_ARTICLE_FILE_BYTES).toBe(5 * 1024 * 1024);
    const big = new Uint8Array(Math.round(6.2 * 1024 * 1024)).fill(0x61);
    expect(read('big.txt', big)).toEqual({ ok: false, error: { message: '“big.txt” is 6.2 MB; the limit is 5 MB' } });
    expect(read('over.txt', new Uint8Array(MAX_ARTICLE_FILE_BYTES + 1).fill(0x61))).toEqual({
      ok: false,
      error: { message: '“over.txt” is 5.1 MB; the limit is 5 MB' },
    });
    expect(read('limit.txt', new Uint8Array(MAX_ARTICLE_FILE_BYTES).fill(0x61)).ok).toBe(true);
  });

  it.each(['article.txt', 'article.md', 'news-page.html', 'hostile.html', 'latin1.txt'])(
    'gives input that prepareArticle accepts (%s)',
    async (name) => {
      const result = read(name);
      if (!result.ok) throw new Error(result.error.message);
      const prepared = await prepareArticle(result.value.input, { id: 'a1', now: new Date('2026-01-01T00:00:00Z') });
      expect(prepared.ok).toBe(true);
    },
  );
});
