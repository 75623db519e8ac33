import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { run } from './helpers';

const pieces = [
  '"',
  '“',
  '”',
  '‘',
  '’',
  "'",
  '«',
  '»',
  ' said ',
  ' he ',
  'Jane Doe',
  ',',
  '.',
  '\n\n',
  ' that ',
  'the ministry',
  ' according to ',
  'MORE',
  'ab',
  ' ',
];

describe('robustness', () => {
  it('never throws and always returns valid offsets on arbitrary text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }), (parts) => {
        const text = parts.join('');
        for (const s of run(text)) {
          expect(s.start).toBeGreaterThanOrEqual(0);
          expect(s.end).toBeLessThanOrEqual(text.length);
          expect(s.end).toBeGreaterThan(s.start);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('handles an unclosed quotation without swallowing the next paragraphs', () => {
    const out = run(
      '“This opens and never closes, Mia Tran said.\n\nThe council met on Friday.\n\n“A new quote,” Tran said.',
    );
    expect(out.some((s) => s.text.includes('council met'))).toBe(false);
    expect(out.find((s) => s.text.startsWith('A new quote'))?.speaker).toBe('Mia Tran');
  });
});
