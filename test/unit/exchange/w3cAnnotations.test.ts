import { describe, expect, it } from 'vitest';
import { fromW3CAnnotations } from '../../../src/core/exchange/fromW3CAnnotations';
import { isW3CText } from '../../../src/core/import/isW3CText';
import { QUOTEMARK_CONTEXT } from '../../../src/core/exchange/quotemarkContext';
import { toW3CAnnotations } from '../../../src/core/exchange/toW3CAnnotations';
import { library } from './libraryFixture';

const now = new Date('2026-11-28T12:00:00Z');
const everything = { exportId: 'e1', counting: { includePending: true } };

describe('W3C Web Annotation export', () => {
  const collection = toW3CAnnotations(library, now, everything);

  it('writes an AnnotationCollection with one annotation per statement, pending ones when asked', () => {
    expect(collection['@context']).toEqual(['http://www.w3.org/ns/anno.jsonld', QUOTEMARK_CONTEXT]);
    expect(collection.type).toBe('AnnotationCollection');
    expect(collection.total).toBe(3);
    expect(collection.first.items.map((a) => a.id)).toEqual([
      'urn:quotemark:statement:s2',
      'urn:quotemark:statement:s1',
      'urn:quotemark:statement:s3',
    ]);
  });

  it('is recognised as W3C by the import, however it is spaced, and a native library is not', () => {
    expect(isW3CText(JSON.stringify(collection, null, 2))).toBe(true);
    expect(isW3CText(JSON.stringify(collection))).toBe(true);
    expect(isW3CText(JSON.stringify({ ...collection, '@context': 'http://www.w3.org/ns/anno.jsonld' }))).toBe(true);
    expect(isW3CText(JSON.stringify({ format: 'quotemark', version: 1, ...library }))).toBe(false);
  });

  it('leaves pending suggestions out unless asked', () => {
    const confirmed = toW3CAnnotations(library, now, { exportId: 'e1' });
    expect(confirmed.total).toBe(2);
    expect(confirmed.first.items.map((a) => a.id)).toEqual([
      'urn:quotemark:statement:s2',
      'urn:quotemark:statement:s1',
    ]);
  });

  it('names the collection and its page with stable IRIs', () => {
    expect(collection.id).toBe('urn:quotemark:export:e1');
    expect(collection.first.id).toBe('urn:quotemark:export:e1:page:1');
    const fresh = [toW3CAnnotations(library, now), toW3CAnnotations(library, now)];
    expect(fresh[0]!.id).toMatch(/^urn:quotemark:export:[0-9a-f-]{36}$/);
    expect(fresh[0]!.id).not.toBe(fresh[1]!.id);
    expect(fresh[0]!.first.id).toBe(`${fresh[0]!.id}:page:1`);
  });

  it('counts selector positions in code points and targets the article URL', () => {
    const annotation = collection.first.items[0]!;
    const { text } = library.articles[0]!;
    const quote = library.statements[0]!.quote;
    expect(annotation.target.source).toBe(library.articles[0]!.url);
    expect(annotation.target.selector).toContainEqual({
      type: 'TextPositionSelector',
      start: [...text.slice(0, quote.start)].length,
      end: [...text.slice(0, quote.end)].length,
    });
    expect([...text].slice(...positionOf(annotation)).join('')).toBe(quote.exact);
  });

  it('carries speaker, kind, stance, topic and claim as bodies', () => {
    const bodies = collection.first.items[0]!.body!;
    expect(bodies).toContainEqual(
      expect.objectContaining({
        purpose: 'tagging',
        value: 'A protester, "unnamed"',
        'quotemark:speakerId': 'sp-protester',
      }),
    );
    expect(bodies).toContainEqual(expect.objectContaining({ value: 'direct', 'quotemark:field': 'kind' }));
    expect(bodies).toContainEqual(expect.objectContaining({ value: 'against', 'quotemark:field': 'stance' }));
    expect(bodies).toContainEqual(
      expect.objectContaining({ value: 'Sanctions, Xinjiang', 'quotemark:topicId': 't-sanctions' }),
    );
    expect(bodies).toContainEqual(
      expect.objectContaining({ purpose: 'describing', value: 'Every voice counts,\nsays "the sign"' }),
    );
    expect(collection.first.items[0]!.motivation).toBe('describing');
    expect(collection.first.items[2]!.motivation).toBe('tagging');
  });

  it('uses a URN for an article without a web address', () => {
    const records = { ...library, articles: [{ ...library.articles[0]!, url: 'file:///tmp/a.txt' }] };
    expect(toW3CAnnotations(records, now).first.items[0]!.target.source).toBe('urn:quotemark:article:a1');
  });

  it('round-trips statements losslessly through JSON, astral characters included', () => {
    const json: unknown = JSON.parse(JSON.stringify(collection));
    const back = fromW3CAnnotations(json, library, now);
    expect(back.ok && back.value.records.statements).toEqual(library.statements);
    expect(back.ok && back.value.placement).toEqual({ placed: [], unplaced: [] });
  });

  it('round-trips an orphan with its last anchor', () => {
    const orphan = {
      ...library.statements[2]!,
      orphanedAt: '2026-11-28T11:45:00.000Z',
      quote: { start: 5, end: 9, exact: 'gone', prefix: '', suffix: '' },
    };
    const records = { ...library, statements: [orphan] };
    const back = fromW3CAnnotations(
      JSON.parse(JSON.stringify(toW3CAnnotations(records, now, everything))),
      library,
      now,
    );
    expect(back.ok && back.value.records.statements).toEqual([orphan]);
  });

  it('places a quote whose positions miss its words by its words and context, and says it moved', () => {
    const json = JSON.parse(JSON.stringify(collection)) as typeof collection;
    const selector = json.first.items[1]!.target.selector as { type: string; start?: number; end?: number }[];
    selector[1]!.start = 0;
    selector[1]!.end = 5;
    const back = fromW3CAnnotations(json, library, now);
    expect(back.ok && back.value.records.statements).toEqual(library.statements);
    expect(back.ok && back.value.placement.placed).toEqual([
      expect.objectContaining({ path: 'first.items[1].quote', status: 'moved' }),
    ]);
  });

  it('refuses a malformed file with paths in a person’s words, and a file none of whose annotations has its article', () => {
    const bad = fromW3CAnnotations(
      { type: 'AnnotationCollection', total: 1, first: { type: 'AnnotationPage', items: [{}] } },
      library,
    );
    expect(bad.ok ? [] : bad.error).toEqual([
      { path: 'first.items[0].target', message: 'Annotation 1 has no target.' },
    ]);
    const missing = fromW3CAnnotations(JSON.parse(JSON.stringify(collection)), { ...library, articles: [] }, now);
    expect(missing.ok).toBe(false);
  });

  it('reads an annotation from elsewhere as a pending suggestion', () => {
    const foreign = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'AnnotationCollection',
      total: 1,
      first: { type: 'AnnotationPage', items: [{ ...collection.first.items[0]!, 'quotemark:statement': undefined }] },
    };
    const back = fromW3CAnnotations(JSON.parse(JSON.stringify(foreign)), library, now);
    expect(back.ok && back.value.records.statements[0]).toMatchObject({
      id: 's2',
      speakerId: 'sp-protester',
      origin: 'suggested',
      status: 'pending',
      tags: [],
    });
  });
});

function positionOf(annotation: ReturnType<typeof toW3CAnnotations>['first']['items'][number]): [number, number] {
  const selector = [annotation.target.selector].flat().find((s) => s.type === 'TextPositionSelector') as {
    start: number;
    end: number;
  };
  return [selector.start, selector.end];
}
