import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateLibrary } from '../../../bench/fixtures/generateLibrary';
import { toW3CAnnotations } from '../../../src/core/exchange/toW3CAnnotations';
import { LIBRARY_TABLES, type ImportPolicy } from '../../../src/core/import/ImportPlan';
import { parseLibraryFile } from '../../../src/core/import/parseLibraryFile';
import { planImport } from '../../../src/core/import/planImport';
import type { LibraryRecords } from '../../../src/core/model/envelope';
import { importLibrary, readLibraryRecords } from '../../../src/storage/exchange/importLibrary';
import { librarySnapshot } from '../storage/testDatabase';
import {
  benignMutation,
  mutateBenignly,
  mutateText,
  mutateValue,
  textMutation,
  valueMutation,
  type Json,
} from './fileMutations';
import { byId, checkImport, EMPTY, NOW, SCHEMAS, storeWith, isW3C } from './importThroughApp';
import { fixture } from './libraryFile';

/**
 * Random and mutated files through the whole import path (see
 * importThroughApp) on a fake-indexeddb store that may already hold a
 * library: never an exception, never a write from a refused file, and an
 * accepted file written whole.
 */

interface Seed {
  name: string;
  file: Json;
  /** The library the file is meant for (W3C files need their articles there). */
  library: LibraryRecords;
}

let libraries: Record<'empty' | 'fixture' | 'generated', LibraryRecords>;
let seeds: Seed[];

const recordsOf = (file: unknown): LibraryRecords => {
  const parsed = parseLibraryFile(JSON.stringify(file));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
  const { articles, speakers, topics, statements } = parsed.value.envelope;
  return { articles, speakers, topics, statements };
};

beforeAll(async () => {
  const generated = await generateLibrary({
    articles: 3,
    wordsPerArticle: 160,
    statementsPerArticle: 6,
    speakers: 4,
    topics: 3,
    nestEvery: 3,
    seed: 9,
  });
  libraries = { empty: EMPTY, fixture: recordsOf(fixture(1)), generated: recordsOf(generated) };
  seeds = [
    { name: 'format 1', file: fixture(1) as Json, library: EMPTY },
    { name: 'format 0', file: fixture(0) as Json, library: EMPTY },
    { name: 'generated', file: generated as unknown as Json, library: EMPTY },
    {
      name: 'W3C',
      file: toW3CAnnotations(libraries.fixture, NOW, { counting: { includePending: true } }) as unknown as Json,
      library: libraries.fixture,
    },
    {
      name: 'W3C generated',
      file: toW3CAnnotations(libraries.generated, NOW, { counting: { includePending: true } }) as unknown as Json,
      library: libraries.generated,
    },
  ];
});

/** Mostly benign changes, so that many files pass every check and reach the write. */
const anyMutation = fc.oneof(
  { weight: 3, arbitrary: benignMutation.map((benign) => ({ benign })) },
  { weight: 1, arbitrary: valueMutation.map((harmful) => ({ harmful })) },
);
const policy = fc.constantFrom<ImportPolicy>('newer', 'mine', 'theirs');
const libraryName = fc.constantFrom('seed', 'empty', 'fixture', 'generated');
const libraryFor = (seed: Seed, name: string) =>
  name === 'seed' ? seed.library : libraries[name as keyof typeof libraries];

describe('import fuzz', () => {
  it('takes mutated files without throwing: a refused file writes nothing, an accepted one is written whole', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.nat(),
        fc.array(anyMutation, { minLength: 1, maxLength: 4 }),
        fc.array(textMutation, { maxLength: 2 }),
        fc.boolean(),
        libraryName,
        policy,
        fc.boolean(),
        async (which, mutations, textMutations, cutText, library, chosenPolicy, merge) => {
          const seed = seeds[which % seeds.length]!;
          const file = mutations.reduce(
            (json, m) => ('benign' in m ? mutateBenignly(json, m.benign) : mutateValue(json, m.harmful)),
            seed.file,
          );
          const text = (cutText ? textMutations : []).reduce(mutateText, JSON.stringify(file));
          const db = await storeWith(libraryFor(seed, library));
          const outcome = await checkImport(db, text, chosenPolicy, merge);
          // A native file that passed every check imports: the preview never offers what the write then refuses.
          if ('plan' in outcome && !isW3C(text)) expect(outcome.written).toMatchObject({ ok: true });
        },
      ),
      { numRuns: 150 },
    );
  }, 60_000);

  it('refuses files that are broken for certain, and the store is unchanged', async () => {
    const broken = fc.oneof(
      fc.record({ kind: fc.constant('cut short' as const), at: fc.nat() }),
      fc.record({
        kind: fc.constant('newer or odd version' as const),
        version: fc.oneof(fc.integer({ min: 2 }), fc.constantFrom<Json>(-1, 0.5, '1', null, [], 1e308)),
      }),
      fc.record({
        kind: fc.constant('prototype key' as const),
        mutation: valueMutation.filter((m) => m.op === 'forbiddenKey'),
      }),
      fc.record({
        kind: fc.constant('dangling reference' as const),
        at: fc.nat(),
        field: fc.constantFrom('articleId' as const, 'speakerId' as const, 'topicId' as const),
      }),
      fc.record({
        kind: fc.constant('quote not in the text' as const),
        at: fc.nat(),
        start: fc.nat({ max: 20_000 }),
        words: fc.string({ minLength: 1, maxLength: 10 }),
      }),
    );
    await fc.assert(
      fc.asyncProperty(fc.nat(), broken, libraryName, policy, async (which, change, library, chosenPolicy) => {
        const natives = seeds.filter((seed) => !seed.name.startsWith('W3C'));
        const seed = natives[which % natives.length]!;
        let file = seed.file;
        if (change.kind === 'newer or odd version') file = mutateValue(file, { op: 'version', value: change.version });
        if (change.kind === 'prototype key') file = mutateValue(file, change.mutation);
        if (change.kind === 'dangling reference') {
          // Format 0 names a statement's speaker and topic `speaker` and `topic`.
          const field =
            seed.name === 'format 0'
              ? ({ articleId: 'articleId', speakerId: 'speaker', topicId: 'topic' } as const)[change.field]
              : change.field;
          file = mutateValue(file, { op: 'dangling', at: change.at, field, id: `missing-${change.at}` });
        }
        if (change.kind === 'quote not in the text') {
          const exact = `\uffff${change.words}`;
          file = mutateValue(file, {
            op: 'anchor',
            at: change.at,
            start: change.start,
            end: change.start + exact.length,
            exact,
          });
        }
        let text = JSON.stringify(file);
        if (change.kind === 'cut short') text = mutateText(text, { op: 'truncate', at: change.at });
        const db = await storeWith(libraryFor(seed, library));
        const outcome = await checkImport(db, text, chosenPolicy, true);
        if (change.kind !== 'quote not in the text' || 'refused' in outcome) {
          expect(outcome).toHaveProperty('refused');
          return;
        }
        // One quote not in the text refuses only that statement: it is named, never written on other words.
        expect(
          outcome.plan.unplaced.length + outcome.plan.placed.filter((p) => p.status === 'fuzzy').length,
        ).toBeGreaterThan(0);
        expect(outcome.plan.write.statements.some((s) => s.quote.exact.includes('\uffff'))).toBe(false);
      }),
      { numRuns: 150 },
    );
  }, 60_000);

  it('refuses random text and random JSON without a write', async () => {
    const db = await storeWith(libraries.fixture);
    const anyFile = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.json({ maxDepth: 4 }),
      fc
        .dictionary(fc.string(), fc.jsonValue({ maxDepth: 3 }))
        .map((fields) => JSON.stringify({ format: 'quotemark', version: 1, ...fields })),
      fc.jsonValue({ maxDepth: 3 }).map((items) =>
        JSON.stringify({
          '@context': 'http://www.w3.org/ns/anno.jsonld',
          type: 'AnnotationCollection',
          first: { items },
        }),
      ),
    );
    await fc.assert(
      fc.asyncProperty(anyFile, policy, async (text, chosenPolicy) => {
        const outcome = await checkImport(db, text, chosenPolicy, true);
        if ('plan' in outcome)
          expect(LIBRARY_TABLES.every((table) => outcome.plan.write[table].length === 0)).toBe(true);
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('importLibrary alone writes only valid, linked records: a plan of unchecked records is written whole or refused', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(), fc.array(valueMutation, { minLength: 1, maxLength: 3 }), async (which, mutations) => {
        const natives = seeds.filter((seed) => !seed.name.startsWith('W3C'));
        const file = mutations.reduce(mutateValue, natives[which % natives.length]!.file) as Record<string, Json>;
        const table = (name: string) => (Array.isArray(file[name]) ? file[name] : []) as never[];
        const write = {
          articles: table('articles'),
          speakers: table('speakers'),
          topics: table('topics'),
          statements: table('statements'),
        };
        const db = await storeWith(libraries.fixture);
        const before = await librarySnapshot(db);
        const plan = { ...planImport(EMPTY, EMPTY, 'theirs'), write };
        const written = await importLibrary(db, plan);
        if (!written.ok) {
          expect(await librarySnapshot(db)).toEqual(before);
          return;
        }
        const stored = await readLibraryRecords(db);
        for (const name of LIBRARY_TABLES) {
          for (const record of stored[name]) expect(SCHEMAS[name].safeParse(record).success).toBe(true);
        }
        const ids = { articles: byId(stored.articles), speakers: byId(stored.speakers), topics: byId(stored.topics) };
        for (const statement of stored.statements) {
          expect(ids.articles.has(statement.articleId)).toBe(true);
          if (statement.speakerId !== null) expect(ids.speakers.has(statement.speakerId)).toBe(true);
          if (statement.topicId !== undefined) expect(ids.topics.has(statement.topicId)).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  }, 60_000);
});

describe('hostile shapes are refused quickly', () => {
  // Both took minutes before: the key check copied the whole path at every
  // level, and each missing quote ran an approximate search of the whole text.
  it('refuses a file nested 100,000 deep in seconds, not minutes', () => {
    const depth = 100_000;
    const started = performance.now();
    const parsed = parseLibraryFile(
      `{"format":"quotemark","version":1,"x":${'{"a":'.repeat(depth)}{"__proto__":1}${'}'.repeat(depth)}}`,
    );
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(parsed.ok ? [] : parsed.error.map((problem) => problem.message)).toEqual([
      'The key "__proto__" is not allowed in a Quotemark file.',
    ]);
  });

  it('refuses 2,000 quotes missing from a 100,000-character article in seconds, not minutes', () => {
    const file = fixture(1);
    const sentences = Array.from(
      { length: 1_500 },
      (_, i) => `Sentence ${i} says the council met and argued about water.`,
    );
    file.articles[0]!.text = sentences.join(' ');
    file.statements = Array.from({ length: 2_000 }, (_, i) => {
      const exact = `Quote ${i} is nowhere in the article at all. `.repeat(5);
      return {
        ...file.statements[0],
        id: `statement-${i}`,
        quote: { start: 0, end: exact.length, exact, prefix: '', suffix: '' },
      };
    });
    const started = performance.now();
    const parsed = parseLibraryFile(JSON.stringify(file));
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(parsed.ok ? 0 : parsed.error.length).toBe(2_000);
  });
});
