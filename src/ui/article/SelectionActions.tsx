import './selectionActions.css';

interface Props {
  onTag: () => void;
  onNewSpeaker: () => void;
  /** Marks the selection as the open form's cue; absent while no form is open. */
  onMarkCue?: () => void;
}

/**
 * The actions for the words just selected, floating beside them, so nobody
 * scrolls back up to the toolbar far down a long article. Its own toolbar
 * name, "Selection actions", tells its buttons from the article toolbar's.
 */
export function SelectionActions({ onTag, onNewSpeaker, onMarkCue }: Props) {
  return (
    <div className="qm-selection-actions" role="toolbar" aria-label="Selection actions">
      <button type="button" onClick={onTag} aria-keyshortcuts="T">
        Tag statement
      </button>
      {onMarkCue && (
        <button type="button" onClick={onMarkCue} aria-keyshortcuts="C">
          Mark cue
        </button>
      )}
      <button type="button" onClick={onNewSpeaker}>
        New speaker from selection
      </button>
    </div>
  );
}
