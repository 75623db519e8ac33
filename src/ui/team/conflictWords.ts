import type { FieldValue } from '../../core/team/fieldCell';
import type { ConflictTable, RecordConflict } from '../../core/team/codebookConflicts';
import { articleHref, speakerHref, topicHref } from '../routing/parseRoute';

const KIND: Record<ConflictTable, string> = { articles: 'Article', speakers: 'Speaker', topics: 'Topic' };
const LONGEST = 80;
const sameDay = new Intl.DateTimeFormat(undefined, { timeStyle: 'short' });
const otherDay = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** “Speaker”, “Article”, “Topic”. */
export const recordKind = (conflict: RecordConflict) => KIND[conflict.table];

/** Where the record is edited, which is where a conflict is settled. */
export function conflictHref(conflict: RecordConflict): string {
  if (conflict.table === 'articles') return articleHref(conflict.id);
  return conflict.table === 'speakers' ? speakerHref(conflict.id) : topicHref(conflict.id);
}

/** “Speaker “Antony Blinken”, name”: which record and field, as a person calls them. */
export function conflictSubject(conflict: RecordConflict): string {
  const field = conflict.field.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return `${KIND[conflict.table]} “${conflict.name}”, ${field}`;
}

/** “A. Blinken” (Ann, 13:02): a value, who wrote it (`nameOf` a coder id) and when. */
export function conflictValue(value: FieldValue, nameOf: (coderId: string) => string, now = new Date()): string {
  const who = nameOf(value.by);
  const at = new Date(value.at);
  const when = (at.toDateString() === now.toDateString() ? sameDay : otherDay).format(at);
  return `${valueWords(value)} (${who}, ${when})`;
}

function valueWords(value: FieldValue): string {
  if (!value.present) return 'nothing (cleared)';
  const raw = value.value;
  const text = Array.isArray(raw) ? raw.join(', ') : typeof raw === 'string' ? raw : JSON.stringify(raw);
  return `“${text.length > LONGEST ? `${text.slice(0, LONGEST - 1)}…` : text}”`;
}
