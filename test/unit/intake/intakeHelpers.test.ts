import { describe, expect, it } from 'vitest';
import { fileNameParts } from '../../../src/core/intake/fileNameParts';
import { isoDateString } from '../../../src/core/intake/isoDateString';
import { bylineText, metadataText } from '../../../src/core/intake/metadataText';
import { titleFromText } from '../../../src/core/intake/titleFromText';

describe('isoDateString', () => {
  it.each([
    ['2025-03-14', '2025-03-14'],
    [' 2025-03-14T08:30:00+00:00 ', '2025-03-14T08:30:00+00:00'],
    ['2025-03-14T08:30:00Z', '2025-03-14T08:30:00Z'],
    ['2025-03-14T08:30:00.123z', '2025-03-14T08:30:00.123Z'],
    ['2025-03-14 08:30', '2025-03-14T08:30'],
    ['2025-03-14T08:30:00+0100', '2025-03-14T08:30:00+0100'],
  ])('keeps the ISO date %j as %j', (input, expected) => {
    expect(isoDateString(input)).toBe(expected);
  });

  it.each(['', 'March 14, 2025', '14/03/2025', '2025-13-01', '2025-02-30', '2025-03-14Tnoon', undefined, null])(
    'refuses %j',
    (input) => {
      expect(isoDateString(input)).toBeUndefined();
    },
  );

  it('keeps the day when the time part is impossible', () => {
    expect(isoDateString('2025-03-14T25:99')).toBe('2025-03-14');
  });
});

describe('fileNameParts', () => {
  it.each([
    ['story.html', 'story', '.html'],
    ['Report.2024.HTML', 'Report.2024', '.html'],
    ['C:\\Users\\me\\notes.md', 'notes', '.md'],
    ['folder/binary.bin.txt', 'binary.bin', '.txt'],
    ['.hidden', '.hidden', ''],
    ['README', 'README', ''],
  ])('splits %j', (name, stem, extension) => {
    expect(fileNameParts(name)).toEqual({ stem, extension });
  });
});

describe('titleFromText', () => {
  it('takes the first non-empty line when it is short', () => {
    expect(titleFromText('\n  \r\n  Headline here  \r\nBody')).toBe('Headline here');
  });

  it('gives nothing for a long first line or an empty text', () => {
    expect(titleFromText('x'.repeat(200))).toBeUndefined();
    expect(titleFromText(' \n ')).toBeUndefined();
  });
});

describe('metadataText and bylineText', () => {
  it('collapse whitespace and strip "By"', () => {
    expect(metadataText('  The\n Courier ')).toBe('The Courier');
    expect(bylineText('By  Jane\nDoe')).toBe('Jane Doe');
    expect(bylineText('Bylines Weekly')).toBe('Bylines Weekly');
    expect(metadataText(' ')).toBeUndefined();
  });

  it('cut an overlong value at a word, within the schema limit', () => {
    const cut = metadataText('word '.repeat(200));
    expect(cut!.length).toBeLessThanOrEqual(500);
    expect(cut!.endsWith('word…')).toBe(true);
  });
});
