import type { Change } from '../model/change';

/** How many steps a history keeps unless told otherwise. */
export const DEFAULT_UNDO_CAPACITY = 500;

/**
 * The steps a person can undo and redo, as an immutable value: every method
 * returns a new history, so it can live in React state or a store as is.
 *
 * It only decides which Change comes next; applying it is the caller's
 * (applyChange in storage), and the caller moves the history with undo() or
 * redo() once the change was applied, so a refused undo leaves it in place.
 */
export class UndoHistory {
  private constructor(
    private readonly done: readonly Change[],
    private readonly undone: readonly Change[],
    /** The most steps kept; the oldest is dropped beyond it. */
    readonly capacity: number,
  ) {}

  /** An empty history keeping at most `capacity` steps (at least one). */
  static empty(capacity: number = DEFAULT_UNDO_CAPACITY): UndoHistory {
    return new UndoHistory([], [], Math.max(1, Math.floor(capacity)));
  }

  /** A new step: it becomes the next to undo, and nothing is left to redo. */
  push(change: Change): UndoHistory {
    const done = [...this.done, change];
    return new UndoHistory(done.slice(Math.max(0, done.length - this.capacity)), [], this.capacity);
  }

  /** True when there is a step to undo. */
  get canUndo(): boolean {
    return this.done.length > 0;
  }

  /** True when there is an undone step to redo. */
  get canRedo(): boolean {
    return this.undone.length > 0;
  }

  /** The change undo() would step back over, to apply in the 'undo' direction. */
  get nextUndo(): Change | undefined {
    return this.done[this.done.length - 1];
  }

  /** The change redo() would step forward over, to apply in the 'redo' direction. */
  get nextRedo(): Change | undefined {
    return this.undone[this.undone.length - 1];
  }

  /** "Undo: save statement", or undefined when there is nothing to undo. */
  get undoLabel(): string | undefined {
    return this.nextUndo && `Undo: ${this.nextUndo.label}`;
  }

  /** "Redo: save statement", or undefined when there is nothing to redo. */
  get redoLabel(): string | undefined {
    return this.nextRedo && `Redo: ${this.nextRedo.label}`;
  }

  /** How many steps can be undone. */
  get undoCount(): number {
    return this.done.length;
  }

  /** How many steps can be redone. */
  get redoCount(): number {
    return this.undone.length;
  }

  /** One step back: the next change to undo moves to the redo side. */
  undo(): UndoHistory {
    const change = this.nextUndo;
    if (!change) return this;
    return new UndoHistory(this.done.slice(0, -1), [...this.undone, change], this.capacity);
  }

  /** One step forward: the next change to redo moves to the undo side. */
  redo(): UndoHistory {
    const change = this.nextRedo;
    if (!change) return this;
    return new UndoHistory([...this.done, change], this.undone.slice(0, -1), this.capacity);
  }

  /**
   * The history without its next undo step, for when that step can no longer
   * be applied (the records changed since): the steps below it stay.
   */
  dropNextUndo(): UndoHistory {
    return this.canUndo ? new UndoHistory(this.done.slice(0, -1), this.undone, this.capacity) : this;
  }

  /** The history without its next redo step, for the same reason. */
  dropNextRedo(): UndoHistory {
    return this.canRedo ? new UndoHistory(this.done, this.undone.slice(0, -1), this.capacity) : this;
  }
}
