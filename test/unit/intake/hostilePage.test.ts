import { describe, expect, it, vi } from 'vitest';
import { clipboardHtmlToText } from '../../../src/core/intake/clipboardHtmlToText';
import { extractHtmlArticle } from '../../../src/core/intake/extractHtmlArticle';
import type { HtmlEnvironment } from '../../../src/core/intake/htmlEnvironment';
import { readArticleFile } from '../../../src/core/intake/readArticleFile';
import { sanitiseHtml } from '../../../src/core/intake/sanitiseHtml';
import { fixtureBytes, fixtureText, jsdomWindow, scriptsHaveRun, testEnvironment } from './intakeEnvironment';

const hostile = fixtureText('hostile.html');

/** Markup that must never reach a DOM that Readability or htmlBlocks read. */
const DANGEROUS = [
  /<script/i,
  /<style/i,
  /<iframe/i,
  /<svg/i,
  /<math/i,
  /<object/i,
  /<embed/i,
  /<form/i,
  /<input/i,
  /<button/i,
  /<img/i,
  /<base/i,
  /<noscript/i,
  /<template/i,
  /<mglyph/i,
  /\son[a-z]+\s*=/i,
  /\sstyle\s*=/i,
  /\ssrc\s*=/i,
  /\saction\s*=/i,
  /http-equiv/i,
  /javascript:/i,
  /__pwned/,
  /alert\(/,
  /@import/i,
];

const PARAGRAPHS = [
  'Bus drivers in Northfield have voted to strike for three days next month in a dispute over new rotas, their union said on Wednesday.',
  '“Our members are being asked to work split shifts that leave them away from home for fourteen hours a day,” said union organiser Lena Marsh. Read link text for the ballot result.',
  'The bus company said it was disappointed by the vote and would keep talking to the union before the first strike day.',
  'Passengers have been told to check timetables before travelling, as services on the busiest routes are expected to be cancelled.',
];

/** The environment with every HTML string it is asked to parse recorded. */
function recordingEnvironment(env: HtmlEnvironment): { env: HtmlEnvironment; parsed: string[] } {
  const parsed: string[] = [];
  return { parsed, env: { ...env, parseHtml: (html) => (parsed.push(html), env.parseHtml(html)) } };
}

describe('a hostile page', () => {
  it('yields exactly its ordinary paragraphs, with none of the code', () => {
    const result = extractHtmlArticle(hostile, testEnvironment(), 'hostile.html');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.title).toBe('Bus drivers vote to strike over rotas');
    expect(result.value.source).toBe('Northfield Gazette');
    expect(result.value.text.split('\n\n')).toEqual(PARAGRAPHS);
    for (const code of [
      '__pwned',
      'alert(',
      'javascript:',
      '<',
      '>',
      'onerror',
      '@import',
      'window.',
      'Enable',
      'Go',
    ]) {
      expect(result.value.text).not.toContain(code);
    }
  });

  it('is sanitised before any DOM is built from it: every parsed string is free of active content', () => {
    const { env, parsed } = recordingEnvironment(testEnvironment());
    extractHtmlArticle(hostile, env);
    clipboardHtmlToText(hostile, env);
    readArticleFile('no-article.html', fixtureBytes('no-article.html'), env); // the visible-text path
    expect(parsed.length).toBeGreaterThanOrEqual(4);
    for (const html of parsed) for (const pattern of DANGEROUS) expect(html).not.toMatch(pattern);
  });

  it('is sanitised down to inert markup that still has its paragraphs and metadata', () => {
    const clean = sanitiseHtml(hostile, testEnvironment(), 'page');
    expect(clean.ok).toBe(true);
    if (!clean.ok) return;
    for (const pattern of DANGEROUS) expect(clean.value).not.toMatch(pattern);
    expect(clean.value).toContain('<meta property="og:site_name" content="Northfield Gazette">');
    expect(clean.value).toContain('<title>Bus drivers vote to strike over rotas | Northfield Gazette</title>');
    // The refresh meta and the stylesheet link lose their values; the link's text survives.
    expect(clean.value).toMatch(/<meta>\s*<title>|<meta>\s*<meta>/);
    expect(clean.value).toContain('<link rel="stylesheet">');
    expect(clean.value).toContain('Read <a>link text</a> for the ballot result.');
  });

  it('runs nothing, even in a window that would run scripts', async () => {
    const window = jsdomWindow({ runScripts: 'dangerously' });
    const alert = vi.fn();
    window.alert = alert;
    // Control: this window really does run scripts placed in its own document.
    const probe = window.document.createElement('script');
    probe.textContent = 'window.__probe = 1';
    window.document.body.appendChild(probe);
    expect(window.__probe).toBe(1);

    const env = testEnvironment(window);
    const read = readArticleFile('hostile.html', fixtureBytes('hostile.html'), env);
    const pasted = clipboardHtmlToText(hostile, env);
    // Whatever the reading queued (an onerror, an onload, a timeout) would run before this.
    await scriptsHaveRun(window);
    expect(read.ok).toBe(true);
    expect(pasted).toContain(PARAGRAPHS[0]);
    expect(window.__pwned).toBeUndefined();
    expect(alert).not.toHaveBeenCalled();
    expect(window.document.body.innerHTML).not.toContain('Northfield');
  });

  it('is refused, not passed through, where DOMPurify cannot run', () => {
    const unsupported = testEnvironment();
    // As DOMPurify reports itself in a browser that lacks what it needs.
    unsupported.purifier.isSupported = false;
    const result = extractHtmlArticle(hostile, unsupported);
    expect(result).toEqual({
      ok: false,
      error: { kind: 'unreadable', message: 'this browser cannot sanitise HTML safely, so the page was not read' },
    });
    expect(clipboardHtmlToText(hostile, unsupported)).toBe('');
  });
});
