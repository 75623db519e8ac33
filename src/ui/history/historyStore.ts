import { useSyncExternalStore } from 'react';
import { UndoHistory } from '../../core/history/UndoHistory';
import type { Change } from '../../core/model/change';
import { err, type Result } from '../../core/result';
import { appDatabase } from '../../storage/appDatabase';
import { applyChange } from '../../storage/applyChange';
import { catchStorageFailure } from '../../storage/storageFailure';

// One history for the whole session: a statement saved in one article can be
// undone from another view.
let history = UndoHistory.empty();
let queue: Promise<unknown> = Promise.resolve();
// Writes whose change is not recorded yet: an undo waits for them, or it
// would step over a change that is already in the store.
const inFlight = new Set<Promise<unknown>>();
const listeners = new Set<() => void>();
const publish = (next: UndoHistory) => {
  history = next;
  for (const listener of listeners) listener();
};

/** Remember a step the person took, so it can be undone. */
export function recordChange(change: Change): void {
  publish(history.push(change));
}

/**
 * Run a write that will record a change; undo and redo wait for it. A
 * storage failure (quota, closed library) comes back as an error value the
 * form shows, never as an unhandled rejection.
 */
export function trackWrite<T>(write: Promise<Result<T>>): Promise<Result<T>> {
  const settled = catchStorageFailure(write);
  inFlight.add(settled);
  void settled.then(() => inFlight.delete(settled));
  return settled;
}

/**
 * Undo or redo one step. The store checks that the records are still as the
 * step left them; if another tab changed them since, nothing is written and
 * the history stays where it was.
 */
export function stepHistory(direction: 'undo' | 'redo'): Promise<Result<string>> {
  // Steps run one after another, in the order they were asked for: five
  // quick Ctrl+Z are five undos.
  const step = queue.then(async () => {
    await Promise.allSettled([...inFlight]);
    return applyStep(direction);
  });
  queue = step.then(
    () => undefined,
    () => undefined,
  );
  return step;
}

async function applyStep(direction: 'undo' | 'redo'): Promise<Result<string>> {
  const change = direction === 'undo' ? history.nextUndo : history.nextRedo;
  if (!change) return err(direction === 'undo' ? 'There is nothing to undo.' : 'There is nothing to redo.');
  const result = await catchStorageFailure(applyChange(appDatabase, change, direction));
  if (!result.ok) return result;
  publish(direction === 'undo' ? history.undo() : history.redo());
  return { ok: true, value: change.label };
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** The session's undo history, re-rendering when it moves. */
export function useHistory(): UndoHistory {
  return useSyncExternalStore(subscribe, () => history);
}
