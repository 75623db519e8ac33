import { describe, expect, it } from 'vitest';
import { find, run } from './helpers';

describe('mixed and indirect statements', () => {
  it('marks a quoted fragment inside reported speech as mixed', () => {
    const out = run('The mayor, Ruth Okafor, said in a statement that the town “will not bow to pressure.”');
    expect(find(out, 'bow')).toMatchObject({
      kind: 'mixed',
      speaker: 'Ruth Okafor',
      text: 'will not bow to pressure.',
    });
  });

  it('keeps a short term governed by a speech verb as mixed', () => {
    const out = run('Union leader Sam Hale called the offer “insulting,” and walked out.');
    expect(out[0]).toMatchObject({ kind: 'mixed', text: 'insulting,', speaker: 'Sam Hale' });
    expect(out[0]?.cue?.text).toBe('called');
  });

  it('finds a that-clause after a speech verb', () => {
    const out = run('Economist Priya Nair argued that interest rates would fall next year.');
    expect(out[0]).toMatchObject({
      kind: 'indirect',
      text: 'interest rates would fall next year',
      speaker: 'Priya Nair',
    });
    expect(out[0]?.cue?.text).toBe('argued');
  });

  it('finds "told reporters" and a bare clause', () => {
    const out = run('Coach Alan Briggs told reporters the team was exhausted.');
    expect(out[0]).toMatchObject({ kind: 'indirect', text: 'the team was exhausted', speaker: 'Alan Briggs' });
  });

  it('finds "according to X" before or after the clause', () => {
    const a = run('According to the fire service, the blaze started in a kitchen.');
    expect(a[0]).toMatchObject({ kind: 'indirect', text: 'the blaze started in a kitchen' });
    const b = run('Turnout fell sharply this year, according to Nora Quist, a county clerk.');
    expect(b[0]).toMatchObject({ kind: 'indirect', text: 'Turnout fell sharply this year', speaker: 'Nora Quist' });
  });

  it('finds a clause attributed at the end of the sentence', () => {
    const out = run('The plant will close in June, the Harbor Energy Company said.');
    expect(out[0]).toMatchObject({
      kind: 'indirect',
      text: 'The plant will close in June',
      speaker: 'Harbor Energy Company',
    });
  });
});

describe('adverbial openers', () => {
  it('does not take a place in an opening phrase for the speaker', () => {
    const out = run('In a post on Tuesday, the senator wrote that the vote "was rigged from the start."');
    expect(out[0]).toMatchObject({ kind: 'mixed', speaker: 'senator' });
  });
});
