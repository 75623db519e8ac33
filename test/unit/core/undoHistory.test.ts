import { describe, expect, it } from 'vitest';
import { ChangeBuilder } from '../../../src/core/history/ChangeBuilder';
import { recordsEqual } from '../../../src/core/history/recordsEqual';
import { DEFAULT_UNDO_CAPACITY, UndoHistory } from '../../../src/core/history/UndoHistory';
import { ChangeSchema, type Change } from '../../../src/core/model/change';
import type { Topic } from '../../../src/core/model/topic';
import type { UndoScope } from '../../../src/core/history/UndoScope';

const step = (n: number): Change => ({
  label: `step ${n}`,
  before: { topics: { [`t${n}`]: null } },
  after: { topics: { [`t${n}`]: { id: `t${n}`, label: `Topic ${n}` } } },
});

describe('UndoHistory', () => {
  it('starts empty, with nothing to undo or redo', () => {
    const history = UndoHistory.empty();
    expect(history.canUndo()).toBe(false);
    expect(history.canRedo()).toBe(false);
    expect(history.undoLabel()).toBeUndefined();
    expect(history.redoLabel()).toBeUndefined();
    expect(history.undo(history.nextUndo())).toBe(history);
    expect(history.redo(history.nextRedo())).toBe(history);
    expect(history.capacity).toBe(DEFAULT_UNDO_CAPACITY);
    expect(DEFAULT_UNDO_CAPACITY).toBeGreaterThanOrEqual(500);
  });

  it('moves one step at a time and labels the next undo and redo', () => {
    const history = UndoHistory.empty().push(step(1)).push(step(2));
    expect(history.undoLabel()).toBe('Undo: step 2');
    const back = undoOnce(history);
    expect([back.canUndo(), back.canRedo(), back.undoLabel(), back.redoLabel()]).toEqual([
      true,
      true,
      'Undo: step 1',
      'Redo: step 2',
    ]);
    expect(back.nextRedo()?.change).toEqual(step(2));
    const forward = back.redo(back.nextRedo());
    expect([forward.canRedo(), forward.undoLabel()]).toEqual([false, 'Undo: step 2']);
  });

  it('is immutable: moving returns a new history and leaves the old one as it was', () => {
    const history = UndoHistory.empty().push(step(1));
    undoOnce(history);
    history.push(step(2));
    expect(history.undoCount).toBe(1);
    expect(history.nextUndo()?.change).toEqual(step(1));
  });

  it('clears the redo side when a new step is pushed', () => {
    const history = undoOnce(UndoHistory.empty().push(step(1)).push(step(2))).push(step(3));
    expect(history.canRedo()).toBe(false);
    expect(undoOnce(history).undoLabel()).toBe('Undo: step 1');
  });

  it('undoes and redoes 150 steps in order', () => {
    let history = UndoHistory.empty();
    for (let n = 1; n <= 150; n++) history = history.push(step(n));
    const undone: string[] = [];
    while (history.canUndo()) {
      undone.push(history.nextUndo()?.change.label ?? '');
      history = undoOnce(history);
    }
    expect(undone).toHaveLength(150);
    expect(undone[0]).toBe('step 150');
    expect(undone[149]).toBe('step 1');
    for (let n = 0; n < 150; n++) history = history.redo(history.nextRedo());
    expect([history.undoCount, history.redoCount, history.undoLabel()]).toEqual([150, 0, 'Undo: step 150']);
  });

  it('drops the oldest steps beyond its capacity', () => {
    let history = UndoHistory.empty();
    for (let n = 1; n <= 520; n++) history = history.push(step(n));
    expect(history.undoCount).toBe(500);
    for (let n = 0; n < 499; n++) history = undoOnce(history);
    expect(history.undoLabel()).toBe('Undo: step 21');
    let small = UndoHistory.empty(3);
    for (let n = 1; n <= 5; n++) small = small.push(step(n));
    expect(small.undoCount).toBe(3);
  });

  it('moves only a step it holds on that side', () => {
    const history = UndoHistory.empty().push(step(1));
    const first = history.nextUndo();
    const back = history.undo(first);
    expect(back.undo(first)).toBe(back);
    expect(history.redo(first)).toBe(history);
  });

  it('finds the step of a change while it is in effect, so that very step can be undone', () => {
    const first = step(1);
    const history = UndoHistory.empty().push(first).push(step(2));
    const taken = history.stepOf(first);
    expect(taken?.change).toBe(first);
    // Undoing it leaves the later step in effect.
    const back = history.undo(taken);
    expect([back.isDone(first), back.undoLabel(), back.redoLabel()]).toEqual([false, 'Undo: step 2', 'Redo: step 1']);
    expect(back.stepOf(first)).toBeUndefined();
    expect(back.redo(back.nextRedo()).stepOf(first)?.change).toBe(first);
  });
});

/** Undo the next step a view reaches. */
function undoOnce(history: UndoHistory, view?: UndoScope): UndoHistory {
  return history.undo(history.nextUndo(view));
}

describe('ChangeBuilder', () => {
  it('keeps the first before and the last after of a record noted twice', () => {
    const first: Topic = { id: 't', label: 'First' };
    const second: Topic = { id: 't', label: 'Second' };
    const change = new ChangeBuilder('save statement')
      .record('topics', 't', null, first)
      .record('topics', 't', first, second)
      .build();
    expect(change).toEqual({
      label: 'save statement',
      before: { topics: { t: null } },
      after: { topics: { t: second } },
    });
    expect(ChangeSchema.safeParse(change).success).toBe(true);
  });
});

describe('ChangeSchema', () => {
  it('refuses sides that name different records, and records under another id', () => {
    expect(ChangeSchema.safeParse({ label: 'x', before: { topics: { a: null } }, after: {} }).success).toBe(false);
    expect(
      ChangeSchema.safeParse({
        label: 'x',
        before: { topics: { a: null } },
        after: { topics: { a: { id: 'b', label: 'B' } } },
      }).success,
    ).toBe(false);
  });
});

describe('recordsEqual', () => {
  it('compares deeply, ignoring key order and undefined keys', () => {
    expect(recordsEqual({ a: 1, b: [1, { c: 'x' }] }, { b: [1, { c: 'x' }], a: 1 })).toBe(true);
    expect(recordsEqual({ a: 1, note: undefined }, { a: 1 })).toBe(true);
    expect(recordsEqual({ a: 1 }, { a: 2 })).toBe(false);
    expect(recordsEqual({ a: [1, 2] }, { a: [2, 1] })).toBe(false);
    expect(recordsEqual(null, { a: 1 })).toBe(false);
    expect(recordsEqual(null, null)).toBe(true);
  });
});
