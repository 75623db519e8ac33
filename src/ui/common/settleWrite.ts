import type { Result } from '../../core/result';
import { catchStorageFailure, isStorageFailure } from '../../storage/database/storageFailure';
import { storageFailureMessage } from './storageFailureMessage';

/**
 * Await a write the person asked for and return its outcome with every
 * refusal in words: its own sentence, or a storage failure (quota, closed
 * library) worded with its advice. A bug is not a refusal: it rejects, and
 * the error boundary logs it and says so.
 */
export async function settleWrite<T, E = string>(write: Promise<Result<T, E>>): Promise<Result<T, E | string>> {
  const result = await catchStorageFailure(write);
  if (result.ok) return result;
  if (isStorageFailure(result.error)) return { ok: false, error: storageFailureMessage(result.error) };
  // Spread, not rebuilt: a conflict carries the stored version beside its sentence.
  return { ...result, error: result.error };
}
