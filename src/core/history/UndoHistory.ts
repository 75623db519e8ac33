import type { Change } from '../model/change';
import { changesOverlap } from './changesOverlap';
import { LIBRARY_SCOPE, reaches, sameScope, type UndoScope } from './UndoScope';

/** How many steps a history keeps unless told otherwise. */
export const DEFAULT_UNDO_CAPACITY = 500;

/** A step of the history: what it changed, where it belongs, and when it last moved. */
export interface HistoryStep {
  readonly change: Change;
  readonly scope: UndoScope;
  /** When the step was last taken, undone or redone, on the history's own clock. */
  readonly at: number;
}

/**
 * The steps a person can undo and redo, as an immutable value: every method
 * returns a new history, so it can live in React state or a store as is.
 *
 * Undo and redo are scoped (see UndoScope): a view undoes the latest step it
 * reaches and leaves the steps of other scopes where they are, and redoes
 * the step it reached that was undone last. A new step clears the redo side
 * of its own scope only. Steps of different scopes may touch the same
 * records (a speaker merge across articles, then a statement of one of
 * them); the store refuses to undo or redo a step whose records changed
 * since, so no order of scoped undos and redos writes over a later step,
 * and `blockerOf` names the later step in the way.
 *
 * It only decides which step comes next; applying it is the caller's
 * (applyChange in storage), and the caller moves the history with undo() or
 * redo() once the change was applied, so a refused undo leaves it in place.
 */
export class UndoHistory {
  private constructor(
    private readonly done: readonly HistoryStep[],
    private readonly undone: readonly HistoryStep[],
    /** The most steps kept; the oldest is dropped beyond it. */
    readonly capacity: number,
    private readonly clock: number,
  ) {}

  /** An empty history keeping at most `capacity` steps (at least one). */
  static empty(capacity: number = DEFAULT_UNDO_CAPACITY): UndoHistory {
    return new UndoHistory([], [], Math.max(1, Math.floor(capacity)), 0);
  }

  /** A new step: it becomes the next to undo in its scope, and nothing of its scope is left to redo. */
  push(change: Change, scope: UndoScope = LIBRARY_SCOPE): UndoHistory {
    const at = this.clock + 1;
    const done = [...this.done, { change, scope, at }];
    const undone = this.undone.filter((step) => !sameScope(step.scope, scope));
    return new UndoHistory(done.slice(Math.max(0, done.length - this.capacity)), undone, this.capacity, at);
  }

  /** The step undo would take back in a view of scope `view` (by default, one that reaches all). */
  nextUndo(view: UndoScope = LIBRARY_SCOPE): HistoryStep | undefined {
    return this.done.findLast((step) => reaches(view, step.scope));
  }

  /** The step redo would repeat in a view of scope `view`: the one it reached that was undone last. */
  nextRedo(view: UndoScope = LIBRARY_SCOPE): HistoryStep | undefined {
    return this.undone.findLast((step) => reaches(view, step.scope));
  }

  /** True when a view of scope `view` has a step to undo. */
  canUndo(view: UndoScope = LIBRARY_SCOPE): boolean {
    return this.nextUndo(view) !== undefined;
  }

  /** True when a view of scope `view` has an undone step to redo. */
  canRedo(view: UndoScope = LIBRARY_SCOPE): boolean {
    return this.nextRedo(view) !== undefined;
  }

  /** "Undo: save statement", or undefined when the view has nothing to undo. */
  undoLabel(view: UndoScope = LIBRARY_SCOPE): string | undefined {
    const step = this.nextUndo(view);
    return step && `Undo: ${step.change.label}`;
  }

  /** "Redo: save statement", or undefined when the view has nothing to redo. */
  redoLabel(view: UndoScope = LIBRARY_SCOPE): string | undefined {
    const step = this.nextRedo(view);
    return step && `Redo: ${step.change.label}`;
  }

  /** How many steps can be undone, in all scopes. */
  get undoCount(): number {
    return this.done.length;
  }

  /** How many steps can be redone, in all scopes. */
  get redoCount(): number {
    return this.undone.length;
  }

  /** Whether `change` is a step taken (or redone) and not undone. */
  isDone(change: Change): boolean {
    return this.stepOf(change) !== undefined;
  }

  /** The step that took `change`, while it is in effect (taken or redone, not undone). */
  stepOf(change: Change): HistoryStep | undefined {
    return this.done.find((step) => step.change === change);
  }

  /**
   * A later step, still in effect, that touched a record `step` (a step to
   * undo) touched: what stands in the way when undoing `step` is refused
   * because its records changed since. Undefined when no step of this
   * history does.
   */
  blockerOf(step: HistoryStep): HistoryStep | undefined {
    return this.done.findLast(
      (other) => other.at > step.at && other !== step && changesOverlap(other.change, step.change),
    );
  }

  /** `step` taken back: it moves to the redo side. The history as it is when `step` is not done. */
  undo(step: HistoryStep | undefined): UndoHistory {
    if (!step || !this.done.includes(step)) return this;
    const at = this.clock + 1;
    return new UndoHistory(
      this.done.filter((s) => s !== step),
      [...this.undone, { ...step, at }],
      this.capacity,
      at,
    );
  }

  /** `step` repeated: it moves back to the undo side, as the latest step. The history as it is when `step` is not undone. */
  redo(step: HistoryStep | undefined): UndoHistory {
    if (!step || !this.undone.includes(step)) return this;
    const at = this.clock + 1;
    return new UndoHistory(
      [...this.done, { ...step, at }],
      this.undone.filter((s) => s !== step),
      this.capacity,
      at,
    );
  }
}
