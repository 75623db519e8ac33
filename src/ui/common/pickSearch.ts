import { choiceForTyped, type TypedChoice } from '../../core/text/choiceForTyped';
import { nearDuplicates } from '../../core/text/nearDuplicates';

export interface PickOption {
  id: string;
  label: string;
  /** Extra text shown after the label, e.g. the alias that matched. */
  detail?: string;
}

/** What a pick-or-create box's search tells it about the typed text. */
export interface PickSearchResult {
  /** The list shown under the box, in order. */
  options: PickOption[];
  /** What the text commits to when the person has not moved to an option (core's rule). */
  choice: TypedChoice<PickOption>;
  /** Entries a new entry by this text would nearly duplicate: "Did you mean …" before creating. */
  nearDuplicates: PickOption[];
}

/** The typed-text rules of core, with entries turned into the box's options. */
export function pickSearch<T>(
  entries: readonly T[],
  labelsOf: (entry: T) => readonly string[],
  toOption: (entry: T) => PickOption,
  query: string,
  options: PickOption[],
): PickSearchResult {
  const choice = choiceForTyped(entries, labelsOf, query);
  const mapped: TypedChoice<PickOption> =
    choice.kind === 'match'
      ? { kind: 'match', entry: toOption(choice.entry) }
      : choice.kind === 'ask'
        ? { ...choice, similar: choice.similar.map(toOption) }
        : choice;
  return { options, choice: mapped, nearDuplicates: nearDuplicates(entries, labelsOf, query).map(toOption) };
}
