import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Speaker } from '../../../src/core/model/speaker';
import type { QuotemarkDatabase } from '../../../src/storage/database/QuotemarkDatabase';
import { shardOf } from '../../../src/storage/derived/StanceIndexRecord';
import { speakerListingOf } from '../../../src/storage/derived/SpeakerListingRecord';
import { listSpeakers, listSpeakerSummaries } from '../../../src/storage/repositories/speakerRepository';
import { openTestDatabase } from './testDatabase';

const STAMP = '2026-02-01T00:00:00.000Z';
const IDS = ['s1', 's2', 's3', 's8', 'sb'];

const speaker = fc
  .record({
    id: fc.constantFrom(...IDS),
    name: fc.constantFrom('Hua Chunying', 'Ben Sasse', 'émile', 'Speaker 10', 'Speaker 2'),
    aliases: fc.array(fc.constantFrom('Hua', 'Sasse', 'Senator'), { maxLength: 2 }),
    kind: fc.constantFrom('person', 'organization' as const),
    role: fc.option(fc.constantFrom('Spokesperson', 'Senator'), { nil: undefined }),
    notes: fc.option(fc.constant('Long notes the list never shows.'), { nil: undefined }),
    color: fc.option(fc.constantFrom('#c0392b', '#2980b9'), { nil: undefined }),
  })
  .map(({ role, notes, color, ...rest }): Speaker => ({
    ...rest,
    ...(role === undefined ? {} : { role }),
    ...(notes === undefined ? {} : { notes }),
    ...(color === undefined ? {} : { color }),
    createdAt: STAMP,
    updatedAt: STAMP,
  }));

type Step = (db: QuotemarkDatabase) => Promise<unknown>;

/** Every way a write path can change speakers through Dexie. */
const step: fc.Arbitrary<Step> = fc.oneof(
  speaker.map(
    (value): Step =>
      (db) =>
        db.speakers.put(value),
  ),
  speaker.map(
    (value): Step =>
      (db) =>
        db.speakers.add(value).catch(() => undefined),
  ),
  fc.array(speaker, { maxLength: 4 }).map(
    (values): Step =>
      (db) =>
        db.speakers.bulkPut(values),
  ),
  fc.constantFrom(...IDS).map(
    (id): Step =>
      (db) =>
        db.speakers.delete(id),
  ),
  fc.array(fc.constantFrom(...IDS), { maxLength: 3 }).map(
    (ids): Step =>
      (db) =>
        db.speakers.bulkDelete(ids),
  ),
  fc.constantFrom('Spokesperson', 'Envoy').map(
    (role): Step =>
      (db) =>
        db.speakers.toCollection().modify({ role }),
  ),
  fc.constant<Step>((db) => db.speakers.where('id').between('s1', 's3').delete()),
  fc.constant<Step>((db) => db.speakers.clear()),
  // A transaction that fails after writing: nothing of it may stay, listings included.
  speaker.map(
    (value): Step =>
      (db) =>
        db
          .transaction('rw', db.speakers, async () => {
            await db.speakers.put(value);
            throw new Error('abandoned');
          })
          .catch(() => undefined),
  ),
);

describe('the speaker listings', () => {
  it('always list every speaker as its record says, without its notes, whatever writes, deletes, clears and failed transactions came before', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { maxLength: 10 }), async (steps) => {
        const db = openTestDatabase();
        for (const run of steps) {
          await run(db);
          const listed = (await listSpeakerSummaries(db)).map((summary) => summary.speaker);
          expect(listed).toEqual((await listSpeakers(db)).map(speakerListingOf));
          expect(listed.some((listing) => 'notes' in listing)).toBe(false);
        }
        for (const row of await db.speakerListings.toArray()) {
          expect(Object.keys(row.speakers).length).toBeGreaterThan(0);
          for (const id of Object.keys(row.speakers)) expect(shardOf(id)).toBe(row.shard);
        }
        db.close();
      }),
      { numRuns: 40 },
    );
  });
});
