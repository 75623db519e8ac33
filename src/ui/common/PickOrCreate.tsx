import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { searchKey } from '../../core/text/searchKey';
import { PickQuestion } from './PickQuestion';
import type { PickOption, PickSearchResult } from './pickSearch';

export type { PickOption } from './pickSearch';

/** What the field holds once settled: an existing entry, a new name to create, or nothing. */
export type SettledPick = { id: string } | { newLabel: string } | null;

/** What the field holds: settled, or text the person left in it that names nothing yet. */
export type PickValue = SettledPick | { typed: string };

/** The text a value shows in the box; `labelOf` names an existing entry. */
export function pickText(value: PickValue, labelOf: (id: string) => string | undefined): string {
  if (!value) return '';
  if ('newLabel' in value) return value.newLabel;
  if ('typed' in value) return value.typed;
  return labelOf(value.id) ?? '';
}

interface Props {
  label: string;
  value: PickValue;
  /** The text of the value, shown when the field is not being edited. */
  valueLabel: string;
  search: (query: string) => PickSearchResult;
  onChange: (value: PickValue, picked?: PickOption) => void;
  /** Told of every edit of the typed text. */
  onQueryChange?: (query: string) => void;
  /** The form was saved with typed text in this box that names nothing: ask what it means. */
  asking?: boolean;
  createHint: string;
}

type Question = { typed: string; similar: PickOption[]; reason: 'unmatched' | 'nearDuplicate' };

/**
 * An ARIA combobox that picks an existing entry or creates one from the typed
 * text. Nothing is highlighted until the person moves to an option; Enter
 * takes the option moved to, else the entry the text names exactly, else
 * creates a new entry when nothing resembles it, and otherwise asks "Did you
 * mean …". It never submits the surrounding form, and never acts while an
 * input method is composing (Enter there confirms the characters).
 */
export function PickOrCreate({ label, value, valueLabel, search, onChange, onQueryChange, asking, createHint }: Props) {
  const id = useId();
  const [query, setQuery] = useState<string | null>(null);
  const [active, setActive] = useState(-1);
  const [question, setQuestion] = useState<Question | null>(null);
  const input = useRef<HTMLInputElement>(null);
  // An answer to "Did you mean" returns the focus to the box once the
  // answer shows in it, so the keyboard path (Ctrl+Enter to save) goes on.
  const refocus = useRef(false);
  useEffect(() => {
    if (!refocus.current) return;
    refocus.current = false;
    input.current?.focus();
  }, [value]);
  const text = query ?? valueLabel;
  const { options, choice, nearDuplicates } = search(query ?? '');
  const trimmed = text.trim();
  const offerCreate = query !== null && trimmed !== '' && choice.kind !== 'match';
  const open = query !== null && !question && (options.length > 0 || offerCreate);
  const createIndex = options.length;
  const exactIndex = choice.kind === 'match' ? options.findIndex((o) => o.id === choice.entry.id) : -1;
  const highlighted = active >= 0 ? active : exactIndex;

  const done = () => {
    setQuery(null);
    setActive(-1);
    setQuestion(null);
  };
  const pick = (option: PickOption) => {
    done();
    onChange({ id: option.id }, option);
  };
  const create = (name: string) => {
    done();
    onChange({ newLabel: name });
  };
  /** Create the typed name, unless it nearly duplicates an entry: then ask first. */
  const createOrAsk = () => {
    if (nearDuplicates.length > 0) setQuestion({ typed: trimmed, similar: nearDuplicates, reason: 'nearDuplicate' });
    else create(trimmed);
  };
  const commitTyped = () => {
    if (choice.kind === 'match') pick(choice.entry);
    else if (choice.kind === 'clear') {
      done();
      onChange(null);
    } else if (choice.kind === 'create') create(choice.label);
    else setQuestion({ typed: choice.label, similar: choice.similar, reason: 'unmatched' });
  };
  const commitIndex = (index: number) => {
    const option = options[index];
    if (option) pick(option);
    else if (index === createIndex && offerCreate) createOrAsk();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    // Enter confirms an input method's characters (华春莹 typed as pinyin): not ours.
    if (event.nativeEvent.isComposing || event.keyCode === 229) return;
    const count = options.length + (offerCreate ? 1 : 0);
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (query === null) setQuery(text);
      setQuestion(null);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      const from = active === -1 && step === -1 ? count : active;
      setActive(count === 0 ? -1 : (from + step + count) % count);
    } else if (event.key === 'Enter' && !event.ctrlKey && !event.metaKey) {
      // Ctrl+Enter is the form's "save": the box settles on blur and saving asks.
      event.preventDefault();
      if (query === null) return;
      if (active >= 0) commitIndex(active);
      else commitTyped();
    } else if (event.key === 'Escape' && (query !== null || question)) {
      event.preventDefault();
      event.stopPropagation();
      done();
    }
  };

  // Leaving the box keeps an exact match, an emptied box or an unchanged
  // value; any other text stays as typed, unsettled, for Save to ask about.
  const onBlur = () => {
    if (query === null) return;
    setQuery(null);
    setActive(-1);
    if (searchKey(query) === searchKey(valueLabel)) return;
    if (choice.kind === 'match') pick(choice.entry);
    else if (choice.kind === 'clear') onChange(null);
    else onChange({ typed: trimmed });
  };

  const typedValue = value && 'typed' in value ? value.typed : null;
  const shown: Question | null =
    question ??
    (asking && typedValue !== null && (query === null || searchKey(query) === searchKey(typedValue))
      ? { typed: typedValue, similar: unmatchedSimilar(search(typedValue)), reason: 'unmatched' }
      : null);

  const optionId = (i: number) => `${id}-option-${i}`;
  return (
    <div className="qm-combobox">
      <label htmlFor={`${id}-input`}>{label}</label>
      <input
        ref={input}
        id={`${id}-input`}
        role="combobox"
        aria-expanded={open}
        aria-controls={`${id}-listbox`}
        aria-autocomplete="list"
        aria-activedescendant={open && highlighted >= 0 ? optionId(highlighted) : undefined}
        autoComplete="off"
        value={text}
        onChange={(e) => {
          setQuery(e.target.value);
          onQueryChange?.(e.target.value);
          setActive(-1);
          setQuestion(null);
        }}
        onFocus={() => setQuery((q) => q ?? text)}
        onBlur={onBlur}
        onKeyDown={onKeyDown}
      />
      {value && 'newLabel' in value && query === null && <small className="qm-hint">{createHint}</small>}
      {shown && (
        <PickQuestion
          label={label}
          typed={shown.typed}
          similar={shown.similar}
          reason={shown.reason}
          onSave={!question}
          onPick={(option) => {
            refocus.current = true;
            pick(option);
          }}
          onCreate={() => {
            refocus.current = true;
            create(shown.typed);
          }}
        />
      )}
      <ul id={`${id}-listbox`} role="listbox" aria-label={`${label} suggestions`} hidden={!open}>
        {options.map((option, i) => (
          <li
            key={option.id}
            id={optionId(i)}
            role="option"
            aria-selected={i === highlighted}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => commitIndex(i)}
          >
            {option.label}
            {option.detail && <span className="qm-option-detail"> {option.detail}</span>}
          </li>
        ))}
        {offerCreate && (
          <li
            id={optionId(createIndex)}
            role="option"
            aria-selected={highlighted === createIndex}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => commitIndex(createIndex)}
          >
            Create “{trimmed}”
          </li>
        )}
      </ul>
    </div>
  );
}

/** The entries to offer for text that named nothing when the form was saved. */
function unmatchedSimilar({ choice }: PickSearchResult): PickOption[] {
  if (choice.kind === 'ask') return choice.similar;
  return choice.kind === 'match' ? [choice.entry] : [];
}
