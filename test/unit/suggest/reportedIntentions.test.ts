import { describe, expect, it } from 'vitest';
import { find, run } from './helpers';

describe('indirect statements beyond "said that"', () => {
  it('finds a belief with a that-clause', () => {
    const out = run('Mayor Ruth Okafor believes that the bridge can reopen by spring.');
    expect(find(out, 'bridge')).toMatchObject({ kind: 'indirect', text: 'the bridge can reopen by spring' });
    expect(find(out, 'bridge')?.cue?.text).toBe('believes');
  });

  it('finds an intention with a to-infinitive, keeping the "to"', () => {
    const out = run('The union wants to reopen talks with the port authority next week.');
    expect(find(out, 'reopen')).toMatchObject({
      kind: 'indirect',
      text: 'to reopen talks with the port authority next week',
    });
  });

  it('finds what someone was urged to do', () => {
    const out = run('Ana Reyes urged the council to delay the vote until the audit is published.');
    expect(find(out, 'delay')?.text).toBe('to delay the vote until the audit is published');
  });

  it('finds a reported question', () => {
    const out = run('Reporters asked whether the minister would resign over the leak.');
    expect(find(out, 'resign')?.text).toBe('whether the minister would resign over the leak');
  });

  it('finds the content of a claim owned by a name', () => {
    const out = run("Critics dismissed Tom Baker's claim that the tax cut pays for itself.");
    expect(find(out, 'tax cut')).toMatchObject({ kind: 'indirect', text: 'the tax cut pays for itself' });
  });

  it('leaves a relative clause after a noun without an owner alone', () => {
    const out = run('The plan that the council passed will cost four million dollars.');
    expect(out).toEqual([]);
  });

  it('reads the clauses on both sides of a mid-sentence "X said,"', () => {
    const out = run('The emails were routine, the newspaper said, including notes on meetings and travel.');
    expect(out.map((s) => s.text)).toEqual(['The emails were routine', 'including notes on meetings and travel']);
  });

  it('finds a reported clause after a quotation in the same sentence', () => {
    const out = run('Lena Park called the result "a good start" and said the party would keep campaigning.');
    expect(find(out, 'keep campaigning')?.kind).toBe('indirect');
  });

  it('finds a bare clause after a group that is not a name', () => {
    const out = run('Sixty percent of voters say they would back the measure in November.');
    expect(find(out, 'back the measure')?.text).toBe('they would back the measure in November');
  });
});

describe('speakers described, not named', () => {
  it('gives a quotation to a described speaker when no name is near', () => {
    const out = run('“We are tired of waiting,” the gambling tycoon told the paper.');
    expect(out[0]?.speaker).toBe('gambling tycoon');
  });

  it('reads a role description back to the named person holding it', () => {
    const out = run(
      'Transport Ministry spokesman Leo Varga said the line would reopen.\n\n“Repairs take time,” the spokesman said.',
    );
    expect(find(out, 'Repairs')?.speaker).toBe('Leo Varga');
  });

  it('attributes a quotation followed by a name and any past-tense verb', () => {
    const out = run('“Go back to your seat,” Jane Doe snorted, and the room fell silent.');
    expect(out[0]).toMatchObject({ speaker: 'Jane Doe', kind: 'direct' });
    expect(out[0]?.cue?.text).toBe('snorted');
  });

  it('attributes a chant to the people chanting', () => {
    const out = run('Protesters chanted "No more wars, no more lies" outside the embassy.');
    expect(out[0]).toMatchObject({ speaker: 'Protesters', text: 'No more wars, no more lies' });
  });

  it('gives a headline quotation to the name before the colon', () => {
    const out = run('Graham: Rival’s ‘Incredibly Hateful Rhetoric’ Hurts the Party.\n\nThe senator spoke on Sunday.');
    expect(find(out, 'Hateful')?.speaker).toBe('Graham');
  });
});
