import { textBlocks } from '../src/core/text/textBlocks';
import type { OpenPageData } from './fixtures/openPageData';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The open floor: a static page with the article's paragraphs and one
 * <mark> per statement (nested where statements nest), coloured inline, and
 * no script at all: what the browser needs at least to show this text.
 */
export function floorPage(data: OpenPageData): string {
  const opens = new Map<number, typeof data.statements>();
  const closes = new Map<number, number>();
  for (const s of data.statements) {
    opens.set(s.start, [...(opens.get(s.start) ?? []), s]);
    closes.set(s.end, (closes.get(s.end) ?? 0) + 1);
  }
  // Outer marks open first: at one offset, the longer statement encloses the shorter.
  for (const list of opens.values()) list.sort((a, b) => b.end - a.end);
  const html = textBlocks(data.text).map((block) => {
    let out = '';
    for (let i = block.start; i <= block.end; i++) {
      out += '</mark>'.repeat(closes.get(i) ?? 0);
      for (const s of opens.get(i) ?? []) out += `<mark data-statement-id="${s.id}" style="background:${s.color}33">`;
      if (i < block.end) out += escape(block.text[i - block.start] ?? '');
    }
    return `<p>${out}</p>`;
  });
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escape(data.title)} (floor)</title>
<style>body{font:1.1rem/1.6 Georgia,serif;max-width:42rem;margin:1rem auto;padding:0 1rem}</style></head>
<body><article id="text"><h1>${escape(data.title)}</h1>
${html.join('\n')}
</article></body></html>`;
}
