/**
 * Every statement covering the character under `node`: the ids of the
 * highlights (data-statement-id) and cues (data-cue-for) between it and
 * `root`, outermost first, each once. Each statement's highlight is its own
 * wrapper element, so every one covering a character is an ancestor of it.
 */
export function statementIdsAt(node: EventTarget | null, root: Element): string[] {
  const ids: string[] = [];
  for (
    let el = node instanceof Element ? node : node instanceof Node ? node.parentElement : null;
    el && el !== root && root.contains(el);
    el = el.parentElement
  ) {
    const id = el.getAttribute('data-statement-id') ?? el.getAttribute('data-cue-for');
    if (id !== null && !ids.includes(id)) ids.unshift(id);
  }
  return ids;
}
