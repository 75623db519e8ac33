import { createContext, type RefObject } from 'react';

/**
 * Where the open statement form puts its "Mark cue" action (SpanControls
 * fills it), so the floating selection actions can mark the selected words
 * as the cue of the statement being edited. Null while no form is open.
 */
export const MarkCueContext = createContext<RefObject<(() => void) | null> | null>(null);
