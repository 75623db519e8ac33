import { describe, expect, it } from 'vitest';
import { importRefusalSentence } from '../../../src/ui/exchange/importRefusalSentence';

describe('importRefusalSentence', () => {
  it('tells the person which article changed and to choose the file again', () => {
    expect(importRefusalSentence({ code: 'article-changed', articleTitle: 'Sanctions' })).toBe(
      'The article “Sanctions” changed since this file was read; choose the file again.',
    );
    expect(importRefusalSentence({ code: 'refused', message: 'The import was refused.' })).toBe(
      'The import was refused.',
    );
  });
});
