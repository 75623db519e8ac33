import type { QuotemarkDatabase } from './QuotemarkDatabase';
import { openFailureOf, type StorageFailure } from './storageFailure';

/** Whether the library can be used in this tab, and if not, what to tell the person. */
export type DatabaseCondition =
  | { state: 'opening' }
  | { state: 'ready' }
  /** Waiting for another tab that holds an older version open. */
  | { state: 'blocked'; message: string }
  /** Closed for another tab's upgrade (or deletion): only a reload helps. */
  | { state: 'closed'; message: string }
  /** Could not be opened at all: why, as data the UI words. */
  | { state: 'failed'; failure: StorageFailure };

export const BLOCKED_MESSAGE =
  'Quotemark is open in another tab with an older version, and the library cannot be updated while that tab holds it. ' +
  'Close or reload the other Quotemark tabs; this tab carries on by itself as soon as they let go. Nothing is lost.';

export const UPGRADED_ELSEWHERE_MESSAGE =
  'Quotemark was updated in another tab, so this tab has closed the library to let the update finish. ' +
  'Reload the page to carry on; everything saved before is kept. Copy anything you typed here and have not saved yet first.';

export const DELETED_ELSEWHERE_MESSAGE =
  'The library was deleted in another tab or by the browser (site data cleared), so this tab has closed it. Reload the page to start again.';

/**
 * Open the database and report, now and later, whether it can be used:
 * opened, held up by another tab's older version (`blocked`, until that tab
 * lets go), closed because another tab upgraded or deleted it, or refused by
 * the browser. Returns a function that stops the reports.
 */
export function watchDatabase(db: QuotemarkDatabase, report: (condition: DatabaseCondition) => void): () => void {
  let watching = true;
  let closedElsewhere = false;
  const tell = (condition: DatabaseCondition) => {
    if (watching) report(condition);
  };
  const onBlocked = () => tell({ state: 'blocked', message: BLOCKED_MESSAGE });
  // QuotemarkDatabase itself closes on versionchange; this only explains it.
  const onVersionChange = (event: IDBVersionChangeEvent) => {
    closedElsewhere = true;
    tell({ state: 'closed', message: event.newVersion ? UPGRADED_ELSEWHERE_MESSAGE : DELETED_ELSEWHERE_MESSAGE });
  };
  db.on('blocked', onBlocked);
  db.on('versionchange', onVersionChange);
  // Reopening a database closed for another tab's upgrade would run this
  // tab's older schema against it: it stays closed until a reload.
  if (db.hasBeenClosed()) {
    tell({ state: 'closed', message: UPGRADED_ELSEWHERE_MESSAGE });
    return stop;
  }
  if (!db.isOpen()) tell(db.openBlocked ? { state: 'blocked', message: BLOCKED_MESSAGE } : { state: 'opening' });
  db.open().then(
    () => {
      if (!closedElsewhere) tell({ state: 'ready' });
    },
    (error: unknown) => {
      if (!closedElsewhere) tell({ state: 'failed', failure: openFailureOf(error) });
    },
  );
  return stop;

  function stop() {
    watching = false;
    db.on('blocked').unsubscribe(onBlocked);
    db.on('versionchange').unsubscribe(onVersionChange);
  }
}
