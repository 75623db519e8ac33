import { useEffect, useLayoutEffect, useRef } from 'react';

/**
 * Bindings from a key description to an action. Keys are KeyboardEvent.key
 * values ("t", "?", "1", "Delete", "Escape"), optionally prefixed "mod+"
 * (Ctrl, or Cmd on a Mac) and "shift+" for letters.
 */
export type Shortcuts = Record<string, (() => void) | undefined>;

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

function describe(event: KeyboardEvent): string {
  const mod = event.ctrlKey || event.metaKey;
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
  // Shift is part of the key for symbols ("?"), a modifier for letters.
  const shift = event.shiftKey && /^[a-z]$/.test(key);
  return `${mod ? 'mod+' : ''}${shift ? 'shift+' : ''}${key}`;
}

/**
 * Listen for shortcuts on the document. They never fire while the person
 * types in a field, except Escape, so shortcuts never eat what is typed.
 */
export function useShortcuts(shortcuts: Shortcuts): void {
  const latest = useRef(shortcuts);
  // In the commit itself, not in a passive effect after it: a key pressed
  // between the two (right after Save hid the form, say) would otherwise
  // reach the previous render's actions and find no statement to act on.
  useLayoutEffect(() => {
    latest.current = shortcuts;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      // Keys confirming an input method's characters are not commands.
      if (event.defaultPrevented || event.altKey || event.isComposing || event.keyCode === 229) return;
      const action = latest.current[describe(event)];
      if (!action) return;
      if (event.key !== 'Escape' && isTyping(event.target)) return;
      // A dialog owns the keyboard while it is open.
      if (document.querySelector('dialog[open]') && event.key !== '?') return;
      event.preventDefault();
      action();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
