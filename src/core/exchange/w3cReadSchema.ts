import { z } from 'zod';
import { W3CAnnotationSchema } from './w3cAnnotationSchema';

/**
 * What import reads of a W3C Web Annotation: more forgiving than what the
 * app writes (w3cAnnotationSchema), so annotations from other tools come
 * in. Unknown properties are allowed and ignored, as the model expects; a
 * target may be an IRI, an object or a list, a body one or many; selectors
 * other than TextQuoteSelector and TextPositionSelector are skipped.
 */
const nonNegative = z.number().int().nonnegative();

export const TextQuoteSelectorReadSchema = z.looseObject({
  type: z.literal('TextQuoteSelector'),
  exact: z.string().min(1),
  prefix: z.string().optional(),
  suffix: z.string().optional(),
});

export const TextPositionSelectorReadSchema = z.looseObject({
  type: z.literal('TextPositionSelector'),
  start: nonNegative,
  end: nonNegative,
});

const SelectorReadSchema = z.union([
  TextQuoteSelectorReadSchema,
  TextPositionSelectorReadSchema,
  z.looseObject({ type: z.string() }),
]);

const TargetReadSchema = z.looseObject({
  source: z.string().optional(),
  selector: z.union([SelectorReadSchema, z.array(SelectorReadSchema)]).optional(),
});

const BodyReadSchema = z.union([
  z.string(),
  z.looseObject({
    type: z.union([z.string(), z.array(z.string())]).optional(),
    purpose: z.union([z.string(), z.array(z.string())]).optional(),
    value: z.string().optional(),
    'quotemark:field': z.string().optional(),
    'quotemark:speakerId': z.string().optional(),
    'quotemark:topicId': z.string().optional(),
  }),
]);

/** Quotemark's own extension, read as strictly as it is written. */
const ExtensionReadSchema = W3CAnnotationSchema.shape['quotemark:statement'];

export const W3CAnnotationReadSchema = z.looseObject({
  id: z.string().optional(),
  type: z.union([z.string(), z.array(z.string())]).optional(),
  motivation: z.union([z.string(), z.array(z.string())]).optional(),
  created: z.string().optional(),
  modified: z.string().optional(),
  target: z.union([z.string(), TargetReadSchema, z.array(z.union([z.string(), TargetReadSchema]))]),
  body: z.union([BodyReadSchema, z.array(BodyReadSchema)]).optional(),
  'quotemark:statement': ExtensionReadSchema,
});

export type W3CAnnotationRead = z.infer<typeof W3CAnnotationReadSchema>;
export type W3CTargetRead = z.infer<typeof TargetReadSchema>;
export type W3CBodyRead = z.infer<typeof BodyReadSchema>;
export type W3CExtension = NonNullable<W3CAnnotationRead['quotemark:statement']>;
