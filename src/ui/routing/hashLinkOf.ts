/** The in-app link (`#/…`) an event happened on or inside, as its href; undefined elsewhere. */
export function hashLinkOf(event: Event): string | undefined {
  const link = event.target instanceof Element ? event.target.closest('a[href^="#/"]') : null;
  return link?.getAttribute('href') ?? undefined;
}
