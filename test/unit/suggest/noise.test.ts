import { describe, expect, it } from 'vitest';
import { maskNoise } from '../../../src/core/suggest/noise';
import { run } from './helpers';

describe('scraping noise', () => {
  it('blanks a repeated name and its hover-card text up to MORE, keeping offsets', () => {
    const text = 'Rep. Tom ReedTom ReedFarm bill stalls | Budget fight looms MORE said no.';
    const masked = maskNoise(text);
    expect(masked).toHaveLength(text.length);
    expect(masked).not.toContain('Farm bill');
    expect(masked.replace(/\s+/g, ' ')).toBe('Rep. Tom Reed said no.');
  });

  it('attributes a quote across the noise', () => {
    const out = run(
      'Sen. Ada KimAda KimWhy the vote failed | Five takeaways from the hearing MORE (D-Md.) said the bill "does not go far enough."',
    );
    expect(out.find((s) => s.kind === 'mixed')).toMatchObject({ speaker: 'Ada Kim', text: 'does not go far enough.' });
  });
});
