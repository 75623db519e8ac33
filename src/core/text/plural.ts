/**
 * A count with its noun, singular for one: "1 article", "2 articles",
 * "0 statements". The plural is the noun plus "s" unless given.
 */
export function plural(count: number, word: string, pluralWord = `${word}s`): string {
  return `${count} ${count === 1 ? word : pluralWord}`;
}
