import { Component, type ErrorInfo, type ReactNode } from 'react';
import { logError } from './logError';
import { SomethingWentWrong } from './SomethingWentWrong';

interface State {
  error: { value: unknown } | null;
}

/**
 * Last line of defence for rendering: a view that fails shows what happened
 * instead of a blank page, and the error goes to the console with its stack.
 * Stored data is untouched; the rest of the app keeps working. (Errors in
 * event handlers and promises never reach it: `UncaughtErrorAlert` takes those.)
 */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: { value: error } };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    logError('a view failed', error, info.componentStack ?? undefined);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <SomethingWentWrong error={this.state.error.value}>
        <p>
          <a href="#/">Back to the Library</a> or reload the page.
        </p>
      </SomethingWentWrong>
    );
  }
}
