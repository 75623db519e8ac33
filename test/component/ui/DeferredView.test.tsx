import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

// The chunk imports stand in for the network: each call returns the next
// outcome, so the test can fail a load and let the retry succeed.
const outcomes: (() => Promise<unknown>)[] = [];
vi.mock('../../../src/ui/routing/viewChunks', () => ({
  viewChunks: { settings: () => (outcomes.shift() ?? (() => Promise.reject(new Error('no outcome'))))() },
}));

const { DeferredView } = await import('../../../src/ui/routing/DeferredView');
const settingsModule = { SettingsView: () => <h1>Settings page</h1> };

describe('DeferredView', () => {
  it('says it is loading, then shows the view; a failed load says so and can be tried again', async () => {
    let fail: (error: Error) => void = () => undefined;
    outcomes.push(() => new Promise((_, reject) => (fail = reject)));
    outcomes.push(() => Promise.resolve(settingsModule));
    render(<DeferredView view="settings">{(m) => <m.SettingsView />}</DeferredView>);

    expect(screen.getByText('Loading…').getAttribute('aria-busy')).toBe('true');
    fail(new Error('Failed to fetch dynamically imported module'));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('could not be loaded: Failed to fetch dynamically imported module');

    await userEvent.setup().click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { name: 'Settings page' })).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows a view whose code is already loaded at once, without a loading step', () => {
    render(<DeferredView view="settings">{(m) => <m.SettingsView />}</DeferredView>);
    expect(screen.getByRole('heading', { name: 'Settings page' })).toBeTruthy();
    expect(screen.queryByText('Loading…')).toBeNull();
  });
});
