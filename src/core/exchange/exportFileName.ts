/**
 * A download name carrying scope and date: quotemark-library-2026-11-28.json.
 * The scope is reduced to safe lowercase words.
 */
export function exportFileName(scope: string, extension: string, now: Date = new Date()): string {
  const slug =
    scope
      .normalize('NFD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'export';
  return `quotemark-${slug}-${now.toISOString().slice(0, 10)}.${extension}`;
}
