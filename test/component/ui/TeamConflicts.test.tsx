import 'fake-indexeddb/auto';
import { render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { appDatabase } from '../../../src/storage/database/appDatabase';
import type { TeamProjectRecord } from '../../../src/storage/database/teamRecords';
import { TeamSection } from '../../../src/ui/team/TeamSection';

const T = '2026-03-01T10:00:00.000Z';
const at = (iso: string) => Date.parse(iso);

const project: TeamProjectRecord = {
  projectId: 'project-1',
  projectName: 'Xinjiang',
  server: 'ws://127.0.0.1:1',
  token: 'qm1.x.y',
  coderId: 'coder-ann',
  coderName: 'Ann',
  role: 'owner',
  expiresAt: '2030-01-01T00:00:00.000Z',
  joinedAt: T,
  // Only Bob is in the codebook's list yet: Ann is named from this device's join.
  coders: [{ id: 'coder-bob', name: 'Bob', role: 'owner', createdAt: T, updatedAt: T }],
  settings: null,
};

beforeEach(async () => {
  await Promise.all(appDatabase.tables.map((t) => t.clear()));
});

describe('Settings → Team, conflicting edits', () => {
  it('lists each same-field conflict with both values, who, and a link to the record', async () => {
    await appDatabase.teamProjects.put({
      ...project,
      conflicts: [
        {
          table: 'speakers',
          id: 'sp-blinken',
          name: 'A. Blinken',
          field: 'name',
          current: {
            field: 'name',
            by: 'coder-ann',
            at: at('2026-03-01T13:02:00Z'),
            base: at(T),
            present: true,
            value: 'A. Blinken',
          },
          others: [
            {
              field: 'name',
              by: 'coder-bob',
              at: at('2026-03-01T13:01:00Z'),
              base: at(T),
              present: true,
              value: 'Tony Blinken',
            },
          ],
        },
      ],
    });
    render(<TeamSection />);
    const list = within(await screen.findByRole('region', { name: 'Conflicting edits in Xinjiang' }));
    const item = list.getByRole('listitem');
    expect(item.textContent).toMatch(
      /^Speaker “A\. Blinken”, name: “A\. Blinken” \(Ann, .+\) replaced “Tony Blinken” \(Bob, .+\) without seeing it\./,
    );
    expect(list.getByRole('link', { name: 'Open speaker' }).getAttribute('href')).toBe('#/speakers/sp-blinken');
  });

  it('shows no list when the project has no conflicts', async () => {
    await appDatabase.teamProjects.put(project);
    render(<TeamSection />);
    expect(await screen.findByText('Xinjiang')).toBeTruthy();
    expect(screen.queryByText('Conflicting edits')).toBeNull();
  });
});
