import { describe, expect, it } from 'vitest';
import { adoptChanges, type StatementFields } from '../../../src/ui/article/statementFields';

const quote = { start: 0, end: 3, exact: 'abc', prefix: '', suffix: 'd' };
const stored: StatementFields = {
  quote,
  cue: null,
  tags: 'a',
  speaker: { id: 'sp' },
  role: '',
  kind: 'direct',
  claim: 'old',
  topic: null,
  stance: '',
  note: '',
};

describe('adoptChanges: the form after another tab saved the statement', () => {
  it('takes every field whose stored value changed and keeps what the person typed in the others', () => {
    const typed = { ...stored, claim: 'typed', note: 'mine' };
    // The other tab's record lists the quote's keys in another order: the same
    // quote (recordsEqual), so only the tags and the speaker count as changed.
    const elsewhere = {
      ...stored,
      quote: { suffix: 'd', prefix: '', exact: 'abc', end: 3, start: 0 },
      tags: 'a, b',
      speaker: { id: 'other' },
    };
    const adopted = adoptChanges(typed, stored, elsewhere);
    expect(adopted).toEqual({ ...typed, tags: 'a, b', speaker: { id: 'other' } });
    expect(adopted.quote).toBe(quote);
  });
});
