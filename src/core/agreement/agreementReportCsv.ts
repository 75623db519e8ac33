import { csvText, type CsvCell } from '../exchange/csvText';
import { CODING_FIELDS, type ProjectAgreementReport, type ScopeAgreement } from './projectAgreement';
import { STATEMENT_KINDS } from '../model/statement';

/** The columns of the agreement CSV: one figure a row, so a spreadsheet can filter and pivot it. */
export const AGREEMENT_CSV_FIELDS = [
  'scope',
  'article_id',
  'article_title',
  'measure',
  'field',
  'coder',
  'other_coder',
  'value',
] as const;

/**
 * The agreement report as CSV (long form): per scope (the project, then each
 * article, lowest agreement first) the quotes each coder marked, span α,
 * α and percent agreement per field, and κ and percent agreement per pair
 * of coders. Figures to four decimals (the JSON keeps them whole); an
 * undefined figure is a blank cell, never 0.
 */
export function agreementReportCsv(report: ProjectAgreementReport): string {
  const nameOf = new Map(report.coders.map((c) => [c.id, c.name]));
  const rows: CsvCell[][] = [
    ...scopeRows(['project', undefined, undefined], report.project, nameOf),
    ...report.articles.flatMap((a) => scopeRows(['article', a.articleId, a.title], a, nameOf)),
  ];
  return csvText(AGREEMENT_CSV_FIELDS, rows);
}

type Figure = number | null;

function scopeRows(scope: CsvCell[], s: ScopeAgreement, nameOf: ReadonlyMap<string, string>): CsvCell[][] {
  const name = (id: string) => nameOf.get(id) ?? id;
  const row = (measure: string, field: string | undefined, value: Figure, coder?: string, other?: string) => [
    ...scope,
    measure,
    field,
    coder && name(coder),
    other && name(other),
    value === null ? undefined : Math.round(value * 10_000) / 10_000,
  ];
  return [
    ...s.coders.map((id) => row('quotes_marked', undefined, s.unitsByCoder[id] ?? 0, id)),
    row('matched_units', undefined, s.matchedUnits),
    row('span_alpha', 'statement', s.spans.statement),
    ...STATEMENT_KINDS.map((kind) => row('span_alpha', kind, s.spans.kinds[kind])),
    ...CODING_FIELDS.flatMap((field) => [
      row('alpha', field, s.fields[field].alpha),
      row('percent_agreement', field, s.fields[field].percent),
    ]),
    ...s.pairs.flatMap((pair) =>
      CODING_FIELDS.flatMap((field) => [
        row('kappa', field, pair.fields[field].kappa, pair.first, pair.second),
        row('pair_percent_agreement', field, pair.fields[field].percent, pair.first, pair.second),
      ]),
    ),
  ];
}
