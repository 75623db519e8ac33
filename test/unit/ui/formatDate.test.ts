import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDate } from '../../../src/ui/common/formatDate';

describe('formatDate', () => {
  // West of Greenwich, where UTC midnight is still the day before (Node
  // applies a changed TZ at once).
  const zone = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = 'America/Los_Angeles';
  });
  afterAll(() => {
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  });

  it('shows a date-only value exactly as stored, whatever the time zone', () => {
    // As a Date this is UTC midnight: west of Greenwich it would be 31 December.
    expect(formatDate('2024-01-01')).toBe('2024-01-01');
  });

  it('shows a timestamp as the local calendar day', () => {
    const local = new Date(2023, 11, 31, 23, 30); // 31 Dec 2023, 23:30 local time
    expect(formatDate(local.toISOString())).toBe('2023-12-31');
  });

  it('gives nothing for no date and the raw value for one it cannot read', () => {
    expect(formatDate(undefined)).toBe('');
    expect(formatDate('')).toBe('');
    expect(formatDate('next Tuesday')).toBe('next Tuesday');
  });
});
