import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../src/core/suggest/quoteMarks';
import { find, run } from './helpers';

describe('direct quotations', () => {
  it('finds curly quotes and excludes the marks from the span', () => {
    const out = run('“The bridge will open in May,” said Dana Whitfield.');
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ kind: 'direct', text: 'The bridge will open in May,', speaker: 'Dana Whitfield' });
  });

  it('pairs straight double quotes by position', () => {
    const out = run('"Rents are too high," Omar Fenn said. He added: "Nobody can pay them."');
    expect(find(out, 'Rents')?.speaker).toBe('Omar Fenn');
    expect(find(out, 'Nobody')).toMatchObject({ kind: 'direct', speaker: 'Omar Fenn' });
  });

  it('splits a quote around its attribution and keeps the speaker', () => {
    const out = run('“The harvest was poor,” Grace Mbeki said. “Prices will rise.”');
    expect(out.map((s) => [s.text, s.speaker])).toEqual([
      ['The harvest was poor,', 'Grace Mbeki'],
      ['Prices will rise.', 'Grace Mbeki'],
    ]);
  });

  it('treats single curly quotes as quotes but not apostrophes', () => {
    const out = run('‘We can’t wait any longer,’ Lena Ortiz told the council.');
    expect(out[0]).toMatchObject({ text: 'We can’t wait any longer,', speaker: 'Lena Ortiz', kind: 'direct' });
  });

  it('reads guillemets', () => {
    const out = run('«The vote was fair», said Paul Arnaud.');
    expect(out[0]).toMatchObject({ text: 'The vote was fair', speaker: 'Paul Arnaud' });
  });

  it('reads German low-high marks, reversed guillemets and Japanese corner brackets', () => {
    const spans = (text: string) => findQuotes(text).map((q) => text.slice(q.start, q.end));
    expect(spans('Scholz sagte: „Das ist ein Wendepunkt“, und ging.')).toEqual(['Das ist ein Wendepunkt']);
    expect(spans('Er sagte: »Wir geben nicht nach«, berichtete die dpa.')).toEqual(['Wir geben nicht nach']);
    expect(spans('Il a dit : « Nous ne céderons pas », selon l’AFP.')).toEqual([' Nous ne céderons pas ']);
    expect(spans('首相は「日本は毅然と対応する」と述べた。')).toEqual(['日本は毅然と対応する']);
  });

  it('joins a multi-paragraph quote whose closing mark is omitted', () => {
    const out = run(
      '“First, we will cut the fees for every family in the county.\n\n“Second, we will hire more teachers,” the mayor, Ruth Okafor, said.',
    );
    expect(out).toHaveLength(2);
    expect(out.every((s) => s.kind === 'direct' && s.speaker === 'Ruth Okafor')).toBe(true);
  });

  it('keeps a nested quote inside the outer one', () => {
    const out = run('“He told me ‘go home’ and left,” Ivan Petrov said.');
    expect(out).toHaveLength(1);
    expect(out[0]?.text).toBe('He told me ‘go home’ and left,');
  });

  it('ignores scare quotes and titles without a speech verb', () => {
    expect(run('The so-called “smart” meters arrived late.')).toEqual([]);
    expect(run('She starred in “The Long Road Home” last year.')).toEqual([]);
  });

  it('reports offsets in UTF-16 code units', () => {
    const text = 'Emoji 🙂 first. “We won,” said Kim Lee.';
    const s = run(text)[0]!;
    expect(text.slice(s.start, s.end)).toBe('We won,');
  });
});
