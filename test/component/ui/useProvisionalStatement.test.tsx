import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Statement } from '../../../src/core/model/statement';
import type { StatementDraft } from '../../../src/core/statements/statementDraft';
import { pendingWrites } from '../../../src/storage/database/pendingWrites';
import { PROVISIONAL_ID, useProvisionalStatement } from '../../../src/ui/article/useProvisionalStatement';

const quote = { start: 4, end: 9, exact: 'quick', prefix: 'The ', suffix: ' brown' };
const draft: StatementDraft = { articleId: 'a1', quote, speaker: { id: 'sp1' }, topic: null, kind: 'direct' };
const stored: Statement = {
  id: 's1',
  articleId: 'a1',
  speakerId: 'sp1',
  quote,
  kind: 'direct',
  tags: [],
  origin: 'manual',
  status: 'confirmed',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};

describe('useProvisionalStatement', () => {
  it('shows a new statement from submit until the library holds it, then never again', () => {
    const { result, rerender } = renderHook(({ statements }) => useProvisionalStatement(statements), {
      initialProps: { statements: [] as Statement[] },
    });
    let settle: (stored: Statement | null) => void = () => undefined;
    act(() => {
      settle = result.current.begin(draft);
    });
    expect(result.current.shown?.map((s) => [s.id, s.speakerId, s.quote.exact])).toEqual([
      [PROVISIONAL_ID, 'sp1', 'quick'],
    ]);
    // Saved, but the live query has not read it back yet: the stand-in stays.
    act(() => settle(stored));
    expect(result.current.shown?.map((s) => s.id)).toEqual([PROVISIONAL_ID]);
    // What a stance key pressed now acts on: the stored version.
    expect(result.current.saved).toBe(stored);
    rerender({ statements: [stored] });
    expect(result.current.shown?.map((s) => s.id)).toEqual(['s1']);
    expect(result.current.saved).toBeNull();
    // An undo of the save removes it from the library; the stand-in must not return.
    rerender({ statements: [] });
    expect(result.current.shown).toEqual([]);
  });

  it('drops the stand-in when the save is refused, and ignores edits', () => {
    const { result } = renderHook(() => useProvisionalStatement([stored]));
    act(() => result.current.begin(draft)(null));
    expect(result.current.shown?.map((s) => s.id)).toEqual(['s1']);
    expect(result.current.saved).toBeNull();
    act(() => void result.current.begin({ ...draft, id: 's1' }));
    expect(result.current.shown?.map((s) => s.id)).toEqual(['s1']);
  });

  it('counts a drawn stand-in as a pending write until its save settles, however it ends', () => {
    const { result } = renderHook(() => useProvisionalStatement([]));
    expect(pendingWrites()).toBe(0);
    let settleSaved: (stored: Statement | null) => void = () => undefined;
    let settleRefused: (stored: Statement | null) => void = () => undefined;
    // Before any transaction opens, the page already asks before unloading.
    act(() => {
      settleSaved = result.current.begin(draft);
    });
    expect(pendingWrites()).toBe(1);
    act(() => {
      settleRefused = result.current.begin({ ...draft, quote: { ...quote, start: 5 } });
    });
    expect(pendingWrites()).toBe(2);
    act(() => settleRefused(null));
    expect(pendingWrites()).toBe(1);
    act(() => settleSaved(stored));
    expect(pendingWrites()).toBe(0);
    // Settling twice releases nothing twice.
    act(() => settleSaved(stored));
    expect(pendingWrites()).toBe(0);
    // An edit draws nothing early, so it holds nothing (its write is counted by storage).
    act(() => void result.current.begin({ ...draft, id: 's1' }));
    expect(pendingWrites()).toBe(0);
  });
});
