import { z } from 'zod';
import { AnchorSchema } from '../model/anchor';
import { IdSchema, TimestampSchema } from '../model/ids';
import { StanceSchema, StatementKindSchema } from '../model/statement';
import { uniqueLabels } from '../text/uniqueLabels';

/** The speaker of a draft: one from the registry, or a new name to register. */
export const SpeakerChoiceSchema = z.union([
  z.object({ id: IdSchema }),
  z.object({ newName: z.string().trim().min(1, 'Type the speaker’s name.').max(300) }),
]);

/** The topic of a draft: one that exists, or a new label to create. */
export const TopicChoiceSchema = z.union([
  z.object({ id: IdSchema }),
  z.object({ newLabel: z.string().trim().min(1).max(300) }),
]);

const optionalText = (max: number) =>
  z
    .string()
    .max(max)
    .transform((s) => s.trim() || undefined)
    .optional();

/**
 * What the statement form submits. The storage layer turns it into a
 * Statement, creating the speaker or topic it names in the same transaction.
 */
export const StatementDraftSchema = z.object({
  /** Present when editing an existing statement. */
  id: IdSchema.optional(),
  /**
   * On an edit, the `updatedAt` of the version the edit started from. The
   * save is refused as a conflict if the stored statement is not that
   * version any more (changed or deleted, in another tab say), so an edit
   * never overwrites one it has not seen. Left out, the edit is not checked.
   */
  baseUpdatedAt: TimestampSchema.optional(),
  articleId: IdSchema,
  /** The statement's words; on an edit, a different quote moves the statement there. */
  quote: AnchorSchema,
  /**
   * The cue span ("said", "according to"). On an edit, left out keeps the
   * stored cue and null removes it; on a new statement both mean none.
   */
  cue: AnchorSchema.nullable().optional(),
  /**
   * Tags, trimmed, blanks dropped, each once (ignoring case and diacritics).
   * On an edit, left out keeps the stored tags; given, they replace them.
   */
  tags: z.array(z.string().max(100, 'A tag can be at most 100 characters long.')).transform(uniqueLabels).optional(),
  speaker: SpeakerChoiceSchema.nullable(),
  roleAtTime: optionalText(300),
  kind: StatementKindSchema,
  claim: optionalText(20_000),
  topic: TopicChoiceSchema.nullable(),
  stance: StanceSchema.optional(),
  note: optionalText(20_000),
});

export type StatementDraft = z.input<typeof StatementDraftSchema>;
export type ParsedStatementDraft = z.output<typeof StatementDraftSchema>;
