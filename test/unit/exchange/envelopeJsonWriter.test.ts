import { describe, expect, it } from 'vitest';
import { generateLibrary } from '../../../bench/fixtures/generateLibrary';
import { buildEnvelope } from '../../../src/core/exchange/buildEnvelope';
import { EnvelopeJsonWriter, jsonItems, splitJsonItems } from '../../../src/core/exchange/EnvelopeJsonWriter';
import type { LibraryRecords } from '../../../src/core/model/envelope';
import { library } from './libraryFixture';

const NOW = new Date('2026-12-07T12:00:00Z');

/** The text the writer makes when handed each section in batches of `batch` records. */
function written(records: LibraryRecords, batch: number): string {
  let text = '';
  const writer = new EnvelopeJsonWriter((chunk) => (text += chunk), NOW);
  for (const section of ['articles', 'speakers', 'topics', 'statements'] as const) {
    const all: readonly unknown[] = records[section];
    for (let at = 0; at < all.length; at += batch)
      writer.add(section, records[section].slice(at, at + batch) as LibraryRecords[typeof section]);
  }
  writer.end();
  return text;
}

const whole = (records: LibraryRecords) => JSON.stringify(buildEnvelope(records, NOW), null, 2);

describe('EnvelopeJsonWriter', () => {
  it('writes the same text as JSON.stringify of the whole envelope, however the records are batched', () => {
    for (const batch of [1, 2, 1000]) expect(written(library, batch)).toBe(whole(library));
  });

  it('writes empty sections as empty arrays', () => {
    const empty: LibraryRecords = { articles: [], speakers: [], topics: [], statements: [] };
    expect(written(empty, 10)).toBe(whole(empty));
    const onlyStatements = { ...empty, statements: library.statements };
    expect(written(onlyStatements, 3)).toBe(whole(onlyStatements));
  });

  it('writes a generated library byte for byte as the old export did', async () => {
    const generated = await generateLibrary({
      articles: 5,
      wordsPerArticle: 300,
      statementsPerArticle: 20,
      speakers: 7,
      topics: 3,
      nestEvery: 4,
      seed: 9,
    });
    expect(written(generated, 7)).toBe(whole(generated));
  });

  it('refuses a section after a later one, as the file could not list it', () => {
    const writer = new EnvelopeJsonWriter(() => undefined, NOW);
    writer.add('topics', []);
    expect(() => writer.add('articles', [])).toThrow();
  });

  it("cuts the JSON of several records into each record's own text, whatever their strings hold", () => {
    const tricky = { id: 'x', note: '\n    },\n    {', nested: { list: [{ a: 1 }, { b: [] }] } };
    const records = [...library.statements, tricky, { id: 'y' }];
    const items = splitJsonItems(jsonItems(records), records.length);
    expect(items).toEqual(records.map((record) => jsonItems([record])));
    expect(splitJsonItems('', 0)).toEqual([]);
    expect(() => splitJsonItems(jsonItems(records), records.length - 1)).toThrow();
  });
});
