/**
 * The words of anything thrown or rejected with, for a sentence a person
 * reads: an Error's message (its name when the message is empty), a string
 * as it is, and anything else as best it prints. Code throws more than
 * Errors (DOMExceptions from other realms, strings, plain objects), so a
 * cast to Error would print "undefined".
 */
export function errorMessage(error: unknown): string {
  if (typeof error === 'string') return error;
  if (error && typeof error === 'object') {
    const { message, name } = error as { message?: unknown; name?: unknown };
    if (typeof message === 'string' && message !== '') return message;
    if (typeof name === 'string' && name !== '') return name;
  }
  const printed = String(error);
  return printed === '[object Object]' ? 'an unknown error' : printed;
}
