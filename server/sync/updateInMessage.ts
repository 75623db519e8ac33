/**
 * The Yjs update a Hocuspocus message carries, if it carries one: a sync
 * message (type 0, or 4 for a reply) of sync step 2 (1) or update (2).
 * Layout (lib0 encoding): varString document name, varUint message type,
 * varUint sync type, varUint8Array update.
 */
const MESSAGE_SYNC = 0;
const MESSAGE_SYNC_REPLY = 4;
const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;

export interface CarriedUpdate {
  update: Uint8Array;
  /** A step 2 answers the server's state vector; an update is a fresh local edit. */
  step: 'sync-step-2' | 'update';
}

export function updateInMessage(message: Uint8Array): CarriedUpdate | null {
  const reader = { at: 0 };
  const varUint = (): number | null => {
    let value = 0;
    for (let shift = 0; shift < 53; shift += 7) {
      const byte = message[reader.at++];
      if (byte === undefined) return null;
      value += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) return value;
    }
    return null;
  };
  const bytes = (): Uint8Array | null => {
    const length = varUint();
    if (length === null || reader.at + length > message.length) return null;
    const slice = message.subarray(reader.at, reader.at + length);
    reader.at += length;
    return slice;
  };
  if (bytes() === null) return null; // the document name
  const type = varUint();
  if (type !== MESSAGE_SYNC && type !== MESSAGE_SYNC_REPLY) return null;
  const syncType = varUint();
  if (syncType !== SYNC_STEP_2 && syncType !== SYNC_UPDATE) return null;
  const update = bytes();
  if (!update) return null;
  return { update, step: syncType === SYNC_STEP_2 ? 'sync-step-2' : 'update' };
}
