import { describe, expect, it } from 'vitest';
import { toW3CAnnotations } from '../../../src/core/exchange/toW3CAnnotations';
import { library } from './libraryFixture';
import { mustAssertions, type Assertion } from './w3c/draft04';

const now = new Date('2026-11-28T12:00:00Z');
// Pending suggestions included, and an article with no web address, so every shape the export writes is checked.
const records = { ...library, articles: [...library.articles, { ...library.articles[0]!, id: 'a2', url: undefined }] };
const collection: Record<string, unknown> = JSON.parse(
  JSON.stringify(
    toW3CAnnotations(
      { ...records, statements: [...records.statements, { ...records.statements[0]!, id: 's9', articleId: 'a2' }] },
      now,
      {
        exportId: '0b6c1a52-7d0e-4c55-9d1a-3f0f3c2b8e11',
        counting: { includePending: true },
      },
    ),
  ),
);
const page = collection.first as { items: Record<string, unknown>[] } & Record<string, unknown>;

/** The assertions that do not hold of the instance, with Ajv's reasons. */
function broken(assertions: Assertion[], instance: unknown): { file: string; errors: unknown }[] {
  return assertions.flatMap((a) => {
    const valid = a.validate(instance);
    return (valid ? 'valid' : 'invalid') === a.expected ? [] : [{ file: a.file, errors: a.validate.errors }];
  });
}

describe('the W3C export against the W3C Web Annotation test suite', () => {
  it('passes every MUST assertion of the AnnotationCollection (model 5.1), ids included', () => {
    const assertions = mustAssertions('collections/collectionMusts.test');
    expect(assertions).toHaveLength(10);
    expect(broken(assertions, collection)).toEqual([]);
  });

  it('passes every MUST assertion of the AnnotationPage (model 5.2), embedded and on its own', () => {
    const assertions = mustAssertions('collections/pages/pageMusts.test');
    expect(assertions).toHaveLength(15);
    expect(broken(assertions, collection)).toEqual([]);
    expect(broken(assertions, { '@context': collection['@context'], ...page })).toEqual([]);
  });

  it('passes every MUST assertion of each Annotation (model 3, 4)', () => {
    const assertions = mustAssertions('annotations/annotationMusts.test');
    expect(assertions.length).toBeGreaterThan(50);
    expect(page.items).toHaveLength(4);
    for (const item of page.items)
      expect(broken(assertions, { '@context': collection['@context'], ...item })).toEqual([]);
  });
});
