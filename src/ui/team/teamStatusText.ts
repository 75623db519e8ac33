import type { TeamStatusRecord } from '../../storage/database/teamRecords';
import { refusalSentence } from './refusalSentence';

const changes = (n: number) => `${n} ${n === 1 ? 'change' : 'changes'}`;

/**
 * A project's status in words. "Synced" means the server stored every
 * change made here (it acknowledges only what it stored); changes not yet
 * confirmed are counted, and offline they are kept on this device.
 */
export function teamStatusText(status: TeamStatusRecord | undefined, pending: number): string {
  switch (status?.connection) {
    case 'refused':
      return `Refused: ${refusalSentence(status.refusal)}`;
    case 'offline':
      return pending > 0 ? `Offline — ${changes(pending)} kept on this device` : 'Offline — nothing waiting to be sent';
    case 'synced':
      if (pending === 0) return 'Synced';
      return `Syncing ${changes(pending)}`;
    case 'syncing':
      return pending > 0 ? `Syncing ${changes(pending)}` : 'Syncing…';
    case 'connecting':
    case undefined:
      return pending > 0 ? `Connecting — ${changes(pending)} kept on this device` : 'Connecting…';
  }
}
