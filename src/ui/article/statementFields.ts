import { recordsEqual } from '../../core/history/recordsEqual';
import type { Anchor } from '../../core/model/anchor';
import { kindFromSelection } from '../../core/statements/kindFromSelection';
import type { Stance, Statement, StatementKind } from '../../core/model/statement';
import type { StatementDraft } from '../../core/statements/statementDraft';
import type { PickValue, SettledPick } from '../common/PickOrCreate';

/** What the statement form holds, field by field, as the person sees it. */
export interface StatementFields {
  quote: Anchor;
  cue: Anchor | null;
  /** Comma-separated, as typed. */
  tags: string;
  speaker: PickValue;
  role: string;
  kind: StatementKind;
  claim: string;
  topic: PickValue;
  stance: Stance | '';
  note: string;
}

/** Fields ready to save: every pick-or-create box names an entry, a new one, or nothing. */
export type SettledFields = StatementFields & { speaker: SettledPick; topic: SettledPick };

/**
 * The fields ready to save, or the box that still holds typed text naming
 * nothing: saving must ask what it means rather than pick or create.
 */
export function settledFields(
  fields: StatementFields,
): { ok: true; fields: SettledFields } | { ok: false; unsettled: 'speaker' | 'topic' } {
  const { speaker, topic } = fields;
  if (speaker && 'typed' in speaker) return { ok: false, unsettled: 'speaker' };
  if (topic && 'typed' in topic) return { ok: false, unsettled: 'topic' };
  return { ok: true, fields: { ...fields, speaker, topic } };
}

/** The fields of a stored statement. */
export function fieldsOf(statement: Statement): StatementFields {
  return {
    quote: statement.quote,
    cue: statement.cue ?? null,
    tags: statement.tags.join(', '),
    speaker: statement.speakerId ? { id: statement.speakerId } : null,
    role: statement.roleAtTime ?? '',
    kind: statement.kind,
    claim: statement.claim ?? '',
    topic: statement.topicId ? { id: statement.topicId } : null,
    stance: statement.stance ?? '',
    note: statement.note ?? '',
  };
}

/** The fields of a new statement for `quote`, its kind guessed from the quotation marks in and around it. */
export function newFields(quote: Anchor): StatementFields {
  const kind = kindFromSelection(quote.exact, quote.prefix, quote.suffix);
  return { quote, cue: null, tags: '', speaker: null, role: '', kind, claim: '', topic: null, stance: '', note: '' };
}

/** The draft the fields save as: an edit of `edit.id` based on `edit.baseUpdatedAt`, or a new statement. */
export function draftFromFields(
  articleId: string,
  fields: SettledFields,
  edit?: { id: string; baseUpdatedAt?: string },
): StatementDraft {
  const { speaker } = fields;
  return {
    ...(edit && { id: edit.id, baseUpdatedAt: edit.baseUpdatedAt }),
    articleId,
    quote: fields.quote,
    cue: fields.cue,
    tags: fields.tags
      .split(',')
      .map((t) => t.trim())
      .filter(Boolean),
    speaker: speaker && 'newLabel' in speaker ? { newName: speaker.newLabel } : speaker,
    roleAtTime: fields.role,
    kind: fields.kind,
    claim: fields.claim,
    topic: fields.topic,
    stance: fields.stance || undefined,
    note: fields.note,
  };
}

/**
 * The form's fields after the stored statement went from `from` to `to`:
 * every field that changed in the store takes its new value, the others
 * keep what the person has typed.
 */
export function adoptChanges(fields: StatementFields, from: StatementFields, to: StatementFields): StatementFields {
  const next = { ...fields };
  for (const name of Object.keys(to) as (keyof StatementFields)[]) {
    if (!recordsEqual(from[name], to[name])) Object.assign(next, { [name]: to[name] });
  }
  return next;
}
