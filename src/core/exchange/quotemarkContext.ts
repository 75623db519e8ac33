/** The IRI the `quotemark:` prefix stands for: Quotemark's own terms. */
export const QUOTEMARK_NAMESPACE = 'urn:quotemark:ns:';

/** Where the app serves QUOTEMARK_CONTEXT as a document (public/ns/quotemark.jsonld). */
export const QUOTEMARK_CONTEXT_PATH = 'ns/quotemark.jsonld';

const XSD = 'http://www.w3.org/2001/XMLSchema#';
const text = (name: string) => ({ '@id': `quotemark:${name}`, '@type': `${XSD}string` });

/**
 * The JSON-LD context of the W3C export's `quotemark:` extension, the second
 * entry of its `@context` after the W3C one. Without it a JSON-LD processor
 * drops every value inside `quotemark:statement` (its keys are defined
 * nowhere). The statement's own keys are scoped to `quotemark:statement`, so
 * they never shadow a W3C term elsewhere; its offsets and quote words reuse
 * the W3C terms (start, end, exact, prefix, suffix). speakerId is JSON
 * because "no speaker" is null, which JSON-LD would otherwise drop; tags
 * are a list because their order is the person's. Inline, so no processor
 * has to fetch it; also served at QUOTEMARK_CONTEXT_PATH for those who do.
 */
export const QUOTEMARK_CONTEXT = {
  '@version': 1.1,
  quotemark: QUOTEMARK_NAMESPACE,
  'quotemark:field': text('field'),
  'quotemark:speakerId': text('speakerId'),
  'quotemark:topicId': text('topicId'),
  'quotemark:statement': {
    '@id': 'quotemark:statement',
    '@context': {
      articleId: text('articleId'),
      speakerId: { '@id': 'quotemark:speakerId', '@type': '@json' },
      topicId: text('topicId'),
      roleAtTime: text('roleAtTime'),
      cue: { '@id': 'quotemark:cue' },
      tags: { '@id': 'quotemark:tags', '@container': '@list' },
      note: text('note'),
      orphanedAt: { '@id': 'quotemark:orphanedAt', '@type': `${XSD}dateTime` },
      // An orphan's anchors are stored offsets (UTF-16 units), not the W3C's code points.
      orphanAnchors: {
        '@id': 'quotemark:orphanAnchors',
        '@context': {
          start: { '@id': 'quotemark:utf16Start', '@type': `${XSD}nonNegativeInteger` },
          end: { '@id': 'quotemark:utf16End', '@type': `${XSD}nonNegativeInteger` },
        },
      },
      quote: { '@id': 'quotemark:quote' },
      origin: text('origin'),
      status: text('status'),
    },
  },
} as const;

/** The served context document (public/ns/quotemark.jsonld), as `npm run schema` writes it. */
export function quotemarkContextText(): string {
  return `${JSON.stringify({ '@context': QUOTEMARK_CONTEXT }, null, 2)}\n`;
}
