import { z } from 'zod';
import { IdSchema, TimestampSchema } from './ids';

export const MAX_TITLE_LENGTH = 500;
/** Five million UTF-16 code units: far beyond any news article. */
export const MAX_TEXT_LENGTH = 5_000_000;

export const ArticleSchema = z.object({
  id: IdSchema,
  title: z.string().trim().min(1).max(MAX_TITLE_LENGTH),
  source: z.string().max(MAX_TITLE_LENGTH).optional(),
  url: z.string().max(4000).optional(),
  publishedAt: z.string().max(64).optional(),
  author: z.string().max(MAX_TITLE_LENGTH).optional(),
  /** Canonical text (see canonicalText): the coordinate space of every anchor. */
  text: z.string().min(1).max(MAX_TEXT_LENGTH),
  textSha256: z.string().regex(/^[0-9a-f]{64}$/),
  /**
   * The team project the article belongs to (see src/core/team): absent for
   * an article of this browser's own library. The project's codebook does
   * not store it (the document is the project); the sync client sets it.
   */
  projectId: IdSchema.optional(),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});

export type Article = z.infer<typeof ArticleSchema>;
