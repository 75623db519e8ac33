import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { toStanceTableCsv } from '../../../src/core/exchange/toStanceTableCsv';
import { STATEMENT_CSV_FIELDS, toStatementsCsv } from '../../../src/core/exchange/toStatementsCsv';
import type { Statement } from '../../../src/core/model/statement';
import { stanceMatrix } from '../../../src/core/review/stanceMatrix';
import { matrixCsv } from '../../../src/ui/stances/matrixCsv';
import { library } from './libraryFixture';

function parse(csv: string): Record<string, string>[] {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  const result = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true });
  expect(result.errors).toEqual([]);
  return result.data;
}

describe('statements CSV', () => {
  const csv = toStatementsCsv(library, { includePending: true });
  const rows = parse(csv);

  it('writes confirmed statements only, unless pending suggestions are asked for', () => {
    const confirmed = parse(toStatementsCsv(library));
    expect(confirmed.map((r) => [r.quote, r.status, r.origin])).toEqual([
      ['The United States is committed to using the full breadth of its financial powers', 'confirmed', 'manual'],
      ['We count 𝄞 every 😀 voice, =SUM(A1)', 'confirmed', 'manual'],
    ]);
    expect(rows.map((r) => [r.quote, r.status, r.origin])).toEqual([
      ['serious human rights abuses', 'pending', 'suggested'],
      ['The United States is committed to using the full breadth of its financial powers', 'confirmed', 'manual'],
      ['We count 𝄞 every 😀 voice, =SUM(A1)', 'confirmed', 'manual'],
    ]);
  });

  it('starts with a BOM, has the documented header and ends lines with CRLF', () => {
    expect(csv.slice(1, csv.indexOf('\r\n'))).toBe(STATEMENT_CSV_FIELDS.join(','));
    expect(csv.endsWith('\r\n')).toBe(true);
    // Every line break outside a quoted cell is CRLF: strip quoted cells, then look for bare LF.
    expect(csv.replace(/"(?:[^"]|"")*"/g, '').match(/[^\r]\n/)).toBeNull();
  });

  it('writes one row per statement, ordered by article then start', () => {
    const starts = library.statements.map((s) => s.quote.start).sort((a, b) => a - b);
    expect(rows.map((r) => Number(r.start))).toEqual(
      starts.map((s) => [...library.articles[0]!.text.slice(0, s)].length),
    );
    expect(rows[0]).toMatchObject({
      article_title: library.articles[0]!.title,
      article_url: library.articles[0]!.url,
      published_at: '2021-03-22',
    });
  });

  it('quotes commas, quotes and newlines so they parse back unchanged', () => {
    const protester = rows.find((r) => r.stance === 'against')!;
    expect(protester).toMatchObject({
      speaker: 'A protester, "unnamed"',
      claim: 'Every voice counts,\nsays "the sign"',
      topic: 'Sanctions, Xinjiang',
      tags: 'protest; 😀 emoji',
      cue: 'wrote',
      kind: 'direct',
    });
    expect(csv).toContain('"A protester, ""unnamed"""');
  });

  it('neutralises cells a spreadsheet would run as formulas', () => {
    const protester = rows.find((r) => r.stance === 'against')!;
    expect(protester.quote).toBe('We count 𝄞 every 😀 voice, =SUM(A1)');
    expect(protester.note).toBe("'@note with, comma");
    expect(protester.speaker_role).toBe("'-activist");
    expect(protester.role_at_time).toBe("'+protester");
    const statement: Statement = {
      ...library.statements[2]!,
      claim: '=1+1\nsecond line',
      note: '\tcmd',
      roleAtTime: '\rx',
    };
    const [row] = parse(toStatementsCsv({ ...library, statements: [statement] }, { includePending: true }));
    expect(row).toMatchObject({ claim: "'=1+1\nsecond line", note: "'\tcmd", role_at_time: "'\rx" });
  });

  it('counts offsets in code points so astral characters take one position', () => {
    const protester = rows.find((r) => r.stance === 'against')!;
    expect([...library.articles[0]!.text].slice(Number(protester.start), Number(protester.end)).join('')).toBe(
      protester.quote,
    );
  });

  it('writes only a header for an empty library', () => {
    expect(toStatementsCsv({ articles: [], speakers: [], topics: [], statements: [] })).toBe(
      `\uFEFF${STATEMENT_CSV_FIELDS.join(',')}\r\n`,
    );
  });
});

describe('stance table CSV', () => {
  const extra: Statement = { ...library.statements[1]!, id: 's4', stance: 'mixed' };
  // A suggestion someone gave a topic and stance but never accepted.
  const suggested: Statement = {
    ...library.statements[1]!,
    id: 's5',
    stance: 'neutral',
    origin: 'suggested',
    status: 'pending',
  };
  const records = { ...library, statements: [...library.statements, extra, suggested] };

  it('counts stances per speaker and topic, of confirmed statements only by default', () => {
    expect(parse(toStanceTableCsv(records))).toEqual([
      {
        speaker: 'A protester, "unnamed"',
        topic: 'Sanctions, Xinjiang',
        favor: '0',
        against: '1',
        neutral: '0',
        mixed: '0',
        unclear: '0',
        total: '1',
      },
      {
        speaker: 'Treasury Department',
        topic: 'Sanctions, Xinjiang',
        favor: '1',
        against: '0',
        neutral: '0',
        mixed: '1',
        unclear: '0',
        total: '2',
      },
    ]);
  });

  it('counts pending suggestions when asked', () => {
    expect(parse(toStanceTableCsv(records, { includePending: true }))[1]).toEqual({
      speaker: 'Treasury Department',
      topic: 'Sanctions, Xinjiang',
      favor: '1',
      against: '0',
      neutral: '1',
      mixed: '1',
      unclear: '0',
      total: '3',
    });
  });

  it('says what the Stances matrix and its CSV say', () => {
    const sorted = (csv: string) => parse(csv).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
    expect(sorted(toStanceTableCsv(records))).toEqual(sorted(matrixCsv(stanceMatrix(records))));
  });
});
