import { describe, expect, it } from 'vitest';
import { errorMessage } from '../../../src/core/errorMessage';

describe('errorMessage', () => {
  it('gives the words of whatever was thrown, never "undefined"', () => {
    expect(errorMessage(new TypeError('x is undefined'))).toBe('x is undefined');
    expect(errorMessage(new DOMException('', 'NotReadableError'))).toBe('NotReadableError');
    expect(errorMessage('disk on fire')).toBe('disk on fire');
    expect(errorMessage({ message: 'from another realm' })).toBe('from another realm');
    expect(errorMessage(42)).toBe('42');
    expect(errorMessage(undefined)).toBe('undefined');
    expect(errorMessage({})).toBe('an unknown error');
  });
});
