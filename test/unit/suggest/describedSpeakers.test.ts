import { describe, expect, it } from 'vitest';
import { find, run } from './helpers';

describe('speakers described rather than named, and words that are no one', () => {
  it('gives a quotation to a speaker described by whose they are', () => {
    const out = run(
      'Bo Trask toured the plant on Monday.\n\nLater, Trask’s campaign manager told reporters the tour was “a great success for the town.”',
    );
    expect(find(out, 'great success')?.speaker).toBe('Trask’s campaign manager');
  });

  it('reads "the ad says" as the ad speaking', () => {
    const out = run(
      'Bo Trask released a new ad on Monday in the state.\n\nThe ad says “nothing will change until we vote.”',
    );
    expect(find(out, 'nothing will change')?.speaker).toBe('ad');
  });

  it('takes no sentence opener for a name', () => {
    const out = run(
      'Ada Lind spoke at the fair on Monday.\n\nDespite the rain, the crowd stayed. Finally, she turned to the plant.\n\n“We will keep it open,” she said.',
    );
    expect(find(out, 'keep it open')?.speaker).toBe('Ada Lind');
  });

  it('keeps names that begin with such a word', () => {
    const out = run(
      'Under Armour reported its sales on Monday.\n\n“Demand was strong in every region,” Under Armour said.\n\nSix Flags disagreed. “Our parks were quiet,” Six Flags said.',
    );
    expect(find(out, 'every region')?.speaker).toBe('Under Armour');
    expect(find(out, 'parks were quiet')?.speaker).toBe('Six Flags');
  });
});
