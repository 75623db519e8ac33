import type { Change, ChangeTable, RecordStates } from '../model/change';

/** The record type a table of a Change holds. */
export type ChangeRecord<T extends ChangeTable> = NonNullable<NonNullable<RecordStates[T]>[string]>;

/**
 * Collects what one step did to each record, to build its Change. A record
 * noted twice keeps its first before and its last after, so a speaker that
 * is created and then given a role in the same step undoes to not existing.
 */
export class ChangeBuilder {
  private readonly before: RecordStates = {};
  private readonly after: RecordStates = {};

  constructor(private readonly label: string) {}

  /** Note that record `id` of `table` went from `before` to `after` (null: absent). */
  record<T extends ChangeTable>(
    table: T,
    id: string,
    before: ChangeRecord<T> | null,
    after: ChangeRecord<T> | null,
  ): this {
    const befores = (this.before[table] ??= {}) as Record<string, ChangeRecord<T> | null>;
    const afters = (this.after[table] ??= {}) as Record<string, ChangeRecord<T> | null>;
    if (!(id in befores)) befores[id] = before;
    afters[id] = after;
    return this;
  }

  /** The Change noted so far. */
  build(): Change {
    return { label: this.label, before: copyStates(this.before), after: copyStates(this.after) };
  }
}

/** Copies of the id maps, so noting more later does not alter a built Change. */
function copyStates(states: RecordStates): RecordStates {
  const copy: RecordStates = {};
  if (states.articles) copy.articles = { ...states.articles };
  if (states.statements) copy.statements = { ...states.statements };
  if (states.speakers) copy.speakers = { ...states.speakers };
  if (states.topics) copy.topics = { ...states.topics };
  return copy;
}
