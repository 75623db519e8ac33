import { describe, expect, it } from 'vitest';
import { cueAttributes } from '../../../src/editor/highlights/cueAttributes';

const spec = {
  id: 's1',
  start: 10,
  end: 20,
  color: '#ffe08a',
  label: 'Hua Chunying · direct · against',
  cue: { start: 4, end: 8 },
};

describe('cueAttributes', () => {
  it('wraps a cue in its own span pointing at its statement, without a title (the article’s tooltip tells)', () => {
    expect(cueAttributes(spec, false)).toEqual({
      nodeName: 'span',
      class: 'qm-cue',
      'data-cue-for': 's1',
      style: 'text-decoration-color: #807045',
    });
  });

  it('never carries data-statement-id, which counts statements', () => {
    expect(cueAttributes(spec, true)).not.toHaveProperty('data-statement-id');
  });

  it('marks the active statement’s cue by class', () => {
    expect(cueAttributes(spec, true).class).toBe('qm-cue qm-cue--active');
  });

  it('keeps anything but a #rrggbb colour out of the style attribute', () => {
    for (const color of ['red', '#fff', 'red; background-image: url(x)', '']) {
      expect(cueAttributes({ ...spec, color }, false).style).toBeUndefined();
    }
  });
});
