import { describe, expect, it } from 'vitest';
import { extractHtmlArticle, MIN_ARTICLE_CHARACTERS } from '../../../src/core/intake/extractHtmlArticle';
import { fixtureText, paragraphs, testEnvironment } from './intakeEnvironment';

const env = testEnvironment();

const page = (head: string, body: string) => `<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`;

describe('extractHtmlArticle on a saved news page', () => {
  const result = extractHtmlArticle(fixtureText('news-page.html'), env, 'news-page.html');
  const article = result.ok ? result.value : undefined;

  it('reads the page metadata', () => {
    expect(result.ok).toBe(true);
    expect(article).toMatchObject({
      title: 'Water board defends price rise as customers object',
      source: 'The Valley Courier',
      url: 'https://courier.example/news/2025/03/14/water-board-price-rise',
      publishedAt: '2025-03-14T08:30:00+00:00',
      author: 'Martha Okafor',
    });
  });

  it('keeps the article paragraphs as blocks, quotes and all', () => {
    const blocks = article!.text.split('\n\n');
    expect(blocks).toHaveLength(6);
    expect(blocks[0]).toMatch(/^The Valley Water Board has defended a 9 per cent rise/);
    expect(blocks[1]).toBe(
      '“We cannot keep patching equipment that was installed before most of our customers were born,” the board’s chief executive, Daniel Whitcombe, told a public meeting on Thursday evening. “The rise is the smallest we could make while keeping the water safe.”',
    );
    expect(blocks[5]).toMatch(/bonuses for this year had been suspended\.$/);
  });

  it('leaves out the cookie banner, navigation, related links, comments and footer', () => {
    for (const clutter of [
      'cookies',
      'Accept all',
      'Sport',
      'Related stories',
      'Hosepipe',
      'Mill Lane',
      'Comments',
      'All rights reserved',
      'Privacy',
    ]) {
      expect(article!.text).not.toContain(clutter);
    }
  });
});

describe('extractHtmlArticle metadata fallbacks', () => {
  it('takes the canonical link, <time datetime> and a "By" author when there is no Open Graph', () => {
    const html = page(
      '<title>Plain page</title><link rel="canonical" href="https://paper.example/a/1"><meta name="author" content="By Sam Lee">',
      `<article><h1>Plain page</h1><time datetime="2024-05-01">1 May</time>${paragraphs(4)}</article>`,
    );
    const result = extractHtmlArticle(html, env);
    expect(result.ok && result.value).toMatchObject({
      title: 'Plain page',
      url: 'https://paper.example/a/1',
      publishedAt: '2024-05-01',
      author: 'Sam Lee',
    });
  });

  it('ignores addresses that are relative or not on the web, and dates that are not ISO', () => {
    const html = page(
      '<title>T</title><meta property="og:url" content="javascript:alert(1)"><link rel="canonical" href="/relative"><meta name="date" content="5/3/24">',
      `<article>${paragraphs(4)}</article>`,
    );
    const result = extractHtmlArticle(html, env);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.url).toBeUndefined();
    expect(result.value.publishedAt).toBeUndefined();
  });

  it('names the article after the file when the page has no title at all', () => {
    const result = extractHtmlArticle(page('', `<div>${paragraphs(4)}</div>`), env, 'saved story.html');
    expect(result.ok && result.value.title).toBe('saved story');
  });
});

describe('extractHtmlArticle without an article', () => {
  it('refuses a page of links and offers its visible text instead', () => {
    const result = extractHtmlArticle(fixtureText('no-article.html'), env, 'no-article.html');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toEqual({
      kind: 'no-article',
      message: 'no readable article was found in this page',
      visibleText: 'The Valley Courier\n\nNews\n\nSport\n\nBusiness\n\nOpinion\n\nChoose a section to start reading.',
      title: 'Sections | The Valley Courier',
    });
  });

  it(`treats fewer than ${MIN_ARTICLE_CHARACTERS} characters of article text as no article`, () => {
    const result = extractHtmlArticle(
      page('<title>Teaser</title>', '<article><p>Subscribe to read the rest of this story.</p></article>'),
      env,
    );
    expect(!result.ok && result.error.kind).toBe('no-article');
  });

  it('gives a plain error when there is no visible text at all', () => {
    for (const html of ['', '<html><body><nav><a href="/">Home</a></nav><script>x()</script></body></html>']) {
      expect(extractHtmlArticle(html, env)).toEqual({
        ok: false,
        error: { kind: 'unreadable', message: 'the page has no readable text' },
      });
    }
  });
});
