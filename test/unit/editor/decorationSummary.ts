import type { DecorationAttrs, DecorationSet } from '@tiptap/pm/view';

/** A decoration as drawn: where, which statement part, and every attribute. */
export interface DrawnDecoration {
  from: number;
  to: number;
  spec: unknown;
  attrs: DecorationAttrs;
}

/**
 * Every decoration of `set`, in a stable order, for comparing two sets by
 * what they draw rather than by how their trees happen to be built.
 */
export function decorationSummary(set: DecorationSet): DrawnDecoration[] {
  return set
    .find()
    .map((d) => ({
      from: d.from,
      to: d.to,
      spec: d.spec,
      // Attributes are not public API; tests read them to compare drawings.
      attrs: (d as unknown as { type: { attrs: DecorationAttrs } }).type.attrs,
    }))
    .sort((a, b) => a.from - b.from || a.to - b.to || JSON.stringify(a).localeCompare(JSON.stringify(b)));
}
