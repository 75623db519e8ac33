import { useEffect, useState } from 'react';
import { logError } from './logError';
import { SomethingWentWrong } from './SomethingWentWrong';

/**
 * The error boundary for what React's cannot catch: an error thrown in an
 * event handler or a promise nobody awaited to the end (a bug in a save, a
 * click handler). It logs the error with its stack and tells the person, in
 * the same words as the view boundary, instead of leaving a button that
 * silently did nothing.
 */
export function UncaughtErrorAlert() {
  const [error, setError] = useState<{ value: unknown } | null>(null);
  useEffect(() => {
    const onRejection = (event: PromiseRejectionEvent) => {
      // Logged here, with its stack: the browser's own "Uncaught" line would say it twice.
      event.preventDefault();
      logError('an action failed', event.reason);
      setError({ value: event.reason });
    };
    const onError = (event: ErrorEvent) => {
      // Only what code threw carries its error. The browser's own reports
      // ("ResizeObserver loop completed with undelivered notifications")
      // carry none and are no bug of the app's.
      if (event.error === null || event.error === undefined) return;
      event.preventDefault();
      logError('an action failed', event.error);
      setError({ value: event.error });
    };
    window.addEventListener('unhandledrejection', onRejection);
    window.addEventListener('error', onError);
    return () => {
      window.removeEventListener('unhandledrejection', onRejection);
      window.removeEventListener('error', onError);
    };
  }, []);
  if (!error) return null;
  return (
    <div className="qm-uncaught">
      <SomethingWentWrong error={error.value}>
        <button type="button" onClick={() => setError(null)}>
          Dismiss
        </button>
      </SomethingWentWrong>
    </div>
  );
}
