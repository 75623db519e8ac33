import { describe, expect, it } from 'vitest';
import { find, run } from './helpers';

describe('speakers named by phrasal cues, passives and roles', () => {
  it('reads "shot back" as a cue after a quotation', () => {
    const out = run(
      'Ella Brandt mocked the plan on Monday.\n\n“They are all here for the free food,” Sam Okafor shot back.',
    );
    expect(find(out, 'free food')?.speaker).toBe('Sam Okafor');
  });

  it('gives "was asked by X whether …" to the one asking', () => {
    const out = run(
      'Governor Ada Lind was asked by radio host Victor Sampaio whether the cuts would risk “a collapse of rural schools.”',
    );
    expect(find(out, 'rural schools')?.speaker).toBe('Victor Sampaio');
  });

  it('names the aide, not the boss, in "said Lind’s top policy aide Jo Park"', () => {
    const out = run(
      'Ada Lind spoke in Dover on Friday.\n\n“This has gone too far,” said Lind’s top foreign policy aide Jo Park.',
    );
    expect(find(out, 'gone too far')?.speaker).toBe('Jo Park');
  });
});

describe('pronouns resolved to a compatible mention', () => {
  it('does not resolve "she" to a group of people', () => {
    const out = run(
      'Mayor Nina Rossi wrote to Portuguese Americans across the city on Sunday.\n\n“Now is the time to stand together,” she said.',
    );
    expect(find(out, 'stand together')?.speaker).toBe('Nina Rossi');
  });
});

describe('names without the words that qualify a title', () => {
  it('does not name "Former Lind" for "Former Lind speechwriter Jo Park"', () => {
    const out = run(
      'Former Lind speechwriter Jo Park published a column on Friday.\n\n“It was never about the money,” Park wrote.',
    );
    expect(find(out, 'never about the money')?.speaker).toBe('Jo Park');
    const mentions = out.map((s) => s.speaker ?? '');
    expect(mentions).not.toContain('Former Lind');
  });
});
