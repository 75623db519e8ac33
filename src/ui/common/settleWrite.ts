import type { Result } from '../../core/result';
import { catchStorageFailure } from '../../storage/storageFailure';
import { storageFailureMessage } from './storageFailureMessage';

/**
 * Await a write the person asked for and return its outcome with every
 * refusal in words: its own sentence, or a storage failure (quota, closed
 * library) worded with its advice. A bug is not a refusal: it rejects, and
 * the error boundary logs it and says so.
 */
export async function settleWrite<T>(write: Promise<Result<T>>): Promise<Result<T>> {
  const result = await catchStorageFailure(write);
  if (result.ok) return result;
  return { ok: false, error: typeof result.error === 'string' ? result.error : storageFailureMessage(result.error) };
}
