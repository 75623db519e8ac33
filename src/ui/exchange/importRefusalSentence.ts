import type { ImportRefusal } from '../../storage/exchange/importLibrary';

/** Why "Confirm import" wrote nothing, in a person's words. */
export function importRefusalSentence(refusal: ImportRefusal | string): string {
  if (typeof refusal === 'string') return refusal;
  if (refusal.code === 'refused') return refusal.message;
  return `The article “${refusal.articleTitle}” changed since this file was read; choose the file again.`;
}
