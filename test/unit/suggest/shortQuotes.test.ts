import { describe, expect, it } from 'vitest';
import { find, run } from './helpers';

describe('short quotations with no speech verb', () => {
  it('keeps a word quoted in passing in lower case, with the sentence’s subject as speaker', () => {
    const out = run('Senator Ada Lind has accused her rivals of waging “profane” attacks on her family.');
    expect(find(out, 'profane')?.kind).toBe('mixed');
    expect(find(out, 'profane')?.speaker).toBe('Ada Lind');
  });

  it('leaves out a programme’s title after a possessive, closing comma and all', () => {
    const out = run(
      'Sunday on Channel Nine’s “Morning Report Live,” Senator Ada Lind said the bill was “a fraud on every taxpayer.”',
    );
    expect(find(out, 'Morning Report')).toBeUndefined();
    expect(find(out, 'a fraud on every taxpayer')?.speaker).toBe('Ada Lind');
  });
});
