import { describe, expect, it } from 'vitest';
import { fromW3CAnnotations } from '../../../src/core/exchange/fromW3CAnnotations';
import { toW3CAnnotations } from '../../../src/core/exchange/toW3CAnnotations';
import { isW3CText } from '../../../src/core/import/isW3CText';
import type { LibraryRecords } from '../../../src/core/model/envelope';
import { library } from '../exchange/libraryFixture';

/** W3C annotations made by other tools, read against the fixture library. */
const now = new Date('2026-12-01T09:00:00Z');
const article = library.articles[0]!;
const other = {
  ...article,
  id: 'a2',
  url: 'https://example.org/other',
  title: 'Another story',
  text: 'Nothing about sanctions was said in this one.',
};
const twoArticles: LibraryRecords = { ...library, articles: [article, other] };
const QUOTE = 'serious human rights abuses';
const at = article.text.indexOf(QUOTE);

/** An annotation as Hypothesis exports it: a quote with context, a comment with no purpose, a tag. */
const hypothesis = {
  '@context': 'http://www.w3.org/ns/anno.jsonld',
  id: 'https://hypothes.is/a/AbC123xyz',
  type: 'Annotation',
  created: '2024-03-01T10:00:00.123456+00:00',
  creator: 'acct:reader@hypothes.is',
  body: [
    { type: 'TextualBody', value: 'Check the wording against the Treasury release.', format: 'text/markdown' },
    { type: 'TextualBody', purpose: 'tagging', value: 'human rights' },
  ],
  target: [
    {
      source: article.url,
      selector: [
        {
          type: 'RangeSelector',
          startContainer: '/main/p[2]',
          startOffset: 0,
          endContainer: '/main/p[2]',
          endOffset: 20,
        },
        {
          type: 'TextQuoteSelector',
          exact: QUOTE,
          prefix: article.text.slice(at - 20, at),
          suffix: article.text.slice(at + QUOTE.length, at + QUOTE.length + 20),
        },
      ],
    },
  ],
};

function read(json: unknown, records: LibraryRecords = twoArticles) {
  const result = fromW3CAnnotations(JSON.parse(JSON.stringify(json)), records, now);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

describe('W3C annotations from other tools', () => {
  it('reads a Hypothesis-like annotation with a TextQuoteSelector only, matched by its source URL, its bodies mapped', () => {
    const { records, placement } = read(hypothesis);
    expect(placement).toEqual({ placed: [expect.objectContaining({ status: 'moved' })], unplaced: [] });
    expect(records.statements).toEqual([
      {
        id: expect.stringMatching(/^w3c-[0-9a-f]{16}$/),
        articleId: 'a1',
        speakerId: null,
        quote: {
          start: at,
          end: at + QUOTE.length,
          exact: QUOTE,
          prefix: expect.any(String),
          suffix: expect.any(String),
        },
        kind: 'direct',
        tags: ['human rights'],
        note: 'Check the wording against the Treasury release.',
        origin: 'suggested',
        status: 'pending',
        createdAt: '2024-03-01T10:00:00.123456+00:00',
        updatedAt: '2024-03-01T10:00:00.123456+00:00',
      },
    ]);
  });

  it('matches an annotation by its quote when its source is no article’s address, in a list of annotations', () => {
    const elsewhere = {
      ...hypothesis,
      id: 'urn:x:1',
      target: { source: 'https://mirror.example/copy', selector: { type: 'TextQuoteSelector', exact: QUOTE } },
    };
    const commented = {
      ...elsewhere,
      id: 'urn:x:2',
      body: { type: 'TextualBody', purpose: 'commenting', value: 'A note.' },
    };
    const { records } = read([elsewhere, commented]);
    expect(records.statements.map((s) => [s.articleId, s.quote.start, s.note])).toEqual([
      ['a1', at, 'Check the wording against the Treasury release.'],
      ['a1', at, 'A note.'],
    ]);
  });

  it('does not guess between articles that both hold the words, and reports it; the others are read', () => {
    const both = { ...twoArticles, articles: [article, { ...other, text: `Again: ${QUOTE}.` }] };
    const unsure = {
      ...hypothesis,
      id: 'urn:x:3',
      target: { source: 'https://mirror.example/copy', selector: { type: 'TextQuoteSelector', exact: QUOTE } },
    };
    const { records, placement } = read([hypothesis, unsure], both);
    expect(records.statements.map((s) => s.quote.exact)).toEqual([QUOTE]);
    expect(placement.unplaced).toEqual([
      expect.objectContaining({ path: '[1].target.source', reason: expect.stringMatching(/in 2 articles/) }),
    ]);
  });

  it('reads positions alone (a TextPositionSelector in code points) on the article of that address', () => {
    const astral = 'We count 𝄞 every 😀 voice';
    const start16 = article.text.indexOf(astral);
    const start = [...article.text.slice(0, start16)].length;
    const annotation = {
      id: 'urn:x:4',
      type: 'Annotation',
      target: {
        source: article.url,
        selector: { type: 'TextPositionSelector', start, end: start + [...astral].length },
      },
    };
    expect(read(annotation).records.statements[0]?.quote.exact).toBe(astral);
  });

  it('finds a speaker by name or makes one from the speaker body; a known topic by label', () => {
    const collection = JSON.parse(
      JSON.stringify(toW3CAnnotations(library, now, { counting: { includePending: true } })),
    );
    const items = collection.first.items as {
      body: { value: string; 'quotemark:speakerId'?: string }[];
      'quotemark:statement'?: unknown;
    }[];
    for (const item of items) delete item['quotemark:statement'];
    items[0]!.body[0] = { ...items[0]!.body[0]!, 'quotemark:speakerId': 'sp-elsewhere', value: 'Ben Sasse' };
    items[1]!.body[0] = { ...items[1]!.body[0]!, 'quotemark:speakerId': 'sp-elsewhere-2', value: 'treasury' };
    const { records } = read(collection, library);
    expect(records.speakers).toEqual([expect.objectContaining({ id: 'sp-elsewhere', name: 'Ben Sasse', aliases: [] })]);
    expect(records.statements.map((s) => [s.id, s.speakerId, s.topicId ?? null])).toEqual([
      ['s2', 'sp-elsewhere', 't-sanctions'],
      ['s1', 'sp-treasury', 't-sanctions'],
      ['s3', null, null],
    ]);
  });

  it('takes a collection and page with ids and a @context list holding an object', () => {
    const collection = JSON.parse(
      JSON.stringify(toW3CAnnotations(library, now, { counting: { includePending: true } })),
    );
    const withIds = {
      ...collection,
      '@context': ['http://www.w3.org/ns/anno.jsonld', { quotemark: 'https://quotemark.example/ns#' }],
      id: 'urn:quotemark:export:6f1c',
      first: { ...collection.first, id: 'urn:quotemark:export:6f1c:page:1' },
    };
    const text = JSON.stringify(withIds, null, 2);
    expect(isW3CText(text)).toBe(true);
    expect(read(withIds, library).records.statements).toEqual(library.statements);
  });
});
