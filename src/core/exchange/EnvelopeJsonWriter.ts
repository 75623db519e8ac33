import type { LibraryRecords } from '../model/envelope';
import { buildEnvelope } from './buildEnvelope';

/** The envelope's record arrays, in the order JSON.stringify writes them. */
const SECTIONS = ['articles', 'speakers', 'topics', 'statements'] as const satisfies readonly (keyof LibraryRecords)[];
type Section = (typeof SECTIONS)[number];

const NO_RECORDS: LibraryRecords = { articles: [], speakers: [], topics: [], statements: [] };
// JSON.stringify({ r: records }, null, 2) is '{\n  "r": [\n' + the records + '\n  ]\n}': the records at the
// depth (4 spaces) where the envelope holds them, in one native call.
const ITEMS_FROM = '{\n  "r": [\n'.length;
const ITEMS_TO = '\n  ]\n}'.length;

/** Records as the envelope's JSON lists them: each at a depth of two, separated by ',\n'. */
export function jsonItems(records: readonly object[]): string {
  return records.length === 0 ? '' : JSON.stringify({ r: records }, null, 2).slice(ITEMS_FROM, -ITEMS_TO);
}

// Between two records of jsonItems: the first one's closing brace at a depth of two, the next one's opening.
// Nothing else can match: deeper lines are indented further, and a string holds no raw line break.
const BETWEEN = '\n    },\n    {';

/**
 * The text of each record in jsonItems' text (objects with fields, as
 * records are), in order; when `count` is given, that many or an error.
 */
export function splitJsonItems(text: string, count?: number): string[] {
  const items: string[] = [];
  let from = 0;
  for (let at = text.indexOf(BETWEEN); at >= 0; at = text.indexOf(BETWEEN, from)) {
    items.push(text.slice(from, at + 6));
    from = at + 8;
  }
  if (text.length > 0) items.push(text.slice(from));
  if (count !== undefined && items.length !== count)
    throw new Error(`${count} records but ${items.length} items in their JSON`);
  return items;
}

/**
 * Writes the native export envelope as JSON text in pieces, byte for byte
 * what `JSON.stringify(buildEnvelope(records, now), null, 2)` writes whole,
 * so an export can hand its file on a batch of records at a time and never
 * hold the whole library, or its text, at once. Records come section by
 * section in the envelope's order (articles, speakers, topics, statements),
 * each section in the order the file lists them.
 */
export class EnvelopeJsonWriter {
  private section = -1;
  private written = 0;

  constructor(
    private readonly write: (chunk: string) => void,
    now: Date = new Date(),
  ) {
    const { articles, speakers, topics, statements, ...head } = buildEnvelope(NO_RECORDS, now);
    void [articles, speakers, topics, statements];
    // The head object without its closing '\n}': the sections follow.
    write(JSON.stringify(head, null, 2).slice(0, -2));
  }

  /** Append records to a section; sections before it are closed, and none may be reopened. */
  add<S extends Section>(section: S, records: readonly LibraryRecords[S][number][]): void {
    if (records.length === 0) this.moveTo(SECTIONS.indexOf(section));
    else this.addItems(section, [jsonItems(records)]);
  }

  /** Append records already written by jsonItems (or cut from its text by splitJsonItems), in this order. */
  addItems(section: Section, items: readonly string[]): void {
    this.moveTo(SECTIONS.indexOf(section));
    if (items.length === 0) return;
    this.write((this.written === 0 ? '\n' : ',\n') + items.join(',\n'));
    this.written += items.length;
  }

  /** Close every section and the envelope. */
  end(): void {
    this.moveTo(SECTIONS.length);
    this.write('\n}');
  }

  private moveTo(index: number): void {
    if (index < this.section) throw new Error(`${SECTIONS[index] ?? 'a section'} comes before what was written`);
    for (; this.section < index; this.section++) {
      if (this.section >= 0) this.write(this.written === 0 ? ']' : '\n  ]');
      const next = SECTIONS[this.section + 1];
      if (next) this.write(`,\n  "${next}": [`);
      this.written = 0;
    }
  }
}
