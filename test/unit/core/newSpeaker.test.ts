import { describe, expect, it } from 'vitest';
import { cleanRole } from '../../../src/core/speakers/cleanRole';
import { newSpeaker } from '../../../src/core/speakers/newSpeaker';
import { SPEAKER_PALETTE } from '../../../src/core/speakers/speakerColor';
import { sameSpan } from '../../../src/core/statements/sameSpan';

const STAMP = '2026-04-01T09:00:00.000Z';

describe('newSpeaker: a speaker registered from a name alone', () => {
  it('is an organisation when the name says so, with the role given and a colour nobody has yet', () => {
    const made = newSpeaker(
      { name: ' Treasury Department ', role: 'regulator' },
      [{ color: SPEAKER_PALETTE[0] }, {}],
      'sp-1',
      STAMP,
    );
    expect(made).toEqual({
      ok: true,
      value: {
        id: 'sp-1',
        name: 'Treasury Department',
        aliases: [],
        kind: 'organization',
        role: 'regulator',
        color: SPEAKER_PALETTE[1],
        createdAt: STAMP,
        updatedAt: STAMP,
      },
    });
  });

  it('is a person otherwise, and has no role key at all without a role', () => {
    const made = newSpeaker({ name: 'Hua Chunying' }, [], 'sp-2', STAMP);
    expect(made.ok && made.value.kind).toBe('person');
    expect(made.ok && 'role' in made.value).toBe(false);
  });

  it('is an error, not a record, for a name that cannot be a speaker', () => {
    expect(newSpeaker({ name: '   ' }, [], 'sp-3', STAMP).ok).toBe(false);
    expect(newSpeaker({ name: 'x'.repeat(301) }, [], 'sp-4', STAMP).ok).toBe(false);
  });
});

describe('cleanRole: a found role worth storing', () => {
  it('is trimmed; blank, missing or overlong roles are left out', () => {
    expect(cleanRole('  Senator ')).toBe('Senator');
    expect(cleanRole('   ')).toBeUndefined();
    expect(cleanRole(null)).toBeUndefined();
    expect(cleanRole('y'.repeat(300))).toBe('y'.repeat(300));
    expect(cleanRole('y'.repeat(301))).toBeUndefined();
  });
});

describe('sameSpan: two spans that are one statement', () => {
  it('holds when they share 80% of the shorter one, whichever is longer', () => {
    const person = { start: 10, end: 50 };
    expect(sameSpan(person, { start: 11, end: 49 })).toBe(true);
    expect(sameSpan(person, { start: 0, end: 60 })).toBe(true);
    expect(sameSpan({ start: 0, end: 60 }, person)).toBe(true);
    // 32 of the shorter span's 40 characters: exactly 80%.
    expect(sameSpan(person, { start: 18, end: 70 })).toBe(true);
    expect(sameSpan(person, { start: 19, end: 70 })).toBe(false);
  });

  it('never holds for spans that only touch or lie apart', () => {
    expect(sameSpan({ start: 0, end: 10 }, { start: 10, end: 20 })).toBe(false);
    expect(sameSpan({ start: 0, end: 10 }, { start: 30, end: 40 })).toBe(false);
  });
});
