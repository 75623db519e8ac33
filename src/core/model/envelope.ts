import { z } from 'zod';
import { ArticleSchema } from './article';
import { SpeakerSchema } from './speaker';
import { StatementSchema } from './statement';
import { TopicSchema } from './topic';

export const EXPORT_FORMAT = 'quotemark';
export const EXPORT_VERSION = 1;

/** The native, lossless export: everything the app stores, versioned. */
export const EnvelopeSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: z.iso.datetime({ offset: true }),
  app: z.object({ name: z.string(), version: z.string() }),
  articles: z.array(ArticleSchema),
  speakers: z.array(SpeakerSchema),
  topics: z.array(TopicSchema),
  statements: z.array(StatementSchema),
});

export type Envelope = z.infer<typeof EnvelopeSchema>;
export type LibraryRecords = Pick<Envelope, 'articles' | 'speakers' | 'topics' | 'statements'>;
