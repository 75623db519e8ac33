import 'fake-indexeddb/auto';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Statement } from '../../../src/core/model/statement';
import { appDatabase } from '../../../src/storage/database/appDatabase';
import { EXPORT_REMINDER_AFTER, readExportState } from '../../../src/storage/exchange/exportState';
import { readPersistenceRequest } from '../../../src/storage/database/persistenceRequest';
import { useExportStatus } from '../../../src/ui/data/useExportStatus';
import { usePersistenceRequest } from '../../../src/ui/data/usePersistenceRequest';
import { DataSafetyNotices } from '../../../src/ui/settings/DataSafetyNotices';
import { addValidArticle, draftFor, HUA_QUOTE, mustSave } from '../../unit/storage/testDatabase';

/** Add `count` statements to the app's library, as saving or importing would. */
async function addStatements(count: number): Promise<void> {
  const article = await addValidArticle(appDatabase);
  const model = await mustSave(
    appDatabase,
    draftFor(article, HUA_QUOTE, { speaker: { newName: 'Hua Chunying' } }),
    new Date(),
  );
  const copies: Statement[] = Array.from({ length: count - 1 }, (_, i) => ({ ...model, id: `${model.id}-${i}` }));
  await appDatabase.statements.bulkAdd(copies);
}

/** A browser that has not kept the site's storage, and counts the requests to keep it. */
function installStorage() {
  const asked: number[] = [];
  const storage = {
    persisted: async () => false,
    persist: async () => asked.push(1) > 0,
    estimate: async () => ({ usage: 0, quota: 1 }),
  };
  Object.defineProperty(navigator, 'storage', { value: storage, configurable: true });
  return asked;
}

/**
 * Rendered after the notices, this sees each change no sooner than they do:
 * their live queries subscribed first, so their reads run and answer first.
 */
function Seen() {
  const count = useExportStatus()?.statementCount;
  const request = usePersistenceRequest();
  return <p>{count === undefined || request === undefined ? 'loading' : `seen ${count}`}</p>;
}

/**
 * Wait until the notices have seen `count` statements, and until what they
 * did in answer has landed: a write to the library's meta table (the
 * reminder's record) comes before a later read-write transaction on it, and
 * a request to the browser's storage is answered in microtasks, which run
 * before any IndexedDB request does.
 */
async function noticesHaveSeen(count: number): Promise<void> {
  await screen.findByText(`seen ${count}`);
  await act(() => appDatabase.transaction('rw', appDatabase.meta, () => appDatabase.meta.count()));
}

function renderNotices() {
  render(
    <>
      <DataSafetyNotices />
      <Seen />
    </>,
  );
}

beforeEach(async () => {
  await Promise.all(appDatabase.tables.map((t) => t.clear()));
});
afterEach(() => {
  Reflect.deleteProperty(navigator, 'storage');
});

describe('data safety notices', () => {
  it(`remind once after ${EXPORT_REMINDER_AFTER} statements without an export, quietly, and can be dismissed`, async () => {
    const user = userEvent.setup();
    render(<DataSafetyNotices />);
    await addStatements(EXPORT_REMINDER_AFTER + 2);
    const note = await screen.findByRole('status', { name: 'Export reminder' });
    expect(note.textContent).toMatch(/^52 statements since your last export\. Your work lives only in this browser/);
    expect(screen.queryByRole('alert')).toBeNull();
    expect((await readExportState(appDatabase)).remindedAt).not.toBeNull();
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('status', { name: 'Export reminder' })).toBeNull();
  });

  it('stay silent below the threshold', async () => {
    renderNotices();
    await addStatements(EXPORT_REMINDER_AFTER - 1);
    await noticesHaveSeen(EXPORT_REMINDER_AFTER - 1);
    expect(screen.queryByRole('status')).toBeNull();
    expect((await readExportState(appDatabase)).remindedAt).toBeNull();
  });

  it('ask the browser to keep the library when a statement is added, not on load, and only once', async () => {
    await addStatements(1);
    const asked = installStorage();
    renderNotices();
    await noticesHaveSeen(1);
    expect(asked).toHaveLength(0);
    await addStatements(1);
    await waitFor(async () => expect(await readPersistenceRequest(appDatabase)).toMatchObject({ granted: true }));
    await addStatements(1);
    await noticesHaveSeen(3);
    expect(asked).toHaveLength(1);
  });
});
