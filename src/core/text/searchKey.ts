// The pick-or-create boxes key every registered name again on each
// keystroke (2,000 speakers: ~30 ms a key unmemoised). Names repeat, so the
// keys are remembered, up to a bound that keeps memory flat.
const MEMO_LIMIT = 50_000;
const memo = new Map<string, string>();

/**
 * The form of a name that search compares: no diacritics, lower case,
 * single spaces. "Hua Chunying", "hua  chunying" and "Húa Chunying" agree.
 */
export function searchKey(name: string): string {
  const known = memo.get(name);
  if (known !== undefined) return known;
  const key = name
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(name, key);
  return key;
}
