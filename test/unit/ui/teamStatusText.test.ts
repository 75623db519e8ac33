import { describe, expect, it } from 'vitest';
import { TEAM_REFUSALS } from '../../../src/core/team/teamRefusal';
import type { TeamConnection } from '../../../src/storage/database/teamRecords';
import { teamStatusText } from '../../../src/ui/team/teamStatusText';

const status = (connection: TeamConnection) => ({ projectId: 'p', connection });

describe('teamStatusText', () => {
  it('says Synced only when the server stored everything made here', () => {
    expect(teamStatusText(status('synced'), 0)).toBe('Synced');
    // The acknowledgement and the count are written apart: a count left over means not yet.
    expect(teamStatusText(status('synced'), 2)).toBe('Syncing 2 changes');
  });

  it('counts the changes on their way, and those kept on the device while offline', () => {
    expect(teamStatusText(status('syncing'), 1)).toBe('Syncing 1 change');
    expect(teamStatusText(status('syncing'), 0)).toBe('Syncing…');
    expect(teamStatusText(status('offline'), 1)).toBe('Offline — 1 change kept on this device');
    expect(teamStatusText(status('offline'), 12)).toBe('Offline — 12 changes kept on this device');
    expect(teamStatusText(status('offline'), 0)).toBe('Offline — nothing waiting to be sent');
    expect(teamStatusText(status('connecting'), 0)).toBe('Connecting…');
    expect(teamStatusText(undefined, 3)).toBe('Connecting — 3 changes kept on this device');
  });

  it('words every refusal the server sends as a sentence after “Refused:”', () => {
    const sentences = TEAM_REFUSALS.map((refusal) =>
      teamStatusText({ projectId: 'p', connection: 'refused', refusal }, 0),
    );
    for (const sentence of sentences) expect(sentence).toMatch(/^Refused: [a-z].+\.$/);
    expect(new Set(sentences).size).toBe(TEAM_REFUSALS.length);
    expect(teamStatusText({ projectId: 'p', connection: 'refused', refusal: 'revoked-token' }, 0)).toBe(
      'Refused: the project’s owner withdrew your invitation.',
    );
    expect(teamStatusText({ projectId: 'p', connection: 'refused', refusal: 'expired-token' }, 4)).toBe(
      'Refused: the invitation has expired. Ask the project’s owner for a new link.',
    );
  });
});
