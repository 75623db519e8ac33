/**
 * Scraping noise: hover cards glued after a name ("Jane DoeJane DoeSome headline … MORE").
 * The noise is replaced by spaces of the same length, so offsets stay valid.
 */

const GLUED = /([A-Z][\p{L}'’.-]+(?: [A-Z][\p{L}'’.-]+){0,3})\1/gu;
const MAX_JUNK = 800;

/** Returns `text` with hover-card junk (repeated name + text up to an all-caps MORE) blanked. */
export function maskNoise(text: string): string {
  const parts: string[] = [];
  let at = 0;
  for (const m of text.matchAll(GLUED)) {
    const name = m[1] ?? '';
    const junkStart = (m.index ?? 0) + name.length;
    const tail = text.slice(junkStart + name.length, junkStart + name.length + MAX_JUNK);
    const para = tail.indexOf('\n');
    const scope = para >= 0 ? tail.slice(0, para) : tail;
    const more = /\bMORE\b/.exec(scope) ?? /\b[A-Z]{3,}\b(?=\s+(?:\(|[a-z]))/.exec(scope);
    const junkEnd = junkStart + name.length + (more ? more.index + more[0].length : 0);
    if (junkStart < at) continue;
    parts.push(text.slice(at, junkStart), ' '.repeat(junkEnd - junkStart));
    at = junkEnd;
  }
  parts.push(text.slice(at));
  return parts.join('');
}
