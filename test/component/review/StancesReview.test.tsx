import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { StancesReview } from '../../../src/ui/stances/StancesView';
import { reviewRecords } from './reviewRecords';

describe('StancesReview', () => {
  it('filters the matrix by speaker kind', async () => {
    const user = userEvent.setup();
    render(<StancesReview records={reviewRecords} />);
    const table = screen.getByRole('table');
    expect(within(table).getAllByRole('rowheader')).toHaveLength(2);
    await user.selectOptions(screen.getByLabelText('Speaker kind'), 'Organization');
    expect(
      within(screen.getByRole('table'))
        .getAllByRole('rowheader')
        .map((th) => th.textContent),
    ).toEqual(['European Union']);
    expect(screen.getByRole('button', { name: 'Export matrix CSV' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Save chart as SVG' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Save chart as PNG' })).toBeTruthy();
  });

  it('says what to do when the library has no stances', () => {
    render(<StancesReview records={{ articles: [], speakers: [], topics: [], statements: [] }} />);
    expect(screen.getByText(/No stances yet/)).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });
});
