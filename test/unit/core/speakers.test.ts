import { describe, expect, it } from 'vitest';
import type { Speaker } from '../../../src/core/model/speaker';
import { findSpeakers } from '../../../src/core/speakers/findSpeakers';
import { SPEAKER_PALETTE, speakerColor } from '../../../src/core/speakers/speakerColor';

const speaker = (name: string, aliases: string[] = []): Speaker => ({
  id: name,
  name,
  aliases,
  kind: 'person',
  createdAt: '2026-11-28T12:00:00.000Z',
  updatedAt: '2026-11-28T12:00:00.000Z',
});

const registry = [speaker('Antony Blinken', ['Blinken', 'Secretary of State Antony Blinken']), speaker('Hua Chunying'), speaker('Ben Sasse')];

describe('findSpeakers', () => {
  it('matches names and aliases ignoring case and diacritics', () => {
    expect(findSpeakers(registry, 'hua').map((m) => m.speaker.name)).toEqual(['Hua Chunying']);
    expect(findSpeakers(registry, 'HÚA chun').map((m) => m.speaker.name)).toEqual(['Hua Chunying']);
    expect(findSpeakers(registry, 'secretary of state')[0]?.matched).toBe('Secretary of State Antony Blinken');
  });

  it('marks an exact name or alias match and ranks it first', () => {
    const matches = findSpeakers([...registry, speaker('Blinkenson')], 'blinken');
    expect(matches[0]).toMatchObject({ exact: true, matched: 'Blinken' });
    expect(matches.map((m) => m.speaker.name)).toEqual(['Antony Blinken', 'Blinkenson']);
  });

  it('lists everyone for an empty query and nobody for a stranger', () => {
    expect(findSpeakers(registry, '')).toHaveLength(3);
    expect(findSpeakers(registry, 'Macron')).toEqual([]);
  });
});

describe('speakerColor', () => {
  it('gives each of the first speakers a colour nobody else has', () => {
    const used: string[] = [];
    for (let i = 0; i < SPEAKER_PALETTE.length; i++) used.push(speakerColor(used));
    expect(new Set(used).size).toBe(SPEAKER_PALETTE.length);
  });

  it('reuses the least used colour once all are taken', () => {
    const used = [...SPEAKER_PALETTE, ...SPEAKER_PALETTE.slice(0, 3)];
    expect(speakerColor(used)).toBe(SPEAKER_PALETTE[3]);
  });
});
