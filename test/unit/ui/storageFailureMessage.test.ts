import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { err, ok } from '../../../src/core/result';
import { Refusal } from '../../../src/storage/database/Refusal';
import { openFailureOf, storageFailureOf, type StorageFailure } from '../../../src/storage/database/storageFailure';
import { settleWrite } from '../../../src/ui/common/settleWrite';
import { storageFailureMessage } from '../../../src/ui/common/storageFailureMessage';

const failure = (kind: StorageFailure['kind'], detail = ''): StorageFailure => ({
  code: 'storage-failure',
  kind,
  detail,
});
const quota = () => new DOMException('The current transaction exceeded its quota limitations.', 'QuotaExceededError');

describe('storageFailureMessage', () => {
  it('says the storage is full, that nothing was saved, and what to do', () => {
    const message = storageFailureMessage(failure('quota'));
    expect(message).toMatch(/no room left/);
    expect(message).toMatch(/nothing of this change was saved/);
    expect(message).toMatch(/Export the library/);
    expect(storageFailureMessage(failure('quota'), 'open')).toMatch(/no room left .* could not be opened/);
  });

  it('explains a browser without IndexedDB, a closed library and a newer version’s library', () => {
    expect(storageFailureMessage(failure('unavailable'))).toMatch(
      /IndexedDB, where the library lives, is missing or turned off.*private windows/s,
    );
    expect(storageFailureMessage(failure('closed'))).toMatch(/Reload the page/);
    expect(storageFailureMessage(failure('newer-version'))).toMatch(/newer version of Quotemark.*Reload/);
  });

  it('passes on the browser’s own words for anything else, speaking of opening when the open failed', () => {
    const backingStore = new DOMException('Internal error opening backing store.', 'UnknownError');
    expect(storageFailureMessage(openFailureOf(backingStore))).toBe(
      'The browser’s storage failed, so nothing of this change was saved (Internal error opening backing store). Try again; if it keeps happening, reload the page.',
    );
    expect(storageFailureMessage(openFailureOf(backingStore), 'open')).toBe(
      'The browser could not open the library (Internal error opening backing store). Reload the page; if it keeps happening, close other Quotemark tabs or restart the browser.',
    );
  });
});

describe('settleWrite', () => {
  it('words a refusal and a storage failure', async () => {
    expect(await settleWrite(Promise.resolve(ok(1)))).toEqual(ok(1));
    expect(await settleWrite(Promise.reject(new Refusal('Refused.')))).toEqual(err('Refused.'));
    const full = await settleWrite(Promise.reject(new Dexie.AbortError(quota())));
    const worded = storageFailureMessage(storageFailureOf(quota()) ?? failure('other'));
    expect(full).toEqual(err(worded));
    expect(worded).toMatch(/no room left/);
  });

  it('passes a refusal on whole, so a conflict keeps the stored version', async () => {
    const conflict = {
      ok: false as const,
      error: 'This statement was deleted since it was opened.',
      conflict: { current: null },
    };
    expect(await settleWrite(Promise.resolve(conflict))).toEqual(conflict);
  });

  it('does not word a bug as the storage’s fault: it rejects with the bug', async () => {
    const bug = new TypeError('Cannot read properties of undefined (reading “id”)');
    await expect(settleWrite(Promise.reject(bug))).rejects.toBe(bug);
  });
});
