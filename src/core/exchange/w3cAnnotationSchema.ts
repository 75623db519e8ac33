import { z } from 'zod';
import { AnchorSchema } from '../model/anchor';
import { IdSchema, TimestampSchema } from '../model/ids';

/** The JSON-LD context every W3C Web Annotation document names. */
export const W3C_ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/** The URN of a statement's annotation; import reads the statement id back from it. */
export const STATEMENT_URN_PREFIX = 'urn:quotemark:statement:';
/** The target source of an article that has no web address. */
export const ARTICLE_URN_PREFIX = 'urn:quotemark:article:';

const nonNegative = z.number().int().nonnegative();

/** An anchor with its offsets in Unicode code points, as W3C counts them. */
const CodePointAnchorSchema = z.object({
  start: nonNegative,
  end: nonNegative,
  exact: z.string().min(1),
  prefix: z.string(),
  suffix: z.string(),
});

const TextQuoteSelectorSchema = z.object({
  type: z.literal('TextQuoteSelector'),
  exact: z.string().min(1),
  prefix: z.string().optional(),
  suffix: z.string().optional(),
});

const TextPositionSelectorSchema = z.object({
  type: z.literal('TextPositionSelector'),
  start: nonNegative,
  end: nonNegative,
});

// Other selector kinds are allowed in and ignored, as the W3C model expects.
const OtherSelectorSchema = z.looseObject({ type: z.string() });
const SelectorSchema = z.union([TextQuoteSelectorSchema, TextPositionSelectorSchema, OtherSelectorSchema]);

/** Which statement field a body carries, so import need not guess from purpose. */
export const BODY_FIELDS = ['speaker', 'kind', 'stance', 'topic', 'claim'] as const;

const TextualBodySchema = z.object({
  type: z.literal('TextualBody'),
  purpose: z.string().optional(),
  value: z.string(),
  'quotemark:field': z.enum(BODY_FIELDS).optional(),
  'quotemark:speakerId': IdSchema.optional(),
  'quotemark:topicId': IdSchema.optional(),
});

/** Statement fields that no W3C body carries, kept so import is lossless. */
const StatementExtensionSchema = z.object({
  articleId: IdSchema,
  speakerId: IdSchema.nullable(),
  topicId: IdSchema.optional(),
  roleAtTime: z.string().optional(),
  cue: CodePointAnchorSchema.optional(),
  tags: z.array(z.string()),
  note: z.string().optional(),
  orphanedAt: TimestampSchema.optional(),
  /**
   * An orphan's last anchors as stored (UTF-16): its words are gone from the
   * text, so code-point positions into that text would mean nothing.
   */
  orphanAnchors: z.object({ quote: AnchorSchema, cue: AnchorSchema.optional() }).optional(),
  origin: z.enum(['manual', 'suggested']),
  status: z.enum(['confirmed', 'pending']),
});

/** One W3C Annotation as Quotemark writes it (and the subset it reads). */
export const W3CAnnotationSchema = z.object({
  id: z.string().min(1),
  type: z.literal('Annotation'),
  motivation: z.string().optional(),
  created: TimestampSchema.optional(),
  modified: TimestampSchema.optional(),
  generated: TimestampSchema.optional(),
  target: z.object({
    source: z.string().min(1),
    selector: z.union([SelectorSchema, z.array(SelectorSchema)]),
  }),
  body: z.array(TextualBodySchema).optional(),
  /** Who coded it, in an export of a team project's statements of every coder. */
  creator: z.object({ type: z.literal('Person'), name: z.string().min(1) }).optional(),
  'quotemark:statement': StatementExtensionSchema.optional(),
});

/** The IRI of an export's AnnotationCollection; its one page is this plus PAGE_IRI_SUFFIX. */
export const EXPORT_URN_PREFIX = 'urn:quotemark:export:';
export const PAGE_IRI_SUFFIX = ':page:1';

/** A W3C AnnotationCollection holding its annotations in one embedded page. */
export const W3CAnnotationCollectionSchema = z.object({
  '@context': z.union([z.literal(W3C_ANNO_CONTEXT), z.array(z.unknown())]),
  // Required by the model (5.1, 5.2); optional here so files from before it still import.
  id: z.string().min(1).optional(),
  type: z.literal('AnnotationCollection'),
  label: z.string().optional(),
  total: nonNegative,
  first: z.object({
    id: z.string().min(1).optional(),
    type: z.literal('AnnotationPage'),
    items: z.array(W3CAnnotationSchema),
  }),
});

export type CodePointAnchor = z.infer<typeof CodePointAnchorSchema>;
export type W3CTextualBody = z.infer<typeof TextualBodySchema>;
export type W3CAnnotation = z.infer<typeof W3CAnnotationSchema>;
export type W3CAnnotationCollection = z.infer<typeof W3CAnnotationCollectionSchema>;
