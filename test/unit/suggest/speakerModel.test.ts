import { describe, expect, it } from 'vitest';
import { find, run } from './helpers';

describe('speaker ranking', () => {
  it('names an agency cleanly when a sentence follows ("KCNA", not "KCNA. No")', () => {
    const out = run(
      'Pyongyang rejected the plan on Monday.\n\n“The talks are over and will not resume,” said KCNA. No date was given.',
    );
    expect(find(out, 'talks are over')?.speaker).toBe('KCNA');
  });

  it('takes the role from a role noun before the name', () => {
    const out = run('Foreign Ministry spokesperson Hua Chunying said: “We firmly oppose these sanctions.”');
    expect(find(out, 'firmly oppose')).toMatchObject({
      speaker: 'Hua Chunying',
      role: 'Foreign Ministry spokesperson',
    });
  });

  it('takes the role from an apposition after the name', () => {
    const out = run('“Prices will keep rising this year,” said Jim Bolt, a senior economist at the bank.');
    expect(find(out, 'Prices')?.speaker).toBe('Jim Bolt');
    expect(find(out, 'Prices')?.role).toContain('economist');
  });

  it('reads a title’s full stop as part of the name ("Gov. Kasich replied")', () => {
    const out = run(
      'The hearing turned to the budget.\n\n“The bridge will be paid for this year,” Gov. Ada Marsh replied.',
    );
    expect(find(out, 'bridge')).toMatchObject({ speaker: 'Ada Marsh', role: 'Governor' });
  });

  it('does not take the person told for the speaker', () => {
    const out = run('Maria Lopez spoke after the vote.\n\n“We will not leave this city,” she told Reuters.');
    expect(find(out, 'leave this city')?.speaker).toBe('Maria Lopez');
  });

  it('gives a quotation in a run of quotes to the previous speaker', () => {
    const out = run(
      '“We lost the vote,” said Hannah Cole, the party chair. Critics disagreed with her reading.\n\n“But we will be back next year.”',
    );
    expect(find(out, 'back next year')?.speaker).toBe('Hannah Cole');
  });
});
