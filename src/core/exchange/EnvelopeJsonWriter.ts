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
    this.moveTo(SECTIONS.indexOf(section));
    if (records.length === 0) return;
    const text = JSON.stringify({ r: records }, null, 2);
    this.write((this.written === 0 ? '\n' : ',\n') + text.slice(ITEMS_FROM, -ITEMS_TO));
    this.written += records.length;
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
