import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../../../src/ui/common/ErrorBoundary';
import { UncaughtErrorAlert } from '../../../src/ui/common/UncaughtErrorAlert';
import { trackWrite } from '../../../src/ui/history/historyStore';

afterEach(() => vi.restoreAllMocks());

function Broken(): never {
  throw new TypeError('Cannot read properties of undefined (reading “speakerId”)');
}

/** What the browser fires when a rejected promise is left unhandled. */
function rejectUnhandled(reason: unknown): Event {
  const event = Object.assign(new Event('unhandledrejection', { cancelable: true }), {
    reason,
    promise: Promise.resolve(),
  });
  act(() => {
    window.dispatchEvent(event);
  });
  return event;
}

describe('ErrorBoundary', () => {
  it('shows that something went wrong, with the error’s words, and logs the error with its stack', () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <ErrorBoundary>
        <Broken />
      </ErrorBoundary>,
    );
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Something went wrong — your data is safe.');
    expect(alert.textContent).toContain('Cannot read properties of undefined (reading “speakerId”)');
    expect(alert.textContent).not.toContain('storage');
    const ours = logged.mock.calls.find(([first]) => typeof first === 'string' && first.startsWith('Quotemark:'));
    expect(ours?.[1]).toBeInstanceOf(TypeError);
    expect((ours?.[1] as Error).stack).toMatch(/Broken/);
  });
});

describe('UncaughtErrorAlert', () => {
  it('reports a bug in a tracked write, which rejects instead of passing for a storage failure, and logs it', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(<UncaughtErrorAlert />);
    expect(screen.queryByRole('alert')).toBeNull();
    const bug = new TypeError('statement.quote is undefined');
    await expect(trackWrite(Promise.reject(bug))).rejects.toBe(bug);

    const event = rejectUnhandled(bug);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain(
      'Something went wrong — your data is safe. The error was: statement.quote is undefined',
    );
    expect(alert.textContent).not.toContain('The browser’s storage failed');
    expect(logged).toHaveBeenCalledWith(expect.stringMatching(/^Quotemark:/), bug);
    expect(event.defaultPrevented).toBe(true);

    await userEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('reports an error thrown in an event handler, and not the browser’s own reports that carry no error', () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(<UncaughtErrorAlert />);
    act(() => {
      window.dispatchEvent(
        new ErrorEvent('error', { message: 'ResizeObserver loop completed with undelivered notifications.' }),
      );
    });
    expect(screen.queryByRole('alert')).toBeNull();
    const bug = new RangeError('Invalid time value');
    act(() => {
      window.dispatchEvent(new ErrorEvent('error', { error: bug, message: bug.message, cancelable: true }));
    });
    expect(screen.getByRole('alert').textContent).toContain(
      'Something went wrong — your data is safe. The error was: Invalid time value',
    );
    expect(logged).toHaveBeenCalledWith(expect.stringMatching(/^Quotemark:/), bug);
  });
});
