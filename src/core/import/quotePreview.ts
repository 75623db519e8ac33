/** A quote cut to 60 characters (never inside a character) for a message. */
export function quotePreview(quote: string): string {
  const chars = Array.from(quote);
  return chars.length > 60 ? `${chars.slice(0, 57).join('')}…` : quote;
}
