import { err, ok, type Result } from '../../core/result';

/**
 * A user-caused refusal raised inside a transaction. Throwing is the only way
 * to make Dexie roll back what the transaction already wrote (a new speaker,
 * say); `settleRefusal` turns it back into an error value at the boundary so
 * repository functions never throw for a person's mistake.
 */
export class Refusal extends Error {
  override readonly name = 'Refusal';
}

/**
 * Run work and return its value as ok, a Refusal as err(message). Any other
 * error is a real fault (quota, a closed database) and still propagates.
 */
export async function settleRefusal<T>(work: () => Promise<T>): Promise<Result<T>> {
  try {
    return ok(await work());
  } catch (error) {
    if (error instanceof Refusal) return err(error.message);
    throw error;
  }
}
