import { describe, expect, it } from 'vitest';
import { highlightAttributes } from '../../../src/editor/highlights/highlightAttributes';

const spec = { id: 's1', start: 0, end: 4, color: '#ffe08a', label: 'Hua Chunying · direct · against' };

describe('highlightAttributes', () => {
  it('wraps each statement in its own mark carrying its id, lane, colours and label (no title)', () => {
    expect(highlightAttributes({ ...spec, lane: 2 }, false)).toEqual({
      nodeName: 'mark',
      class: 'qm-highlight',
      'data-statement-id': 's1',
      'data-lane': '2',
      'aria-description': 'Hua Chunying · direct · against',
      style: '--lane: 2; --qm-tint: #ffe08a; --qm-underline: #807045',
    });
  });

  it('puts a statement without a lane in lane 0', () => {
    expect(highlightAttributes(spec, false)['data-lane']).toBe('0');
  });

  it('marks the active and the pending statement by class', () => {
    expect(highlightAttributes({ ...spec, pending: true }, true).class).toBe(
      'qm-highlight qm-highlight--active qm-highlight--pending',
    );
  });

  it('says aria-current only when asked to (the first element of the active statement)', () => {
    expect(highlightAttributes(spec, true)).not.toHaveProperty('aria-current');
    expect(highlightAttributes(spec, true, true)['aria-current']).toBe('true');
  });

  it('keeps anything but a #rrggbb colour out of the style attribute', () => {
    for (const color of ['red', '#fff', 'red; background-image: url(x)', '#12345g', '']) {
      expect(highlightAttributes({ ...spec, color }, false).style).toBe('--lane: 0');
    }
  });
});
