import { describe, expect, it } from 'vitest';
import { find, run } from './helpers';

describe('attribution', () => {
  it('takes the subject after the verb ("said X")', () => {
    expect(run('"It is over," said Marta Kuhn.')[0]?.speaker).toBe('Marta Kuhn');
  });

  it('resolves a pronoun to the most recent speaker', () => {
    const out = run('Pilot Jo Brandt said the runway was icy.\n\n“We had no choice,” she said.');
    expect(find(out, 'no choice')?.speaker).toBe('Jo Brandt');
  });

  it('resolves a nominal back-reference to the speaker with that role', () => {
    const out = run(
      'Transport Ministry spokesman Leo Varga said the line would reopen.\n\n“Repairs take time,” the spokesman said.',
    );
    expect(find(out, 'Repairs')?.speaker).toBe('Leo Varga');
  });

  it('continues the last speaker in an unattributed quote paragraph', () => {
    const out = run('“We lost the vote,” Hannah Cole said.\n\n“But we will be back next year.”');
    expect(find(out, 'back next year')?.speaker).toBe('Hannah Cole');
  });

  it('canonicalises a surname to the longest full name in the article', () => {
    const out = run('Governor Felipe Arroyo signed the bill on Friday.\n\n“This is a good day,” Arroyo said.');
    expect(find(out, 'good day')).toMatchObject({ speaker: 'Felipe Arroyo', role: 'Governor' });
  });

  it('strips titles and keeps party tags in the role', () => {
    const out = run('Sen. Tom Reed (D-Ohio) said, "This bill matters."');
    expect(out[0]).toMatchObject({ speaker: 'Tom Reed', role: 'Senator D-Ohio' });
  });

  it('reads a title with "of" whole: Secretary of State Antony Blinken', () => {
    const out = run(
      'Secretary of State Antony Blinken said in a statement that China "continues to commit genocide and crimes against humanity in Xinjiang."',
    );
    expect(out[0]).toMatchObject({ speaker: 'Antony Blinken', role: 'Secretary of State' });
  });

  it('reads roles from titles before the name and appositions after it', () => {
    const a = run('Regional Health Ministry spokeswoman Ana Diaz told reporters that the clinic would reopen.');
    expect(a[0]).toMatchObject({ speaker: 'Ana Diaz', role: 'Regional Health Ministry spokeswoman' });
    const b = run('Maria Lopez, the director of the city water board, said the pipes would be replaced.');
    expect(b[0]).toMatchObject({ speaker: 'Maria Lopez', role: 'the director of the city water board' });
  });

  it('attributes a quote introduced by a colon in the paragraph before', () => {
    const out = run('Mayor Ines Holt wrote on social media:\n\n"The library stays open. Thank you all."');
    expect(out[0]?.speaker).toBe('Ines Holt');
  });
});

describe('attribution of unnamed and described speakers', () => {
  it('keeps a described speaker as a nominal phrase', () => {
    expect(run('"We expect a decision soon," a spokesman for the agency said Tuesday.')[0]?.speaker).toBe(
      'spokesman for the agency',
    );
    expect(run('"It was chaos," said one witness, who asked not to be named.')[0]?.speaker).toBe('one witness');
  });

  it('skips ages and relative clauses between the name and the verb', () => {
    expect(run('“I doubt they will win,” Ellen Marsh, 54, said.')[0]).toMatchObject({
      speaker: 'Ellen Marsh',
      role: null,
    });
    expect(run('Marsh, who has coached for years, said: "This is not over."')[0]).toMatchObject({
      speaker: 'Marsh',
      kind: 'direct',
    });
  });

  it('prefers a person for "he"/"she" over a more recent organisation', () => {
    const out = run(
      'Analyst Rita Gomez said the deal was weak. The Harbor Trade Council said it disagreed.\n\n“The numbers do not add up,” she said.',
    );
    expect(find(out, 'numbers')?.speaker).toBe('Rita Gomez');
  });
});

describe('attribution with little context', () => {
  it('resolves a pronoun to a person named earlier when nobody has spoken yet', () => {
    expect(run('The minister, Laura Pike, spoke at length. She said: "The budget is balanced."')[0]?.speaker).toBe(
      'Laura Pike',
    );
  });

  it('reads an apposition after "said X, 67,"', () => {
    const out = run('"I voted for him twice," said Claire Dunn, 67, a retired teacher from Ohio. "Never again."');
    expect(out.map((s) => s.speaker)).toEqual(['Claire Dunn', 'Claire Dunn']);
    expect(out[0]?.role).toBe('a retired teacher from Ohio');
  });

  it('drops a short unattributed quote inside a sentence', () => {
    expect(run('Protesters waved "No more wars" banners outside the embassy.')).toEqual([]);
  });
});
