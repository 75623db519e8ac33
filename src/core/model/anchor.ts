import { z } from 'zod';

/** How much context an anchor keeps on each side of its quote. */
export const ANCHOR_CONTEXT_CHARS = 32;

/**
 * A stored anchor: UTF-16 offsets into Article.text (end exclusive) plus the
 * quoted text and its context, so it can be re-found after the text changes.
 * Never an editor position or a DOM range.
 */
export const AnchorSchema = z
  .object({
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    exact: z.string().min(1),
    prefix: z.string().max(ANCHOR_CONTEXT_CHARS),
    suffix: z.string().max(ANCHOR_CONTEXT_CHARS),
  })
  .refine((a) => a.end > a.start, { message: 'end must be greater than start', path: ['end'] })
  .refine((a) => a.end - a.start === a.exact.length, {
    message: 'exact must be as long as end - start',
    path: ['exact'],
  });

export type Anchor = z.infer<typeof AnchorSchema>;
