import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../src/core/import/migrations';
import { EXPORT_VERSION } from '../../../src/core/model/envelope';
import { fixture, mustParse } from './libraryFile';

describe('format migrations and re-anchoring', () => {
  it('has one step from each old version up to the current one', () => {
    expect(MIGRATIONS.map((m) => m.from)).toEqual([...Array(EXPORT_VERSION).keys()]);
  });

  it('reads a format-0 file as the same library in format 1', () => {
    const parsed = mustParse(JSON.stringify(fixture(0)));
    const current = fixture(1);
    expect(parsed.envelope).toEqual({ ...current, app: { name: 'Quotemark', version: '0.0.1' } });
    expect(parsed.placement).toEqual({ placed: [], unplaced: [] });
  });

  it('re-finds a format-0 quote whose offsets are stale', () => {
    const file = fixture(0);
    const quote = file.statements[0]?.quote as { start: number; end: number };
    file.statements[0] = { ...file.statements[0], quote: { ...quote, start: quote.start + 3, end: quote.end + 3 } };
    const parsed = mustParse(JSON.stringify(file));
    expect(parsed.envelope.statements[0]?.quote).toEqual(fixture(1).statements[0]?.quote);
    expect(parsed.placement.placed).toEqual([
      expect.objectContaining({ path: 'statements[0].quote', status: 'moved' }),
    ]);
  });

  it('moves stale offsets to where the quote is, and says so', () => {
    const file = fixture(1);
    const right = file.statements[1]?.quote as { start: number; end: number };
    file.statements[1] = { ...file.statements[1], quote: { ...right, start: right.start - 40, end: right.end - 40 } };
    const parsed = mustParse(JSON.stringify(file));
    expect(parsed.envelope.statements[1]?.quote).toEqual(right);
    expect(parsed.placement.placed).toEqual([
      {
        id: 'statement-sasse',
        path: 'statements[1].quote',
        field: 'quote',
        status: 'moved',
        was: 'Chairman Xi has blood on his hands.',
        now: 'Chairman Xi has blood on his hands.',
      },
    ]);
  });

  it('places a quote whose words differ a little where the text has them (fuzzy), and says so', () => {
    const file = fixture(1);
    const quote = file.statements[1]?.quote as { exact: string };
    file.statements[1] = { ...file.statements[1], quote: { ...quote, exact: quote.exact.replace('blood', 'mud!!') } };
    const parsed = mustParse(JSON.stringify(file));
    expect(parsed.envelope.statements[1]?.quote).toEqual(fixture(1).statements[1]?.quote);
    expect(parsed.placement.placed).toEqual([
      {
        id: 'statement-sasse',
        path: 'statements[1].quote',
        field: 'quote',
        status: 'fuzzy',
        was: 'Chairman Xi has mud!! on his hands.',
        now: 'Chairman Xi has blood on his hands.',
      },
    ]);
  });

  it('keeps an orphaned statement’s last anchor as it is', () => {
    const file = fixture(1);
    file.statements[0] = {
      ...file.statements[0],
      orphanedAt: '2026-03-01T11:00:00.000Z',
      quote: { start: 1, end: 4, exact: 'old', prefix: '', suffix: '' },
    };
    expect(mustParse(JSON.stringify(file)).envelope.statements[0]).toEqual(file.statements[0]);
  });
});
