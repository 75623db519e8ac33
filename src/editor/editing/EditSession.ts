import type { Node } from '@tiptap/pm/model';
import { Mapping, type StepMap } from '@tiptap/pm/transform';
import { docText, type DocText } from '../positions/docText';
import { mapTextRange } from '../positions/mapTextRange';
import type { TextEdit } from './textEdit';

/** One document the session has passed through, and how it was reached. */
interface Visit {
  doc: Node;
  /** The visit this one was reached from; -1 for the start. */
  parent: number;
  /** The step maps that led from the parent's document to this one. */
  maps: readonly StepMap[];
}

/**
 * One edit of the article text, from the document it started at to the
 * current one, keeping the mapping of every change in between.
 *
 * Mapping through a deletion and then through the undo that re-inserts the
 * text would not bring positions back (the re-inserted text is new to the
 * mapping), so an undone deletion would orphan the quotes it had touched.
 * The session therefore remembers every document it passed through: coming
 * back to one of them (by undo, redo or retyping) resumes that document's
 * mapping instead of stacking inverse steps.
 */
export class EditSession {
  private readonly visits: Visit[];
  private current = 0;
  private readonly startText: DocText;

  constructor(readonly startDoc: Node) {
    this.visits = [{ doc: startDoc, parent: -1, maps: [] }];
    this.startText = docText(startDoc);
  }

  /** The document as it is now. */
  get doc(): Node {
    return this.visit(this.current).doc;
  }

  /** Note a change: `doc` is the new document, `maps` the steps that made it. */
  record(doc: Node, maps: readonly StepMap[]): void {
    if (doc.eq(this.doc)) return;
    const known = this.visits.findIndex((v) => v.doc.content.size === doc.content.size && v.doc.eq(doc));
    if (known !== -1) {
      this.current = known;
      return;
    }
    this.visits.push({ doc, parent: this.current, maps });
    this.current = this.visits.length - 1;
  }

  /** The mapping from the start document to the current one. */
  mapping(): Mapping {
    return this.mappingTo(this.current);
  }

  /** The edit so far, or null when the document is back where it started. */
  edit(): TextEdit | null {
    const visit = this.current;
    if (visit === 0) return null;
    const { doc } = this.visit(visit);
    const after = docText(doc);
    // Built on first use: an edit is reported on every keystroke, but its
    // ranges are mapped only when the person saves.
    let map: TextEdit['mapRange'] | undefined;
    return {
      text: after.text,
      mapRange: (start, end) => {
        map ??= mapTextRange(this.startDoc, this.mappingTo(visit), doc, this.startText, after);
        return map(start, end);
      },
    };
  }

  private mappingTo(visit: number): Mapping {
    const path: (readonly StepMap[])[] = [];
    for (let i = visit; i > 0; i = this.visit(i).parent) path.push(this.visit(i).maps);
    return new Mapping(path.reverse().flat());
  }

  private visit(i: number): Visit {
    const visit = this.visits[i];
    if (!visit) throw new RangeError(`No visit ${i} in this edit session.`);
    return visit;
  }
}
