import { describe, expect, it } from 'vitest';
import { find, run } from './helpers';

describe('speakers of participle cues and cue objects', () => {
  it('gives ", calling him …" to the sentence subject, not the person called', () => {
    const out = run('At a rally in Dover, Mayor Lena Ortiz went after Carl Becker, calling him “a total fraud.”');
    expect(find(out, 'total fraud')?.speaker).toBe('Lena Ortiz');
  });

  it('gives ", saying …" to the sentence subject, not the nearest noun phrase', () => {
    const out = run(
      'Paul Quint shot back over the delay in releasing his taxes, saying he had “nothing at all to hide.”',
    );
    expect(find(out, 'nothing at all')?.speaker).toBe('Paul Quint');
  });

  it('gives "by calling X …" to the subject', () => {
    const out = run('Rosa Klemm answered the senator by calling Tom Avery “a coward and a liar.”');
    expect(find(out, 'coward')?.speaker).toBe('Rosa Klemm');
  });

  it('takes a name after an opening place phrase as the subject, not the place', () => {
    const out = run('Later, at the Grand Harbor Hotel, Nadia Ferro said the plan was “dead on arrival.”');
    expect(find(out, 'dead on arrival')?.speaker).toBe('Nadia Ferro');
  });
});

describe('speaker candidates that are not speakers', () => {
  it('names the person after a place and a role ("said Ohio delegate Jan Roth")', () => {
    const out = run(
      'The vote was close.\n\n“This is just a show and we are all props,” said Ohio delegate Jan Roth, who voted no.',
    );
    expect(find(out, 'all props')?.speaker).toBe('Jan Roth');
  });

  it('does not make a described non-person ("the decision") the speaker', () => {
    const out = run('“We are extremely happy” about the decision, said Rita Hale, the union’s director.');
    expect(find(out, 'extremely happy')?.speaker).toBe('Rita Hale');
  });

  it('does not take a sentence-opening participle for a name', () => {
    const out = run(
      'Reached by phone on Tuesday, Omar Haddad said he would not appeal. He said he hopes “someone else takes up the cause.”',
    );
    expect(find(out, 'takes up the cause')?.speaker).toBe('Omar Haddad');
  });
});
