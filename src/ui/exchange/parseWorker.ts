import { parseLibraryFile } from '../../core/import/parseLibraryFile';

// Runs in a Web Worker: validating tens of thousands of records takes long
// enough to freeze the page if done on the main thread.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<string>) => void) | null;
  postMessage: (message: unknown) => void;
};
scope.onmessage = (event) => scope.postMessage(parseLibraryFile(event.data));
