/**
 * The statement id of the highlight under a click. A cue under the click
 * (an element with data-cue-for; the innermost, should cues nest) wins: the
 * person pointed at the words introducing that statement. Otherwise, among
 * the marks carrying data-statement-id between `target` and `root`, the one
 * whose statement is shortest (the most specific, e.g. a phrase nested in a
 * longer quote), ties going to the innermost element. DOM nesting alone
 * cannot decide, because ProseMirror nests overlapping decorations by start
 * position, not by length. Returns null when the click was on no highlight.
 */
export function highlightIdAt(
  target: EventTarget | null,
  root: Element,
  lengthOf: (id: string) => number | undefined,
): string | null {
  let best: string | null = null;
  let bestLength = Infinity;
  for (
    let el = target instanceof Element ? target : target instanceof Node ? target.parentElement : null;
    el && el !== root && root.contains(el);
    el = el.parentElement
  ) {
    const cueFor = el.getAttribute('data-cue-for');
    if (cueFor !== null) return cueFor;
    const id = el.getAttribute('data-statement-id');
    if (id === null) continue;
    const length = lengthOf(id) ?? Infinity;
    if (best === null || length < bestLength) {
      best = id;
      bestLength = length;
    }
  }
  return best;
}
