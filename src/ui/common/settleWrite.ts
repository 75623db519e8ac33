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
  // Spread, not rebuilt: a conflict carries the stored version beside its sentence.
  if (typeof result.error === 'string') return { ...result, error: result.error };
  return { ok: false, error: storageFailureMessage(result.error) };
}
