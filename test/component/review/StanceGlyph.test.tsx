import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { STANCE_COLORS } from '../../../src/ui/charts/stanceColors';
import { StanceGlyph } from '../../../src/ui/stances/StanceGlyph';

const counts = { favor: 1, against: 3, neutral: 0, mixed: 0, unclear: 0 };

describe('StanceGlyph: a matrix cell’s stances as a stacked bar', () => {
  it('gives each stance present a stretch as wide as its share, in stance order, and writes the leading one', () => {
    const { container } = render(<StanceGlyph cell={{ counts, total: 4, dominant: 'against' }} />);
    const stretches = [...container.querySelectorAll<HTMLElement>('.qm-glyph-bar > span')];
    expect(stretches.map((s) => s.style.width)).toEqual(['25%', '75%']);
    expect(stretches.map((s) => s.style.background)).toEqual([STANCE_COLORS.favor, STANCE_COLORS.against]);
    expect(container.querySelector('.qm-glyph-text')?.textContent).toMatch(/against/i);
  });

  it('draws an empty bar for a cell with no statements', () => {
    const none = { favor: 0, against: 0, neutral: 0, mixed: 0, unclear: 0 };
    const { container } = render(<StanceGlyph cell={{ counts: none, total: 0, dominant: 'none' }} />);
    expect(container.querySelectorAll('.qm-glyph-bar > span')).toHaveLength(0);
  });
});
