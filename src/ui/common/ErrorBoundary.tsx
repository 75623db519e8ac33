import { Component, type ReactNode } from 'react';

interface State {
  error: Error | null;
}

/**
 * Last line of defence: a view that fails shows what happened instead of a
 * blank page. Stored data is untouched; the rest of the app keeps working.
 */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div role="alert" className="qm-error">
        <p>This view failed: {this.state.error.message}</p>
        <p>Your data is safe. <a href="#/">Back to the Library</a> or reload the page.</p>
      </div>
    );
  }
}
