import { describe, expect, it } from 'vitest';
import type { Speaker, SpeakerKind } from '../../../src/core/model/speaker';
import { SpeakerInputSchema } from '../../../src/core/model/speakerInput';
import { aliasTarget } from '../../../src/core/speakers/aliasTarget';
import { findSpeakers } from '../../../src/core/speakers/findSpeakers';
import { speakerByName } from '../../../src/core/speakers/speakerByName';
import { speakerNameClash } from '../../../src/core/speakers/speakerNameClash';
import { StatementDraftSchema } from '../../../src/core/statements/statementDraft';
import { uniqueLabels } from '../../../src/core/text/uniqueLabels';

const speaker = (name: string, aliases: string[] = [], kind: SpeakerKind = 'person'): Speaker => ({
  id: name,
  name,
  aliases,
  kind,
  createdAt: '2026-11-28T12:00:00.000Z',
  updatedAt: '2026-11-28T12:00:00.000Z',
});

const blinken = speaker('Antony Blinken');
const sasse = speaker('Ben Sasse');
const hua = speaker('Hua Chunying', ['Chinese Foreign Ministry spokesperson']);
const treasury = speaker('U.S. Treasury Department', ['Treasury'], 'organization');
const registry = [blinken, sasse, hua, treasury];

describe('aliasTarget', () => {
  it('finds the speaker whose full name the typed name contains as whole words', () => {
    expect(aliasTarget(registry, 'Secretary of State Antony Blinken')).toBe(blinken);
    expect(aliasTarget(registry, 'Sen. Ben Sasse')).toBe(sasse);
    expect(aliasTarget(registry, 'SEN. BEN SASSE (R-Neb.)')).toBe(sasse);
    expect(aliasTarget(registry, 'spokeswoman Húa Chunying')).toBe(hua);
  });

  it('takes a single word equal to a person’s last name', () => {
    expect(aliasTarget(registry, 'Blinken')).toBe(blinken);
    expect(aliasTarget(registry, 'sasse')).toBe(sasse);
    // Only people go by a last name.
    expect(aliasTarget(registry, 'Department')).toBeUndefined();
  });

  it('ignores names inside other words and first names', () => {
    expect(aliasTarget(registry, 'Ben Sassenach')).toBeUndefined();
    expect(aliasTarget(registry, 'Antony')).toBeUndefined();
    expect(aliasTarget(registry, 'Blinkens')).toBeUndefined();
    expect(aliasTarget(registry, '   ')).toBeUndefined();
  });

  it('is undefined when the typed name already is a name or alias', () => {
    expect(aliasTarget(registry, 'Antony Blinken')).toBeUndefined();
    expect(aliasTarget(registry, 'treasury')).toBeUndefined();
    const withAlias = [speaker('Antony Blinken', ['Blinken']), sasse];
    expect(aliasTarget(withAlias, 'Blinken')).toBeUndefined();
  });

  it('is undefined when two speakers qualify', () => {
    const twoBlinkens = [...registry, speaker('Donald Blinken')];
    expect(aliasTarget(twoBlinkens, 'Blinken')).toBeUndefined();
    expect(aliasTarget(twoBlinkens, 'Secretary of State Antony Blinken')).toBe(blinken);
    const nested = [speaker('Ben Sasse'), speaker('Sen. Ben Sasse Jr')];
    expect(aliasTarget(nested, 'Sen. Ben Sasse Jr. of Nebraska')).toBeUndefined();
  });
});

describe('findSpeakers: case and diacritics', () => {
  it('finds Hua Chunying by “hua” through her name and through an alias', () => {
    expect(findSpeakers([hua, sasse], 'hua').map((m) => [m.speaker.id, m.matched])).toEqual([
      ['Hua Chunying', 'Hua Chunying'],
    ]);
    const byAlias = speaker('Chinese Foreign Ministry spokesperson', ['Hua Chunying']);
    expect(findSpeakers([byAlias, sasse], 'hua').map((m) => [m.speaker.id, m.matched])).toEqual([
      [byAlias.id, 'Hua Chunying'],
    ]);
  });

  it('ignores diacritics both ways', () => {
    expect(findSpeakers([hua], 'Húa')[0]?.speaker).toBe(hua);
    const accented = speaker('Hùa Chūnyíng');
    expect(findSpeakers([accented], 'hua chunying')[0]).toMatchObject({ speaker: accented, exact: true });
    expect(findSpeakers([speaker('Émile Zola')], 'emile')[0]?.speaker.name).toBe('Émile Zola');
    expect(findSpeakers([speaker('Emile Zola')], 'ÉMILE')[0]?.speaker.name).toBe('Emile Zola');
  });
});

describe('speakerByName and speakerNameClash', () => {
  it('finds the holder of a name or alias, name first, leaving one speaker out', () => {
    expect(speakerByName(registry, 'treasury')).toBe(treasury);
    expect(speakerByName(registry, 'antony  BLINKEN')).toBe(blinken);
    expect(speakerByName(registry, 'Antony Blinken', blinken.id)).toBeUndefined();
    expect(speakerByName(registry, '')).toBeUndefined();
  });

  it('names the speaker that already has the name', () => {
    expect(speakerNameClash(registry, 'antony blinken', [])).toBe(
      '“antony blinken” is already in the registry as Antony Blinken. Pick that speaker, or give this one a name that tells them apart.',
    );
    expect(speakerNameClash(registry, 'Treasury', [])).toMatch(
      /^“Treasury” is already an alias of U\.S\. Treasury Department\./,
    );
    expect(speakerNameClash(registry, 'Tony', ['Ben Sasse'])).toMatch(
      /alias “Ben Sasse” is the name of another speaker, Ben Sasse/,
    );
    expect(speakerNameClash(registry, 'Antony Blinken', ['Tony'], blinken.id)).toBeUndefined();
  });
});

describe('SpeakerInputSchema', () => {
  it('trims, deduplicates aliases ignoring case and diacritics, and drops the name among them', () => {
    const parsed = SpeakerInputSchema.parse({
      name: '  Antony Blinken ',
      aliases: [' Blinken', 'blinken', 'BLÍNKEN', '', '  ', 'antony blinken', 'Secretary Blinken'],
      kind: 'person',
      role: '  ',
      affiliation: ' State Department ',
      color: '#A8D8FF',
    });
    expect(parsed).toEqual({
      name: 'Antony Blinken',
      aliases: ['Blinken', 'Secretary Blinken'],
      kind: 'person',
      role: undefined,
      affiliation: 'State Department',
      color: '#a8d8ff',
    });
  });

  it.each([
    ['an empty name', { name: ' ', kind: 'person' }, /name/],
    ['an unknown kind', { name: 'X', kind: 'robot' }, /kind/],
    ['a colour that is not #rrggbb', { name: 'X', kind: 'person', color: 'red' }, /#rrggbb/],
  ])('refuses %s', (_, input, message) => {
    const parsed = SpeakerInputSchema.safeParse(input);
    expect(parsed.success).toBe(false);
    expect(JSON.stringify(parsed.error?.issues)).toMatch(message);
  });
});

describe('statement draft tags', () => {
  it('are trimmed, deduplicated and blanks dropped', () => {
    expect(uniqueLabels([' sanctions ', 'Sanctions', '', 'Xinjiang', 'xínjiang', 'EU'])).toEqual([
      'sanctions',
      'Xinjiang',
      'EU',
    ]);
    const draft = StatementDraftSchema.parse({
      articleId: 'a',
      quote: { start: 0, end: 1, exact: 'x', prefix: '', suffix: '' },
      speaker: null,
      kind: 'direct',
      topic: null,
      tags: ['  visit', 'Visit ', ''],
      cue: null,
    });
    expect(draft).toMatchObject({ tags: ['visit'], cue: null });
  });
});
