import { describe, expect, it } from 'vitest';
import { prepareArticle } from '../../../src/core/articles/prepareArticle';
import { ArticleSchema } from '../../../src/core/model/article';

const context = { id: 'a1', now: new Date('2026-11-28T12:00:00Z') };

describe('prepareArticle', () => {
  it('stores canonical text, its SHA-256 and the timestamps', async () => {
    const result = await prepareArticle({ title: ' Title ', text: 'One\r\n\r\n\r\nTwo', source: ' ' }, context);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.title).toBe('Title');
    expect(result.value.text).toBe('One\n\nTwo');
    expect(result.value.source).toBeUndefined();
    // sha256("One\n\nTwo"), computed independently with `printf 'One\n\nTwo' | sha256sum`.
    expect(result.value.textSha256).toBe('2046f526a3fcbd7e122f36c041e5aa9f9c5d70946659fcbdb67347c8f6093021');
    expect(result.value.createdAt).toBe('2026-11-28T12:00:00.000Z');
    expect(ArticleSchema.safeParse(result.value).success).toBe(true);
  });

  it.each([
    ['empty text', { title: 'T', text: '' }, /text is empty/],
    ['whitespace-only text', { title: 'T', text: ' \n\t \r\n ' }, /only whitespace/],
    [
      'a 10,000-character title',
      { title: 'x'.repeat(10_000), text: 'Body' },
      /title is 10,000 characters long; the limit is 500/,
    ],
    ['an empty title', { title: '   ', text: 'Body' }, /title is empty/],
    ['NUL bytes in the text', { title: 'T', text: 'ab\u0000cd' }, /NUL byte \(at character 3\)/],
  ])('refuses %s with a message a person can act on', async (_, input, message) => {
    const result = await prepareArticle(input, context);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });
});
