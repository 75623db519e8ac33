import type { ReactNode } from 'react';
import { errorMessage } from '../../core/errorMessage';

/**
 * What a person is told about a bug (an error that is not a refusal or a
 * storage failure): that it happened, what it said, and that what was
 * saved is safe: every write is one transaction, so a failed one left
 * nothing half-written.
 */
export function SomethingWentWrong({ error, children }: { error: unknown; children?: ReactNode }) {
  return (
    <div role="alert" className="qm-error">
      <p>Something went wrong — your data is safe. The error was: {errorMessage(error)}</p>
      {children}
    </div>
  );
}
