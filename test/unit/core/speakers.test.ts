import { describe, expect, it } from 'vitest';
import type { Speaker } from '../../../src/core/model/speaker';
import { findSpeakers } from '../../../src/core/speakers/findSpeakers';
import {
  colorOfSpeaker,
  inkOfColor,
  NO_SPEAKER_COLOR,
  SPEAKER_PALETTE,
  speakerColor,
} from '../../../src/core/speakers/speakerColor';

const speaker = (name: string, aliases: string[] = []): Speaker => ({
  id: name,
  name,
  aliases,
  kind: 'person',
  createdAt: '2026-11-28T12:00:00.000Z',
  updatedAt: '2026-11-28T12:00:00.000Z',
});

const registry = [
  speaker('Antony Blinken', ['Blinken', 'Secretary of State Antony Blinken']),
  speaker('Hua Chunying'),
  speaker('Ben Sasse'),
];

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

describe('colorOfSpeaker', () => {
  it('is the speaker’s own colour, or one neutral grey for no speaker and no colour', () => {
    expect(colorOfSpeaker({ color: '#a8d8ff' })).toBe('#a8d8ff');
    expect(colorOfSpeaker({})).toBe(NO_SPEAKER_COLOR);
    expect(colorOfSpeaker(undefined)).toBe(NO_SPEAKER_COLOR);
  });

  it('has a dark shade at half the brightness, for lines and labels on white', () => {
    expect(inkOfColor('#ffe08a')).toBe('#807045');
    expect(inkOfColor('#000000')).toBe('#000000');
    // Every palette colour keeps a shade of its own.
    expect(new Set(SPEAKER_PALETTE.map(inkOfColor)).size).toBe(SPEAKER_PALETTE.length);
  });
});
