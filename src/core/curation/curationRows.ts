import { codingValues, counts, type CodingField } from '../agreement/projectAgreement';
import { matchUnits } from '../agreement/matchUnits';
import type { AgreementCoder } from '../agreement/projectCoding';
import type { Statement } from '../model/statement';
import { compareSpans } from '../statements/readingOrder';
import type { GoldStatement } from './goldStatement';

/** One coder's column in the Curation view: A, B, C… in the order agreement lists coders (by name). */
export interface CurationLane extends AgreementCoder {
  letter: string;
}

/** Why a row needs a curator: some coders left it out, or they coded a field differently. */
export type Disagreement = 'only-some' | CodingField;

/** One unit of the article: each lane's statement on it (null: not marked), its gold statement, what differs. */
export interface CurationRow {
  start: number;
  end: number;
  versions: (Statement | null)[];
  gold: GoldStatement | null;
  disagreements: Disagreement[];
}

export interface CurationInput {
  coders: readonly AgreementCoder[];
  textLength: number;
  statements: readonly { coderId: string; statement: Statement }[];
  gold: readonly GoldStatement[];
  speakerNames: ReadonlyMap<string, string>;
  topicLabels: ReadonlyMap<string, string>;
}

const FIELDS = ['speaker', 'kind', 'topic', 'stance'] as const satisfies readonly CodingField[];

/** Lane letters: A–Z, then A2, B2… (a team of more than 26 coders is rare, but must not break). */
export const laneLetter = (index: number) =>
  String.fromCharCode(65 + (index % 26)) + (index >= 26 ? String(Math.floor(index / 26) + 1) : '');

/**
 * The rows of one article for curation. Units are the statements agreement
 * compares (counts), matched across coders by agreement's own rule
 * (matchUnits), in reading order; a lane is a coder who marked anything on
 * the article (one who has not reached it yet is no disagreement). Each
 * gold statement sits on the row it overlaps most; a gold statement on a
 * span no coder marked (the curator's own) is a row of its own.
 */
export function curationRows(input: CurationInput): { lanes: CurationLane[]; rows: CurationRow[] } {
  const compared = input.statements.filter((s) => counts(s, input.textLength));
  const lanes = [...input.coders]
    .filter((c) => compared.some((s) => s.coderId === c.id))
    .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id))
    .map((c, i) => ({ id: c.id, name: c.name, letter: laneLetter(i) }));
  const laneOf = new Map(lanes.map((lane, i) => [lane.id, i]));
  const units = compared.map(({ coderId, statement }) => ({
    coder: coderId,
    start: statement.quote.start,
    end: statement.quote.end,
    statement,
  }));
  const rows: CurationRow[] = matchUnits(units).map((group) => {
    const versions: (Statement | null)[] = lanes.map(() => null);
    for (const unit of group) versions[laneOf.get(unit.coder) ?? 0] = unit.statement;
    return {
      start: Math.min(...group.map((u) => u.start)),
      end: Math.max(...group.map((u) => u.end)),
      versions,
      gold: null,
      disagreements: disagreementsOf(versions, input),
    };
  });
  for (const gold of input.gold) {
    const overlap = (row: CurationRow) => Math.min(row.end, gold.quote.end) - Math.max(row.start, gold.quote.start);
    const best = rows
      .filter((row) => row.gold === null && row.versions.some((v) => v !== null) && overlap(row) > 0)
      .sort((p, q) => overlap(q) - overlap(p) || p.start - q.start)[0];
    if (best) best.gold = gold;
    else
      rows.push({
        start: gold.quote.start,
        end: gold.quote.end,
        versions: lanes.map(() => null),
        gold,
        disagreements: [],
      });
  }
  return { lanes, rows: rows.sort(compareSpans) };
}

function disagreementsOf(versions: readonly (Statement | null)[], names: CurationInput): Disagreement[] {
  const present = versions.filter((v): v is Statement => v !== null);
  const found: Disagreement[] = present.length < versions.length ? ['only-some'] : [];
  const values = present.map((s) => codingValues(s, names));
  for (const field of FIELDS) if (new Set(values.map((v) => v[field])).size > 1) found.push(field);
  return found;
}

/** How far curation got: rows with a disagreement, and how many of them have a gold statement. */
export function curationProgress(rows: readonly CurationRow[]): { resolved: number; disagreements: number } {
  const disputed = rows.filter((row) => row.disagreements.length > 0);
  return { resolved: disputed.filter((row) => row.gold !== null).length, disagreements: disputed.length };
}
