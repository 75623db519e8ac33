import { describe, expect, it } from 'vitest';
import { find, run } from './helpers';

describe('speaker names read cleanly from the sentences round a quotation', () => {
  it('gives a surname the full name it has, not a date written after it', () => {
    const out = run(
      'Mayor Ada Lind met Trask May 12 in Salem.\n\nLater that week Bo Trask toured the plant.\n\n“It was a fine meeting,” Trask said.',
    );
    expect(find(out, 'fine meeting')?.speaker).toBe('Bo Trask');
  });

  it('does not read a sentence opener after a full stop as part of a name', () => {
    const out = run(
      'The council met on Monday with no offense meant to America. So Ada Lind spoke first.\n\n“We cannot wait another year,” she said.',
    );
    expect(find(out, 'another year')?.speaker).toBe('Ada Lind');
  });

  it('does not take a body named in the apposition for the speaker', () => {
    const out = run(
      'Rep. Jane Doe (D-Md.), chair of the Platform Committee, said the process was “open to every viewpoint.”\n\nShe said it would be “fair to all.”',
    );
    expect(find(out, 'every viewpoint')?.speaker).toBe('Jane Doe');
    expect(find(out, 'fair to all')?.speaker).toBe('Jane Doe');
  });

  it('reads an age after "said the" as the person described', () => {
    const out = run(
      'The former model defended her husband.\n\n“He has always been a leader,” said the 46-year-old. “Now he will work for you.”',
    );
    expect(find(out, 'always been a leader')?.speaker).toBe('46-year-old');
  });

  it('ends a name at a headline verb in capitals', () => {
    const out = run(
      'Lind Blasts Trask, Calls Plan Unfair.\n\nBo Trask defended the plan on Monday.\n\n“It is fair to every family,” Trask said.',
    );
    expect(find(out, 'fair to every family')?.speaker).toBe('Bo Trask');
  });
});
