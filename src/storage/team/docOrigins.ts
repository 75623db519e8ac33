/**
 * Transaction origins of the sync client's own changes to its Yjs
 * documents. Anything else (a HocuspocusProvider) came from the server.
 */

/** Updates read back from this device's store as a document opens: already mirrored and stored. */
export const FROM_DEVICE = Symbol('quotemark-from-device');

/** A library write carried into a document: already in the library, to be stored and sent. */
export const FROM_LIBRARY = Symbol('quotemark-from-library');

/** Whether a change came from the server (and so must reach the library). */
export const fromServer = (origin: unknown) => origin !== FROM_DEVICE && origin !== FROM_LIBRARY;
