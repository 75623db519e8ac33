import { searchKey } from './searchKey';

/**
 * Labels as a person means them: trimmed, blanks dropped, and each label
 * once, ignoring case, diacritics and spacing ("EU", "eu" and "  EU "
 * are one), keeping the first spelling given and the order.
 */
export function uniqueLabels(labels: readonly string[]): string[] {
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const raw of labels) {
    const label = raw.trim();
    const key = searchKey(label);
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    kept.push(label);
  }
  return kept;
}
