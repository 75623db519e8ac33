import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import jsonld, { type ContextDefinition, type JsonLdDocument } from 'jsonld';
import type { RemoteDocument } from 'jsonld/jsonld-spec';
import { describe, expect, it } from 'vitest';
import { fromW3CAnnotations } from '../../../src/core/exchange/fromW3CAnnotations';
import {
  QUOTEMARK_CONTEXT,
  QUOTEMARK_CONTEXT_PATH,
  QUOTEMARK_NAMESPACE,
} from '../../../src/core/exchange/quotemarkContext';
import { toW3CAnnotations } from '../../../src/core/exchange/toW3CAnnotations';
import { W3C_ANNO_CONTEXT } from '../../../src/core/exchange/w3cAnnotationSchema';
import { library } from './libraryFixture';
import { W3C_FIXTURES } from './w3c/draft04';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const now = new Date('2026-11-28T12:00:00Z');
const SERVED = 'https://quotemark.example/ns/quotemark.jsonld';
const documents: Record<string, string> = {
  [W3C_ANNO_CONTEXT]: join(W3C_FIXTURES, 'anno.jsonld'),
  [SERVED]: join(import.meta.dirname, '..', '..', '..', 'public', QUOTEMARK_CONTEXT_PATH),
};

/** Serves the local copies; any other address fails the test, so nothing goes to the network. */
const documentLoader = async (url: string): Promise<RemoteDocument> => {
  const path = documents[url];
  if (!path) throw new Error(`The test asked for ${url}: no network here`);
  return { documentUrl: url, document: JSON.parse(readFileSync(path, 'utf8')) as RemoteDocument['document'] };
};
const options = { documentLoader } as unknown as jsonld.Options.Expand;

// Every shape of extension: a cue, tags, a note, no speaker (null), and an orphan with its stored anchors.
const orphan = {
  ...library.statements[2]!,
  id: 's4',
  orphanedAt: '2026-11-28T11:45:00.000Z',
  quote: { start: 5, end: 9, exact: 'gone', prefix: 'x', suffix: 'y' },
};
const records = { ...library, statements: [...library.statements, orphan] };
const exported = JSON.parse(
  JSON.stringify(toW3CAnnotations(records, now, { exportId: 'e1', counting: { includePending: true } })),
) as {
  '@context': Json[];
  first: { items: { 'quotemark:statement': Record<string, Json>; body: Record<string, Json>[] }[] };
};

/** Every value under a node, keys ignored: strings, numbers, null. */
function leaves(value: Json | undefined): Json[] {
  if (Array.isArray(value)) return value.flatMap(leaves);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(leaves);
  return value === undefined ? [] : [value];
}

/** The values of an expanded node: each @value (null included, for @json), never an IRI or a type. */
function expandedValues(node: Json | undefined): Json[] {
  if (Array.isArray(node)) return node.flatMap(expandedValues);
  if (node === null || typeof node !== 'object') return [];
  if ('@value' in node) return [node['@value'] ?? null];
  return Object.entries(node).flatMap(([key, value]) =>
    key === '@type' || key === '@id' ? [] : expandedValues(value),
  );
}

const sorted = (values: Json[]) => values.map((v) => JSON.stringify(v)).sort();

describe('the W3C export as JSON-LD', () => {
  it('keeps every quotemark value through expansion with the W3C context', async () => {
    const expanded = (await jsonld.expand(exported as unknown as JsonLdDocument, options)) as unknown as Json[];
    const items = (expanded as { [key: string]: Json }[])[0]!['http://www.w3.org/ns/activitystreams#first'] as {
      [key: string]: Json;
    }[];
    const annotations = (
      items[0]!['http://www.w3.org/ns/activitystreams#items'] as { '@list': { [key: string]: Json }[] }[]
    )[0]!['@list'];
    expect(annotations).toHaveLength(4);
    for (const [i, annotation] of annotations.entries()) {
      const original = exported.first.items[i]!;
      const statement = (annotation[`${QUOTEMARK_NAMESPACE}statement`] as { [key: string]: Json }[] | undefined)?.[0];
      expect(statement, `annotation ${i} lost quotemark:statement`).toBeDefined();
      expect(Object.keys(statement ?? {}).sort()).toEqual(
        Object.keys(original['quotemark:statement'])
          .map((k) => `${QUOTEMARK_NAMESPACE}${k}`)
          .sort(),
      );
      expect(sorted(expandedValues(statement))).toEqual(sorted(leaves(original['quotemark:statement'])));
      const bodies = annotation['http://www.w3.org/ns/oa#hasBody'] as { [key: string]: Json }[];
      for (const [j, body] of original.body.entries()) {
        for (const key of ['quotemark:field', 'quotemark:speakerId', 'quotemark:topicId'].filter((k) => k in body)) {
          expect(expandedValues(bodies[j]![key.replace('quotemark:', QUOTEMARK_NAMESPACE)])).toEqual([body[key]]);
        }
      }
    }
    // The orphan's stored offsets are UTF-16 units, told apart from the W3C's code points.
    expect(JSON.stringify(annotations[3])).toContain(`${QUOTEMARK_NAMESPACE}utf16Start`);
  });

  it('compacts back to the same file, which imports to the same statements', async () => {
    const compacted = await jsonld.compact(
      exported as unknown as JsonLdDocument,
      exported['@context'] as unknown as ContextDefinition,
      options,
    );
    const back = JSON.parse(JSON.stringify(compacted)) as typeof exported;
    expect(back.first.items.map((a) => a['quotemark:statement'])).toEqual(
      exported.first.items.map((a) => a['quotemark:statement']),
    );
    // JSON-LD writes a one-item array as the item; the W3C context gives body no set container.
    for (const item of back.first.items) item.body = [item.body].flat();
    expect(back).toEqual(exported);
    const imported = fromW3CAnnotations(back, records, now);
    expect(imported.ok && imported.value.records.statements).toEqual(records.statements);
  });

  it('keeps the same values with the served context document in place of the inline one', async () => {
    const viaServed = { ...exported, '@context': [W3C_ANNO_CONTEXT, SERVED] };
    const inline = await jsonld.expand(exported as unknown as JsonLdDocument, options);
    expect(await jsonld.expand(viaServed as unknown as JsonLdDocument, options)).toEqual(inline);
  });

  it('publishes the context the export inlines', () => {
    expect(exported['@context']).toEqual([W3C_ANNO_CONTEXT, QUOTEMARK_CONTEXT]);
    expect(JSON.parse(readFileSync(documents[SERVED]!, 'utf8'))).toEqual({ '@context': QUOTEMARK_CONTEXT });
  });
});
