import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StancesReview } from '../../../src/ui/stances/StancesView';
import { reviewRecords } from './reviewRecords';

afterEach(() => vi.restoreAllMocks());

describe('Save chart on the Stances page', () => {
  it('draws the matrix chart only when it is saved, and saves it whole', async () => {
    const saved: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      saved.push(blob as Blob);
      return 'blob:chart';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const user = userEvent.setup();
    const { container } = render(<StancesReview records={reviewRecords} />);

    // Only the cells' small glyphs are in the page, no chart of the whole matrix.
    expect(container.querySelector('svg title')).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Save chart as SVG' }));
    expect(saved).toHaveLength(1);
    expect(saved[0]!.type).toBe('image/svg+xml');
    const svg = await saved[0]!.text();
    expect(svg).toMatch(/^<\?xml[^>]*>\s*<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg).toContain('<title>Stances by speaker and topic</title>');
    expect(svg).toContain('Hua Chunying');
    expect(svg).toContain('European Union');
    // Drawn outside the page, and gone again.
    expect(container.querySelector('svg title')).toBeNull();
    expect(document.body.querySelector('svg title')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
