import { describe, expect, it } from 'vitest';
import type { Suggestion } from '../../../src/core/suggest';
import { errorCause, sameSpeaker, scoreArticle, type Key } from '../../../scripts/suggestEval/scoreKeys';

const text =
  'Officials met on Monday. "We will act," said Foreign Minister Jane Doe. She left. "Talks are over," the ministry said.';
const key: Key = {
  text,
  speakers: [
    { name: 'Jane Doe', aliases: ['Foreign Minister Jane Doe', 'She'] },
    { name: 'Foreign Ministry', aliases: ['the ministry'] },
  ],
  quotes: [
    { speaker: 'Jane Doe', kind: 'direct', text: 'We will act,' },
    { speaker: 'Foreign Ministry', kind: 'direct', text: 'Talks are over,' },
    { speaker: null, kind: 'indirect', text: 'Officials met on Monday' },
  ],
};

const at = (fragment: string, speaker: string | null): Suggestion => {
  const start = text.indexOf(fragment);
  return { start, end: start + fragment.length, text: fragment, kind: 'direct', speaker, role: null, cue: null };
};

describe('scoring suggestions against an answer key', () => {
  it('counts the gold name, a non-pronoun alias or a shared last word as the right speaker, never a pronoun alias', () => {
    expect(sameSpeaker(key, 'Jane Doe', 'Jane Doe')).toBe(true);
    expect(sameSpeaker(key, 'Jane Doe', 'Doe')).toBe(true);
    expect(sameSpeaker(key, 'Foreign Ministry', 'the ministry')).toBe(true);
    expect(sameSpeaker(key, 'Jane Doe', 'she')).toBe(false);
    expect(sameSpeaker(key, 'Jane Doe', null)).toBe(false);
  });

  it('names the cause of a wrong speaker', () => {
    const span: [number, number] = [text.indexOf('Talks'), text.indexOf('Talks') + 14];
    expect(errorCause(key, 'Foreign Ministry', null, span)).toBe('no speaker given');
    expect(errorCause(key, 'Foreign Ministry', 'she', span)).toBe('pronoun not resolved');
    expect(errorCause(key, 'Foreign Ministry', 'Jane Doe', span)).toBe('organisation missed');
    expect(errorCause(key, 'Foreign Ministry', 'Foreign Ministry. Talks', span)).toBe('span error');
  });

  it('scores found quotes, right speakers and wrong ones by cause', () => {
    const reported = { ...at('Officials met on Monday', null), kind: 'indirect' as const };
    const t = scoreArticle(key, [at('We will act,', 'Doe'), at('Talks are over,', 'Jane Doe'), reported]);
    expect(t).toMatchObject({ tp: 2, pred: 2, gold: 2, found: 2, spOk: 1, spN: 2, ind: 1, indN: 1 });
    expect(t.causes['organisation missed']).toBe(1);
  });
});
