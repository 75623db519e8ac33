import type { StorageFailure } from '../../storage/database/storageFailure';

const UNAVAILABLE =
  'This browser does not let Quotemark keep its library here: IndexedDB, where the library lives, is missing or turned off. ' +
  'This happens in some private windows and when a browser blocks site data. ' +
  'Open Quotemark in a normal window, or allow this site to store data, then reload the page.';

const QUOTA =
  'The browser has no room left for the library (this site’s storage quota is full), so nothing of this change was saved. ' +
  'Export the library to keep a copy, free space (delete articles you no longer need, or clear other sites’ data), then try again.';

const QUOTA_ON_OPEN =
  'The browser has no room left for the library (this site’s storage quota is full), so it could not be opened. ' +
  'Free space (clear other sites’ data, or disk space), then reload the page.';

const NEWER =
  'The library in this browser was saved by a newer version of Quotemark than the one in this tab. Reload the page to get the newer version.';

const CLOSED =
  'The library was closed in this tab, usually because Quotemark was updated in another tab. Reload the page to carry on; everything saved before is kept.';

/**
 * A storage failure in a person's words, with what to do about it. `during`
 * says whether a write or the opening of the library failed.
 */
export function storageFailureMessage({ kind, detail }: StorageFailure, during: 'write' | 'open' = 'write'): string {
  switch (kind) {
    case 'quota':
      return during === 'open' ? QUOTA_ON_OPEN : QUOTA;
    case 'unavailable':
      return UNAVAILABLE;
    case 'newer-version':
      return NEWER;
    case 'closed':
      return CLOSED;
    case 'other':
      break;
  }
  switch (during) {
    case 'open':
      return `The browser could not open the library (${detail}). Reload the page; if it keeps happening, close other Quotemark tabs or restart the browser.`;
    case 'write':
      return `The browser’s storage failed, so nothing of this change was saved (${detail}). Try again; if it keeps happening, reload the page.`;
  }
}
