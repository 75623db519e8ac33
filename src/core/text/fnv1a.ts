/**
 * FNV-1a (32 bits) of a string's UTF-16 code units: a small, stable hash.
 * It spreads ids evenly over the rows of the derived tables (the stance
 * index's shards, a statement's pack part), and names each build's offline
 * cache. Never change it: stored rows are placed by it.
 */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}
