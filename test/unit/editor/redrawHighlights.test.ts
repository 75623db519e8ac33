import { Decoration } from '@tiptap/pm/view';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { drawHighlights } from '../../../src/editor/highlights/drawHighlights';
import type { HighlightLayer } from '../../../src/editor/highlights/highlightLayer';
import type { HighlightSpec } from '../../../src/editor/highlights/highlightSpec';
import { redrawHighlights } from '../../../src/editor/highlights/redrawHighlights';
import { articleNode } from './articleNode';
import { decorationSummary } from './decorationSummary';

/** A small deterministic PRNG, so a failing case can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

/** Paragraphs of numbered sentences: `sentences` in all, `perParagraph` each. */
function article(sentences: number, perParagraph: number): { text: string; sentenceAt: number[] } {
  const sentenceAt: number[] = [];
  let text = '';
  for (let i = 0; i < sentences; i++) {
    if (i > 0) text += i % perParagraph === 0 ? '\n\n' : ' ';
    sentenceAt.push(text.length);
    text += `Speaker ${i} said that the sanctions were “quite absurd” today.`;
  }
  return { text, sentenceAt };
}

const COLORS = ['#ffe08a', '#a8d8ff', '#ffb3c1', 'not a colour'];

function randomSpec(next: () => number, id: string, length: number): HighlightSpec {
  const pick = (n: number) => Math.floor(next() * n);
  const start = pick(length);
  const end = next() < 0.05 ? start : Math.min(length, start + 1 + pick(80));
  const cueStart = pick(length);
  return {
    id,
    start,
    end,
    color: COLORS[pick(COLORS.length)] ?? '#ffe08a',
    label: `label ${pick(3)}`,
    pending: next() < 0.2,
    ...(next() < 0.5 ? { cue: { start: cueStart, end: Math.min(length, cueStart + 1 + pick(12)) } } : {}),
  };
}

/** The ids whose decorations use these exact spec objects. */
function specObjects(layer: HighlightLayer): Map<string, unknown[]> {
  const byId = new Map<string, unknown[]>();
  for (const d of layer.set.find()) {
    const id = (d.spec as { id: string }).id;
    byId.set(id, [...(byId.get(id) ?? []), d.spec]);
  }
  return byId;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('redrawHighlights', () => {
  it('draws the same as a full rebuild through random adds, removals and changes', () => {
    const { text } = article(12, 3);
    const doc = articleNode(text);
    const next = random(7);
    let specs: HighlightSpec[] = Array.from({ length: 30 }, (_, i) => randomSpec(next, `s${i}`, text.length));
    let activeId: string | null = null;
    let layer = drawHighlights(doc, specs, activeId);
    let fresh = 30;
    for (let step = 0; step < 400; step++) {
      const roll = next();
      const index = Math.floor(next() * specs.length);
      const target = specs[index];
      if (roll < 0.25) {
        specs = [...specs, randomSpec(next, `s${fresh++}`, text.length)];
      } else if (roll < 0.45 && target) {
        specs = specs.filter((s) => s !== target);
      } else if (roll < 0.8 && target) {
        const changed = randomSpec(next, target.id, text.length);
        // Change one thing at a time, so most steps are the small edits a
        // person makes; sometimes replace the whole spec.
        const field = Math.floor(next() * 6);
        const edited: HighlightSpec =
          field === 0
            ? { ...target, start: changed.start, end: changed.end }
            : field === 1
              ? { ...target, color: changed.color }
              : field === 2
                ? { ...target, label: changed.label }
                : field === 3
                  ? { ...target, pending: !target.pending }
                  : field === 4
                    ? { ...target, cue: changed.cue }
                    : changed;
        specs = specs.map((s) => (s === target ? edited : s));
      } else {
        activeId = next() < 0.15 ? null : (target?.id ?? null);
      }
      // Now and then an id comes twice (a statement still on its way into
      // the list while the view already holds it): the first spec is drawn.
      const target2 = specs[Math.floor(next() * specs.length)];
      const drawn = next() < 0.2 && target2 ? [...specs, randomSpec(next, target2.id, text.length)] : specs;
      layer = redrawHighlights(layer, doc, drawn, activeId);
      const full = drawHighlights(doc, drawn, activeId);
      expect(decorationSummary(layer.set), `step ${step}`).toEqual(decorationSummary(full.set));
      expect([...(layer.statements?.keys() ?? [])].sort()).toEqual([...(full.statements?.keys() ?? [])].sort());
    }
  });

  it('draws a repeated id once, with its first spec, and leaves nothing of it behind', () => {
    const { text } = article(6, 3);
    const doc = articleNode(text);
    const next = random(11);
    const specs = Array.from({ length: 4 }, (_, i) => randomSpec(next, `s${i}`, text.length));
    const layer = drawHighlights(doc, specs);
    const recoloured = { ...specs[0]!, color: '#d7c2ff' };
    const repeated = redrawHighlights(layer, doc, [
      recoloured,
      ...specs.slice(1),
      { ...recoloured, label: 'the later copy' },
    ]);
    expect(decorationSummary(repeated.set)).toEqual(
      decorationSummary(drawHighlights(doc, [recoloured, ...specs.slice(1)]).set),
    );
    const after = redrawHighlights(repeated, doc, specs);
    expect(decorationSummary(after.set)).toEqual(decorationSummary(layer.set));
  });

  describe('among 2,000 statements', () => {
    const { text, sentenceAt } = article(2000, 8);
    const doc = articleNode(text);
    const quoteStart = (i: number) => (sentenceAt[i] ?? 0) + text.slice(sentenceAt[i]).indexOf('“');
    const cueStart = (i: number) => (sentenceAt[i] ?? 0) + text.slice(sentenceAt[i]).indexOf('said');
    const specs: HighlightSpec[] = sentenceAt.map((_, i) => ({
      id: `s${i}`,
      start: quoteStart(i),
      end: quoteStart(i) + '“quite absurd”'.length,
      color: COLORS[i % 3] ?? '#ffe08a',
      label: `Speaker ${i}`,
      cue: { start: cueStart(i), end: cueStart(i) + 4 },
    }));

    function redrawCounting(layer: HighlightLayer, next: HighlightSpec[], activeId: string | null) {
      const inline = vi.spyOn(Decoration, 'inline');
      const result = redrawHighlights(layer, doc, next, activeId);
      const created = inline.mock.calls.length;
      const drawnFor = new Set(inline.mock.results.map((r) => ((r.value as Decoration).spec as { id: string }).id));
      inline.mockRestore();
      return { result, created, drawnFor };
    }

    function untouchedExcept(before: HighlightLayer, after: HighlightLayer, changed: string[]) {
      const old = specObjects(before);
      const now = specObjects(after);
      for (const [id, objects] of now) {
        if (changed.includes(id)) continue;
        const previous = old.get(id) ?? [];
        expect(objects.length, id).toBe(previous.length);
        objects.forEach((spec, i) => expect(spec, id).toBe(previous[i]));
        expect(after.statements?.get(id), id).toBe(before.statements?.get(id));
      }
    }

    it('redraws only the statement that changed', () => {
      const layer = drawHighlights(doc, specs);
      const changed = specs.map((s) => (s.id === 's1234' ? { ...s, color: '#d7c2ff' } : s));
      const { result, created, drawnFor } = redrawCounting(layer, changed, null);
      expect(created).toBe(2); // its quote and its cue
      expect(drawnFor).toEqual(new Set(['s1234']));
      untouchedExcept(layer, result, ['s1234']);
      expect(decorationSummary(result.set)).toEqual(decorationSummary(drawHighlights(doc, changed).set));
    });

    it('draws one more statement, and takes one out, without touching the others', () => {
      const layer = drawHighlights(doc, specs);
      const extra: HighlightSpec = {
        id: 'new',
        start: cueStart(7),
        end: quoteStart(7) + 5,
        color: '#a8d8ff',
        label: 'New',
      };
      const added = redrawCounting(layer, [...specs, extra], null);
      expect(added.created).toBe(1);
      untouchedExcept(layer, added.result, ['new']);
      const removed = redrawCounting(
        added.result,
        specs.filter((s) => s.id !== 's7'),
        null,
      );
      expect(removed.created).toBe(0);
      expect(specObjects(removed.result).has('s7')).toBe(false);
      untouchedExcept(added.result, removed.result, ['s7']);
    });

    it('redraws only the two statements involved when the active one changes', () => {
      const layer = drawHighlights(doc, specs);
      const first = redrawCounting(layer, specs, 's10');
      expect(first.drawnFor).toEqual(new Set(['s10']));
      untouchedExcept(layer, first.result, ['s10']);
      const second = redrawCounting(first.result, specs, 's1500');
      expect(second.drawnFor).toEqual(new Set(['s10', 's1500']));
      untouchedExcept(first.result, second.result, ['s10', 's1500']);
      expect(decorationSummary(second.result.set)).toEqual(decorationSummary(drawHighlights(doc, specs, 's1500').set));
    });
  });
});
