import { describe, expect, it } from 'vitest';
import type { Speaker } from '../../../src/core/model/speaker';
import { speakerByName, speakerLabels } from '../../../src/core/speakers/speakerByName';
import { choiceForTyped } from '../../../src/core/text/choiceForTyped';
import { editDistance } from '../../../src/core/text/editDistance';
import { exactMatch } from '../../../src/core/text/exactMatch';
import { nearDuplicateDistance, nearDuplicates } from '../../../src/core/text/nearDuplicates';

const speaker = (name: string, aliases: string[] = []): Speaker => ({
  id: name,
  name,
  aliases,
  kind: 'person',
  createdAt: '2026-11-28T12:00:00.000Z',
  updatedAt: '2026-11-28T12:00:00.000Z',
});
const registry = [
  speaker('Antony Blinken', ['Secretary of State Antony Blinken']),
  speaker('Hua Chunying', ['华春莹']),
  speaker('Ben Sasse'),
  speaker('Treasury Department'),
];
const topics = ['Sanctions over Xinjiang', 'China commits genocide in Xinjiang'];
const names = (list: readonly Speaker[]) => list.map((s) => s.name);
const topicLabel = (t: string) => [t];

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions in code points', () => {
    expect(editDistance('blinken', 'blinkin')).toBe(1);
    expect(editDistance('sasse', 'sassee')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('华春莹', '华春')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('stops past the limit it is asked about', () => {
    expect(editDistance('treasury department', 'hua chunying', 2)).toBe(3);
  });
});

describe('exactMatch', () => {
  it('matches a name or an alias ignoring case, accents and spacing, never a part of one', () => {
    expect(exactMatch(registry, speakerLabels, '  hÚa   CHUNYING ')?.name).toBe('Hua Chunying');
    expect(exactMatch(registry, speakerLabels, 'secretary of state antony blinken')?.name).toBe('Antony Blinken');
    expect(exactMatch(registry, speakerLabels, '华春莹')?.name).toBe('Hua Chunying');
    expect(exactMatch(registry, speakerLabels, 'Bl')).toBeUndefined();
    expect(exactMatch(registry, speakerLabels, 'sasse')).toBeUndefined();
    expect(exactMatch(registry, speakerLabels, '   ')).toBeUndefined();
  });

  it('prefers an entry named so over one that has it as an alias', () => {
    const both = [speaker('Antony Blinken', ['Blinken']), speaker('Blinken')];
    expect(exactMatch(both, speakerLabels, 'blinken')?.id).toBe('Blinken');
    expect(speakerByName(both, 'BLINKEN')?.id).toBe('Blinken');
  });
});

describe('nearDuplicates', () => {
  it('finds labels within two edits or sharing a prefix, closest first', () => {
    expect(names(nearDuplicates(registry, speakerLabels, 'Antony Blinkin'))).toEqual(['Antony Blinken']);
    expect(names(nearDuplicates(registry, speakerLabels, 'Ben Sase'))).toEqual(['Ben Sasse']);
    expect(nearDuplicates(topics, topicLabel, 'Sanctions over')).toEqual(['Sanctions over Xinjiang']);
    expect(nearDuplicates(topics, topicLabel, 'Sanctions over Xinjiang province')).toEqual(['Sanctions over Xinjiang']);
    expect(names(nearDuplicates(registry, speakerLabels, '华春'))).toEqual(['Hua Chunying']);
  });

  it('is empty for an exact match, for blank text and for an unrelated name', () => {
    expect(nearDuplicates(registry, speakerLabels, 'ben sasse')).toEqual([]);
    expect(nearDuplicates(registry, speakerLabels, ' ')).toEqual([]);
    expect(nearDuplicates(registry, speakerLabels, 'Ned Price')).toEqual([]);
    expect(nearDuplicateDistance('Ned Price', 'Ben Sasse')).toBeUndefined();
    expect(nearDuplicateDistance('BEN SASSE', 'Ben Sasse')).toBeUndefined();
  });
});

describe('choiceForTyped: what typed text commits to when no option was moved to', () => {
  it('picks only an exact name or alias', () => {
    expect(choiceForTyped(registry, speakerLabels, 'ben SASSE')).toMatchObject({
      kind: 'match',
      entry: { name: 'Ben Sasse' },
    });
  });

  it('asks about a fragment instead of picking the first speaker it occurs in ("Bl", "t", "sasse")', () => {
    expect(choiceForTyped(registry, speakerLabels, 'Bl')).toEqual({ kind: 'ask', label: 'Bl', similar: [registry[0]] });
    expect(choiceForTyped(registry, speakerLabels, 'sasse')).toEqual({
      kind: 'ask',
      label: 'sasse',
      similar: [registry[2]],
    });
    expect(choiceForTyped(registry, speakerLabels, 'Sen. Ben Sasse')).toEqual({
      kind: 'ask',
      label: 'Sen. Ben Sasse',
      similar: [registry[2]],
    });
    const t = choiceForTyped(registry, speakerLabels, 't');
    expect(t.kind).toBe('ask');
  });

  it('asks about a near-duplicate instead of creating it', () => {
    expect(choiceForTyped(topics, topicLabel, 'Sanctions over ')).toEqual({
      kind: 'ask',
      label: 'Sanctions over',
      similar: ['Sanctions over Xinjiang'],
    });
  });

  it('creates a name nothing resembles, and clears on blank text', () => {
    expect(choiceForTyped(registry, speakerLabels, ' Ned Price ')).toEqual({ kind: 'create', label: 'Ned Price' });
    expect(choiceForTyped(registry, speakerLabels, '  ')).toEqual({ kind: 'clear' });
  });
});
