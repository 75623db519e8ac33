import { render, screen, waitFor } from '@testing-library/react';
import { useLayoutEffect } from 'react';
import { createRoot } from 'react-dom/client';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

// The chunk imports stand in for the network: each call returns the next
// outcome, so the test can fail a load and let the retry succeed.
const outcomes: (() => Promise<unknown>)[] = [];
vi.mock('../../../src/ui/shell/viewChunks', () => ({
  viewChunks: {
    settings: () => (outcomes.shift() ?? (() => Promise.reject(new Error('no outcome'))))(),
    stances: () => (outcomes.shift() ?? (() => Promise.reject(new Error('no outcome'))))(),
  },
}));

const { DeferredView } = await import('../../../src/ui/shell/DeferredView');
const { loadView } = await import('../../../src/ui/shell/viewLoader');
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

  it('shows a view whose code arrives between its render and its effect', async () => {
    // As src/main.tsx does: the code is asked for before React starts.
    let arrive: (module: unknown) => void = () => undefined;
    outcomes.push(() => new Promise((resolve) => (arrive = resolve)));
    void loadView('stances');
    // The code arrives during the commit, after DeferredView rendered
    // "Loading…" and before its effect runs (React runs passive effects of
    // a plain render in a later task, outside act).
    function ArriveDuringCommit() {
      useLayoutEffect(() => arrive({ StancesView: () => <h1>Stances page</h1> }), []);
      return null;
    }
    const actEnvironment = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
    const before = actEnvironment.IS_REACT_ACT_ENVIRONMENT;
    actEnvironment.IS_REACT_ACT_ENVIRONMENT = false;
    const container = document.body.appendChild(document.createElement('div'));
    const root = createRoot(container);
    try {
      root.render(
        <>
          <DeferredView view="stances">{(m) => <m.StancesView />}</DeferredView>
          <ArriveDuringCommit />
        </>,
      );
      await waitFor(() => expect(container.querySelector('h1')?.textContent).toBe('Stances page'));
    } finally {
      root.unmount();
      container.remove();
      actEnvironment.IS_REACT_ACT_ENVIRONMENT = before;
    }
  });
});
