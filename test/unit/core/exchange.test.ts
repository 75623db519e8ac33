import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { APP_INFO } from '../../../src/core/exchange/appInfo';
import { buildEnvelope } from '../../../src/core/exchange/buildEnvelope';
import { exportFileName } from '../../../src/core/exchange/exportFileName';
import { EnvelopeSchema } from '../../../src/core/model/envelope';

describe('native export', () => {
  it('builds an envelope the schema accepts, stamped with the export time', () => {
    const envelope = buildEnvelope(
      { articles: [], speakers: [], topics: [], statements: [] },
      new Date('2026-11-28T10:00:00Z'),
    );
    expect(EnvelopeSchema.safeParse(envelope).success).toBe(true);
    expect(envelope).toMatchObject({ format: 'quotemark', version: 1, exportedAt: '2026-11-28T10:00:00.000Z' });
  });

  it('names the app version that package.json declares', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as {
      version: string;
    };
    expect(APP_INFO.version).toBe(pkg.version);
  });

  it('puts scope and date in file names', () => {
    const now = new Date('2026-11-28T23:30:00Z');
    expect(exportFileName('library', 'json', now)).toBe('quotemark-library-2026-11-28.json');
    expect(exportFileName('US announces sanctions: “Xinjiang”', 'csv', now)).toBe(
      'quotemark-us-announces-sanctions-xinjiang-2026-11-28.csv',
    );
    expect(exportFileName('“”', 'csv', now)).toBe('quotemark-export-2026-11-28.csv');
  });
});
