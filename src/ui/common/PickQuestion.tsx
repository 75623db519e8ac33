import { useEffect, useRef } from 'react';
import type { PickOption } from './pickSearch';

interface Props {
  /** The field's name: "Speaker", "Topic". */
  label: string;
  typed: string;
  similar: PickOption[];
  /** Why it asks: the typed text names nothing (Enter, Save) or a new entry would nearly duplicate one. */
  reason: 'unmatched' | 'nearDuplicate';
  /** Asked when saving: the question is announced and takes the focus. */
  onSave: boolean;
  onPick: (option: PickOption) => void;
  onCreate: () => void;
}

/** "Did you mean …": the entries typed text resembles, or creating it as a new entry. */
export function PickQuestion({ label, typed, similar, reason, onSave, onPick, onCreate }: Props) {
  const group = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (onSave) group.current?.querySelector('button')?.focus();
  }, [onSave]);
  const noun = label.toLowerCase();
  const sentence =
    reason === 'nearDuplicate'
      ? `“${typed}” is very like an existing ${noun}. Did you mean:`
      : similar.length > 0
        ? `“${typed}” matches no ${noun} exactly. Did you mean:`
        : `“${typed}” matches no ${noun}. Create it?`;
  return (
    <div ref={group} role="group" aria-label={`${label}: did you mean`} className="qm-notice qm-pick-question">
      <p role={onSave ? 'alert' : 'status'}>{sentence}</p>
      {similar.map((option) => (
        <button
          key={option.id}
          type="button"
          className="qm-small"
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => onPick(option)}
        >
          {option.label}
        </button>
      ))}
      <button type="button" className="qm-small qm-quiet" onMouseDown={(e) => e.preventDefault()} onClick={onCreate}>
        Create “{typed}”
      </button>
    </div>
  );
}
