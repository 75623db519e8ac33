import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { selectionEndIn } from './positions/selectionEndIn';

/**
 * Where the floating selection actions stand, in px into `frame`, or null
 * while they are hidden. `place` puts them at the end of the page's
 * selection (or hides them, given false). They go once used: after a click
 * inside the bar (barRef), a key press (T tags) or a press anywhere else, so they
 * never cover the words needed next.
 */
export function useFloatingActions(frame: RefObject<HTMLElement | null>) {
  const [at, setAt] = useState<{ left: number; top: number } | null>(null);
  const barRef = useRef<HTMLDivElement>(null);
  const place = useCallback(
    (show: boolean) => setAt(show && frame.current ? selectionEndIn(frame.current, window.getSelection()) : null),
    [frame],
  );
  const dismiss = useCallback(() => setAt(null), []);
  useEffect(() => {
    if (!at) return;
    const pressed = (event: Event) => {
      if (!(event.target instanceof Node && barRef.current?.contains(event.target))) setAt(null);
    };
    document.addEventListener('mousedown', pressed, true);
    document.addEventListener('keydown', dismiss);
    return () => {
      document.removeEventListener('mousedown', pressed, true);
      document.removeEventListener('keydown', dismiss);
    };
  }, [at, dismiss]);
  return { at, barRef, place, dismiss };
}
