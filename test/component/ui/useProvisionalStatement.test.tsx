import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Statement } from '../../../src/core/model/statement';
import type { StatementDraft } from '../../../src/core/statements/statementDraft';
import { useProvisionalStatement } from '../../../src/ui/article/useProvisionalStatement';

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
  it('draws a new statement once its write committed, until the library holds it, then never again', () => {
    const { result, rerender } = renderHook(({ statements }) => useProvisionalStatement(statements), {
      initialProps: { statements: [] as Statement[] },
    });
    // Nothing is drawn while the write is in flight: there is no way to draw it early.
    expect(result.current.shown).toEqual([]);
    // Committed, but the live query has not read it back yet: drawn as stored.
    act(() => result.current.settle(draft, stored));
    expect(result.current.shown).toEqual([stored]);
    // What a stance key pressed now acts on: the stored version.
    expect(result.current.saved).toBe(stored);
    rerender({ statements: [stored] });
    expect(result.current.shown).toEqual([stored]);
    expect(result.current.saved).toBeNull();
    // An undo of the save removes it from the library; the stand-in must not return.
    rerender({ statements: [] });
    expect(result.current.shown).toEqual([]);
  });

  it('draws nothing for a refused save, and nothing twice for an edit', () => {
    const { result } = renderHook(() => useProvisionalStatement([stored]));
    act(() => result.current.settle(draft, null));
    expect(result.current.shown?.map((s) => s.id)).toEqual(['s1']);
    expect(result.current.saved).toBeNull();
    act(() => result.current.settle({ ...draft, id: 's1' }, { ...stored, claim: 'edited' }));
    expect(result.current.shown?.map((s) => s.id)).toEqual(['s1']);
  });
});
