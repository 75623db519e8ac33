import { describe, expect, it } from 'vitest';
import { clipboardHtmlToText } from '../../../src/core/intake/clipboardHtmlToText';
import { testEnvironment } from './intakeEnvironment';

const env = testEnvironment();

describe('clipboardHtmlToText', () => {
  it('keeps the paragraphs of a browser selection and drops the markup', () => {
    // What Chromium puts on the clipboard for a selection across two paragraphs.
    const html = `<meta charset='utf-8'><html><body><!--StartFragment--><p style="color: rgb(0, 0, 0);">“We will not back down,” <b>she</b> said.</p><p>The vote is on <a href="https://x.example">Friday</a>.</p><!--EndFragment--></body></html>`;
    expect(clipboardHtmlToText(html, env)).toBe('“We will not back down,” she said.\n\nThe vote is on Friday.');
  });

  it('keeps a partial selection of inline text as one block', () => {
    expect(clipboardHtmlToText('<span>only   part</span> of <i>a</i> line', env)).toBe('only part of a line');
  });

  it('drops scripts, handlers and buttons copied along with the text', () => {
    const html =
      '<p>Real text.</p><script>alert(1)</script><img src=x onerror="alert(2)"><button>Share</button><p onclick="alert(3)">More.</p>';
    expect(clipboardHtmlToText(html, env)).toBe('Real text.\n\nMore.');
  });

  it('is empty when nothing readable is left, so the caller can use the plain text', () => {
    expect(clipboardHtmlToText('', env)).toBe('');
    expect(clipboardHtmlToText('<img src="a.png"><script>x()</script>', env)).toBe('');
  });
});
