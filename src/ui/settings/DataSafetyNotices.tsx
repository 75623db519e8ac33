import { Component, type ReactNode } from 'react';
import { ExportReminder } from './ExportReminder';
import { useAutoPersist } from './useAutoPersist';

/**
 * Under the header on every page: ask the browser once to keep the library,
 * and remind once to export it. If the store cannot be read, this shows
 * nothing; the view below says what went wrong.
 */
export function DataSafetyNotices() {
  return (
    <Quiet>
      <Notices />
    </Quiet>
  );
}

function Notices() {
  useAutoPersist();
  return <ExportReminder />;
}

class Quiet extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override render() {
    return this.state.failed ? null : this.props.children;
  }
}
