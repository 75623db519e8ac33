import 'fake-indexeddb/auto';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { stanceMatrix } from '../../../src/core/review/stanceMatrix';
import { appDatabase } from '../../../src/storage/database/appDatabase';
import { StanceMatrixTable } from '../../../src/ui/stances/StanceMatrixTable';
import { reviewRecords } from './reviewRecords';

const HUA_ON_SANCTIONS =
  'Hua Chunying on Sanctions on Chinese officials over Xinjiang: 0 favor, 2 against, 0 neutral, 0 mixed, 0 unclear; mostly against';

const setup = () => {
  const matrix = stanceMatrix(reviewRecords);
  render(<StanceMatrixTable records={reviewRecords} matrix={matrix} />);
  return { matrix, user: userEvent.setup() };
};

// The evidence of a chosen cell is read from the library (IndexedDB, here fake-indexeddb).
beforeEach(async () => {
  await Promise.all(appDatabase.tables.map((t) => t.clear()));
  await appDatabase.statements.bulkPut(reviewRecords.statements);
});

describe('StanceMatrixTable', () => {
  it('heads columns with topics and rows with speakers, each a link to its page', () => {
    setup();
    const table = screen.getByRole('table', { name: /Stances by speaker and topic/ });
    const columns = within(table).getAllByRole('columnheader');
    expect(columns.map((th) => th.textContent)).toEqual([
      'Sanctions on Chinese officials over Xinjiang',
      'Forced labour',
    ]);
    expect(within(columns[0]!).getByRole('link').getAttribute('href')).toBe('#/topics/sanctions');
    const rows = within(table).getAllByRole('rowheader');
    expect(rows.map((th) => th.textContent).sort()).toEqual(['European Union', 'Hua Chunying']);
    expect(within(table).getByRole('link', { name: 'Hua Chunying' }).getAttribute('href')).toBe('#/speakers/hua');
  });

  it('names each cell with every count and the leading stance, and shows it as text too', () => {
    setup();
    const cell = screen.getByRole('button', { name: HUA_ON_SANCTIONS });
    expect(cell.textContent).toBe('against 2');
    expect(screen.getByRole('button', { name: 'Hua Chunying on Forced labour: no statements' })).toBeTruthy();
  });

  it('lists the evidence of a cell after a click, quotes linking to their highlight', async () => {
    const { user } = setup();
    const evidence = screen.getByRole('region', { name: 'Evidence' });
    expect(within(evidence).queryAllByRole('listitem')).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: HUA_ON_SANCTIONS }));
    const items = await within(evidence).findAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]!.textContent).toContain('Hua Chunying');
    expect(items[0]!.textContent).toContain('Against');
    expect(items[0]!.textContent).toContain('Beijing rejects sanctions');
    const link = within(items[0]!).getByRole('link', { name: '“the sanctions were lies”' });
    expect(link.getAttribute('href')).toBe('#/articles/a1?statement=s1');
  });

  it('moves focus between cells with the arrow keys, one Tab stop for the grid, Enter opening a cell', async () => {
    const { matrix, user } = setup();
    const [first, second] = matrix.speakers.map((s) => s.name);
    const [left, right] = matrix.topics.map((t) => t.label);
    const named = (speaker: string | undefined, topic: string | undefined) =>
      screen.getByRole('button', { name: new RegExp(`^${speaker} on ${topic}:`) });

    // Past the header links, Tab lands on the grid's one Tab stop: its first cell.
    for (let i = 0; i < 10 && document.activeElement?.tagName !== 'BUTTON'; i++) await user.tab();
    expect(document.activeElement).toBe(named(first, left));
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(named(first, right));
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(named(second, right));
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(named(second, right));
    await user.keyboard('{ArrowLeft}');
    expect(document.activeElement).toBe(named(second, left));
    expect(screen.getAllByRole('button').filter((b) => b.tabIndex === 0)).toEqual([named(second, left)]);

    await user.keyboard('{Enter}');
    expect(within(screen.getByRole('region', { name: 'Evidence' })).getByText(`${second} on ${left}`)).toBeTruthy();
  });
});
