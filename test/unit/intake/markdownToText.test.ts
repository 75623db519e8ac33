import { describe, expect, it } from 'vitest';
import { markdownToText } from '../../../src/core/intake/markdownToText';
import { fixtureText } from './intakeEnvironment';

function blocksOf(markdown: string): string[] {
  const result = markdownToText(markdown);
  if (!result.ok) throw new Error(result.error);
  return result.value.text === '' ? [] : result.value.text.split('\n\n');
}

describe('markdownToText', () => {
  it('reads the fixture as one block per heading, paragraph, list item and quote paragraph', () => {
    const result = markdownToText(fixtureText('article.md'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.firstHeading).toBe('Harbour ferry service to resume');
    expect(result.value.text.split('\n\n')).toEqual([
      'Harbour ferry service to resume',
      'The harbour ferry will run again from 1 June, the port authority said on Monday, after a two-year suspension caused by repairs to the north pier.',
      'What changes',
      'Boats every 20 minutes at peak times',
      'A new stop at Quay 3',
      'Tickets cost £2.50, or less with a season pass',
      '“We know people have waited a long time,” said harbour master Ana Ruiz. “The service will be better than before.”',
      'Local businesses welcomed the news. One café owner said trade had fallen by a third since the ferry stopped.',
      'Ferry at the quay',
    ]);
  });

  it('drops front matter, raw HTML and the code inside script tags, never keeping markup', () => {
    const result = markdownToText(fixtureText('article.md'));
    const text = result.ok ? result.value.text : '';
    for (const fragment of [
      'Jane Example',
      'tags:',
      '---',
      '__pwned',
      'alert(',
      '<',
      '>',
      '*',
      '`',
      '](',
      'https://',
      '&pound;',
    ]) {
      expect(text).not.toContain(fragment);
    }
  });

  it('keeps the text of links, emphasis, strong, code and strikethrough, and alt text of images', () => {
    expect(
      blocksOf('A [linked *word*](https://x.example) and **bold**, `code` and ~~struck~~ ![a chart](c.png)![](d.png).'),
    ).toEqual(['A linked word and bold, code and struck a chart.']);
    expect(blocksOf('See [the report][r].\n\n[r]: https://x.example "Report"')).toEqual(['See the report.']);
  });

  it('turns soft line breaks into spaces and hard breaks into line breaks', () => {
    expect(blocksOf('one\ntwo  \nthree\\\nfour')).toEqual(['one two\nthree\nfour']);
  });

  it('keeps code blocks verbatim as one block', () => {
    expect(blocksOf('Intro\n\n```js\nconst a = 1;\n  if (a) go();\n```\n\n    indented code')).toEqual([
      'Intro',
      'const a = 1;\n  if (a) go();',
      'indented code',
    ]);
  });

  it('gives each list item, nested or loose, its own blocks', () => {
    expect(blocksOf('1. First\n2. Second\n   - Nested\n\n     More of nested\n- [x] Done task')).toEqual([
      'First',
      'Second',
      'Nested',
      'More of nested',
      'Done task',
    ]);
  });

  it('reads a table as one block per row with tab-separated cells', () => {
    expect(blocksOf('| Party | Seats |\n| --- | ---: |\n| Green | 12 |\n| Blue | 7 |')).toEqual([
      'Party\tSeats',
      'Green\t12',
      'Blue\t7',
    ]);
  });

  it('drops HTML blocks and inline tags but keeps the words between inline tags', () => {
    expect(
      blocksOf('<div class="x">\n<p>html block</p>\n</div>\n\nSome <b>bold</b> <style>p{}</style>words<br>here.'),
    ).toEqual(['Some bold words\nhere.']);
  });

  it('drops TOML front matter and a thematic break', () => {
    expect(blocksOf('+++\ntitle = "x"\n+++\n\nAbove\n\n***\n\nBelow')).toEqual(['Above', 'Below']);
  });

  it('yields no text and no heading for a document of markup only', () => {
    expect(markdownToText('<!-- comment -->\n\n---\n')).toEqual({ ok: true, value: { text: '' } });
  });

  it('survives absurd nesting without throwing', () => {
    expect(() => markdownToText(`${'> '.repeat(2000)}deep`)).not.toThrow();
    expect(() => markdownToText(`${'*'.repeat(5000)}deep${'*'.repeat(5000)}`)).not.toThrow();
  });

  it('reads a long file in well under a second per 100 KB', () => {
    // Why marked and not micromark: micromark grows superlinearly (a 550 KB file took 24 s).
    const long = fixtureText('article.md').repeat(400);
    const started = performance.now();
    const result = markdownToText(long);
    expect(result.ok).toBe(true);
    expect(performance.now() - started).toBeLessThan((long.length / 100_000) * 1000);
  });

  it('decodes named character references but leaves unknown ones and those in code as written', () => {
    expect(blocksOf('&amp; &pound; &eacute; &#8212; &#x41; &nosuch; &constructor; `&amp;`')).toEqual([
      '& £ é — A &nosuch; &constructor; &amp;',
    ]);
  });
});
