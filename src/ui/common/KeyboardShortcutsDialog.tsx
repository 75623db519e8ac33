import { useEffect, useRef } from 'react';

const SHORTCUTS: [string[], string][] = [
  [['T'], 'Tag the selected text as a statement'],
  [['C'], 'Mark the selected text as the cue of the statement in the form'],
  [['J'], 'Next statement'],
  [['K'], 'Previous statement'],
  [['1', '2', '3', '4', '5'], 'Set the stance of the chosen statement: Favor, Against, Neutral, Mixed, Unclear'],
  [['0'], 'Clear the stance of the chosen statement'],
  [['S'], 'Open the speaker picker of the statement form'],
  [['Delete'], 'Delete the chosen statement'],
  [['A'], 'Accept the chosen suggested statement'],
  [['R'], 'Reject the chosen suggested statement'],
  [['Escape'], 'Close the statement form'],
  [['Ctrl', 'Enter'], 'Save the statement form (from any field)'],
  [['Ctrl', 'Z'], 'Undo'],
  [['Ctrl', 'Shift', 'Z'], 'Redo'],
  [['?'], 'Show this list'],
];

/** The keyboard shortcuts, opened with "?". */
export function KeyboardShortcutsDialog({ onClose }: { onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const el = dialog.current;
    if (el && !el.open) el.showModal?.();
  }, []);
  return (
    <dialog ref={dialog} className="qm-dialog" aria-labelledby="shortcuts-title" onClose={onClose}>
      <h2 id="shortcuts-title">Keyboard shortcuts</h2>
      <table className="qm-kbd-table">
        <tbody>
          {SHORTCUTS.map(([keys, what]) => (
            <tr key={what}>
              <th scope="row">
                {keys.map((k, i) => (
                  <span key={k}>
                    {i > 0 && (keys.length > 3 ? ' ' : '+')}
                    <kbd>{k}</kbd>
                  </span>
                ))}
              </th>
              <td>{what}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="qm-hint">
        Shortcuts work when the focus is not in a text field. Selecting text is the one step that needs a mouse (or
        Shift+arrow keys inside the article).
      </p>
      <button type="button" onClick={onClose} autoFocus>
        Close
      </button>
    </dialog>
  );
}
