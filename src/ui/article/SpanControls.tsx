import { use, useEffect } from 'react';
import type { Anchor } from '../../core/model/anchor';
import { MarkCueContext } from './MarkCueContext';

interface Props {
  quote: Anchor;
  cue: Anchor | null;
  /** The words selected in the text right now, as an anchor. */
  selectionAnchor: () => Anchor | null;
  onQuote: (quote: Anchor) => void;
  onCue: (cue: Anchor | null) => void;
  canUpdateSpan: boolean;
  onProblem: (message: string) => void;
}

const NEED_SELECTION = 'Select words in the article first.';

/** The statement's words and its cue ("said", "according to"), each re-selectable. */
export function SpanControls({ quote, cue, selectionAnchor, onQuote, onCue, canUpdateSpan, onProblem }: Props) {
  const fromSelection = (apply: (anchor: Anchor) => void) => () => {
    const anchor = selectionAnchor();
    if (anchor) apply(anchor);
    else onProblem(NEED_SELECTION);
  };
  // The floating selection actions mark the cue through this form too.
  const markCueRef = use(MarkCueContext);
  const markCueFromSelection = fromSelection(onCue);
  useEffect(() => {
    if (!markCueRef) return;
    markCueRef.current = markCueFromSelection;
    return () => {
      markCueRef.current = null;
    };
  });
  return (
    <div className="qm-span-controls">
      <blockquote className="qm-quote-preview">{quote.exact}</blockquote>
      <p className="qm-cue-line">
        Cue: {cue ? <q className="qm-cue-preview">{cue.exact}</q> : <span className="qm-hint">none</span>}{' '}
        <button
          type="button"
          className="qm-small"
          onClick={markCueFromSelection}
          aria-keyshortcuts="C"
          title="Mark the selected words as the cue (C)"
        >
          Mark cue
        </button>
        {cue && (
          <button type="button" className="qm-small qm-quiet" onClick={() => onCue(null)}>
            Clear cue
          </button>
        )}
        {canUpdateSpan && (
          <button type="button" className="qm-small" onClick={fromSelection(onQuote)}>
            Update span
          </button>
        )}
      </p>
    </div>
  );
}
