import 'fake-indexeddb/auto';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appDatabase } from '../../../src/storage/database/appDatabase';
import { noteLibraryExported } from '../../../src/storage/exchange/exportState';
import { SettingsView } from '../../../src/ui/settings/SettingsView';

/** A stand-in for the browser's StorageManager, which happy-dom lacks: persistence is granted when asked. */
function installStorage(usage: number, quota: number) {
  let persisted = false;
  const storage = {
    persisted: async () => persisted,
    persist: async () => (persisted = true),
    estimate: async () => ({ usage, quota }),
  };
  Object.defineProperty(navigator, 'storage', { value: storage, configurable: true });
}

const facts = (heading: string) => within(screen.getByRole('region', { name: heading }));

beforeEach(async () => {
  await Promise.all(appDatabase.tables.map((t) => t.clear()));
});
afterEach(() => {
  Reflect.deleteProperty(navigator, 'storage');
});

describe('Settings', () => {
  it('says storage status is not available in a browser without navigator.storage, and still shows the backup state', async () => {
    render(<SettingsView />);
    expect(
      await facts('Storage in this browser').findByText(/Storage status is not available in this browser/),
    ).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Ask for persistent storage' })).toBeNull();
    const backup = facts('Backup');
    expect((await backup.findByText('Last exported')).nextElementSibling?.textContent).toBe('Never');
    expect(backup.getByText('Statements created since').nextElementSibling?.textContent).toMatch(
      /^0 \(of 0 in the library\)/,
    );
    expect(backup.getByRole('button', { name: 'Export library now' })).toBeTruthy();
    expect(backup.getByText(/Only the JSON export of the whole library counts as a backup/)).toBeTruthy();
  });

  it('shows usage and free space, asks for persistent storage on request and records the answer', async () => {
    installStorage(1_234_567, 10_000_000_000);
    const user = userEvent.setup();
    render(<SettingsView />);
    const storage = facts('Storage in this browser');
    expect(await storage.findByText(/^Not granted/)).toBeTruthy();
    expect(storage.getByText('Used').nextElementSibling?.textContent).toBe('1.2 MB');
    expect(storage.getByText('Free').nextElementSibling?.textContent).toBe('10 GB (of 10 GB this site may use)');

    await user.click(storage.getByRole('button', { name: 'Ask for persistent storage' }));
    expect(await storage.findByText(/^Granted/)).toBeTruthy();
    expect(await storage.findByText(/Last asked .*: granted\./)).toBeTruthy();
    expect(storage.queryByRole('button', { name: 'Ask for persistent storage' })).toBeNull();
  });

  it('shows when the library was last exported', async () => {
    await noteLibraryExported(appDatabase, new Date('2026-03-04T05:06:00Z'));
    render(<SettingsView />);
    const exported = await facts('Backup').findByText('2026', { exact: false, selector: 'time' });
    expect(exported.getAttribute('datetime')).toBe('2026-03-04T05:06:00.000Z');
  });
});
