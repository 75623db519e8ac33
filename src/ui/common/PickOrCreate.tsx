import { useId, useState, type KeyboardEvent } from 'react';

export interface PickOption {
  id: string;
  label: string;
  /** Extra text shown after the label, e.g. the alias that matched. */
  detail?: string;
}

/** What the field holds: an existing entry, a new name to create, or nothing. */
export type PickValue = { id: string } | { newLabel: string } | null;

interface Props {
  label: string;
  value: PickValue;
  /** The label of the picked entry, shown when the field is not being edited. */
  valueLabel: string;
  search: (query: string) => { options: PickOption[]; exact?: PickOption };
  onChange: (value: PickValue, picked?: PickOption) => void;
  /** Told of every edit of the typed text. */
  onQueryChange?: (query: string) => void;
  createHint: string;
}

/**
 * An ARIA combobox that picks an existing entry or creates one from the typed
 * text. Enter picks the highlighted option, else the exact match, else creates;
 * it never submits the surrounding form.
 */
export function PickOrCreate({ label, value, valueLabel, search, onChange, onQueryChange, createHint }: Props) {
  const id = useId();
  const [query, setQuery] = useState<string | null>(null);
  const [active, setActive] = useState(-1);
  const text = query ?? valueLabel;
  const { options, exact } = search(query ?? '');
  const trimmed = text.trim();
  const offerCreate = query !== null && trimmed !== '' && !exact;
  const open = query !== null && (options.length > 0 || offerCreate);
  const createIndex = options.length;
  // The best match is highlighted as the person types, so Enter takes it
  // ("hua" picks Hua Chunying); a new name is one arrow key away.
  const highlighted = active === -1 && trimmed !== '' && query !== null && options.length > 0 && !exact ? 0 : active;

  const commit = (index: number) => {
    setQuery(null);
    setActive(-1);
    if (query === null) return;
    const option = options[index] ?? exact;
    if (option) onChange({ id: option.id }, option);
    else if (trimmed) onChange({ newLabel: trimmed });
    else onChange(null);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const count = options.length + (offerCreate ? 1 : 0);
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (query === null) setQuery(text);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive(() => (count === 0 ? -1 : (highlighted + step + count) % count));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      commit(highlighted);
    } else if (event.key === 'Escape' && query !== null) {
      event.preventDefault();
      event.stopPropagation();
      setQuery(null);
      setActive(-1);
    }
  };

  const optionId = (i: number) => `${id}-option-${i}`;
  return (
    <div className="qm-combobox">
      <label htmlFor={`${id}-input`}>{label}</label>
      <input
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
        }}
        onFocus={() => setQuery((q) => q ?? text)}
        onBlur={() => commit(highlighted)}
        onKeyDown={onKeyDown}
      />
      {value && 'newLabel' in value && query === null && <small className="qm-hint">{createHint}</small>}
      <ul id={`${id}-listbox`} role="listbox" aria-label={`${label} suggestions`} hidden={!open}>
        {options.map((option, i) => (
          <li
            key={option.id}
            id={optionId(i)}
            role="option"
            aria-selected={i === highlighted}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => commit(i)}
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
            onClick={() => commit(-1)}
          >
            Create “{trimmed}”
          </li>
        )}
      </ul>
    </div>
  );
}
