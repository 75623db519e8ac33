import { z } from 'zod';
import { ArticleSchema } from './article';
import { SpeakerSchema } from './speaker';
import { StatementSchema } from './statement';
import { TopicSchema } from './topic';

/**
 * The tables a Change can touch: the ones a person edits record by record,
 * and articles, whose text *Save text* changes together with the anchors
 * into it.
 */
export const CHANGE_TABLES = ['articles', 'statements', 'speakers', 'topics'] as const;
export type ChangeTable = (typeof CHANGE_TABLES)[number];

/** Records keyed by their id; null says the record does not exist. */
const statesOf = <T extends z.ZodType<{ id: string }>>(record: T) =>
  z
    .record(z.string(), record.nullable())
    .refine((states) => Object.entries(states).every(([id, value]) => value === null || value.id === id), {
      message: 'every record must be keyed by its own id',
    })
    .optional();

/**
 * Some records as they were (or will be) at one moment, by table and id.
 * A table or id left out is not part of the change.
 */
export const RecordStatesSchema = z.object({
  articles: statesOf(ArticleSchema),
  statements: statesOf(StatementSchema),
  speakers: statesOf(SpeakerSchema),
  topics: statesOf(TopicSchema),
});

export type RecordStates = z.infer<typeof RecordStatesSchema>;

/**
 * One step a person can undo and redo: the records it touched as they were
 * before and after it. Both sides name the same records, so undo can put
 * back every one and redo can repeat every one.
 */
export const ChangeSchema = z
  .object({
    /** What the step did, in words for "Undo: …" ("save statement"). */
    label: z.string().trim().min(1).max(200),
    before: RecordStatesSchema,
    after: RecordStatesSchema,
  })
  .refine((change) => CHANGE_TABLES.every((table) => sameIds(change.before[table], change.after[table])), {
    message: 'before and after must name the same records',
    path: ['after'],
  });

export type Change = z.infer<typeof ChangeSchema>;

function sameIds(a: Record<string, unknown> | undefined, b: Record<string, unknown> | undefined): boolean {
  const left = Object.keys(a ?? {}).sort();
  const right = Object.keys(b ?? {}).sort();
  return left.length === right.length && left.every((id, i) => id === right[i]);
}
