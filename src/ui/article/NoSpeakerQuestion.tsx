import { useEffect, useRef } from 'react';

interface Props {
  onSaveAnyway: () => void;
  onChooseSpeaker: () => void;
}

/**
 * Asked when a statement is saved with no speaker: anonymous quotes are
 * allowed, but only on purpose. Takes the focus, so Enter confirms.
 */
export function NoSpeakerQuestion({ onSaveAnyway, onChooseSpeaker }: Props) {
  const confirm = useRef<HTMLButtonElement>(null);
  useEffect(() => confirm.current?.focus(), []);
  return (
    <div role="group" aria-label="No speaker" className="qm-notice">
      <p role="alert">No speaker — save anyway?</p>
      <button ref={confirm} type="button" onClick={onSaveAnyway}>
        Save without speaker
      </button>{' '}
      <button type="button" className="qm-quiet" onClick={onChooseSpeaker}>
        Choose a speaker
      </button>
    </div>
  );
}
