import { describe, expect, it } from 'vitest';
import { fixture, mustParse, pathsOf, problemsOf } from './libraryFile';

describe('parseLibraryFile: refusals', () => {
  it('accepts the format-1 fixture unchanged', () => {
    const file = fixture();
    const parsed = mustParse(JSON.stringify(file));
    expect(parsed.envelope).toEqual(file);
    expect(parsed.placement).toEqual({ placed: [], unplaced: [] });
  });

  it('refuses truncated JSON, naming where it stops', () => {
    const text = JSON.stringify(fixture());
    const [problem] = problemsOf(text.slice(0, 200));
    expect(problem?.path).toBe('');
    expect(problem?.message).toMatch(/not valid JSON/);
  });

  it('refuses binary bytes', () => {
    const bytes = String.fromCharCode(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13);
    expect(problemsOf(bytes)[0]?.message).toMatch(/not valid JSON/);
  });

  it('refuses something that is not a library', () => {
    expect(pathsOf('[1, 2, 3]')).toEqual(['']);
    expect(pathsOf(JSON.stringify({ ...fixture(), format: 'hypothesis' }))).toEqual(['format']);
  });

  it('refuses a wrong shape with the path of each field', () => {
    const file = fixture();
    file.statements[1] = { ...file.statements[1], kind: 'shouted', quote: 'no anchor' };
    delete file.articles[0]?.title;
    expect(pathsOf(JSON.stringify(file)).sort()).toEqual([
      'articles[0].title',
      'statements[1].kind',
      'statements[1].quote',
    ]);
  });

  it('refuses a file from a newer Quotemark', () => {
    const [problem] = problemsOf(JSON.stringify({ ...fixture(), version: 3 }));
    expect(problem).toEqual({
      path: 'version',
      message: 'The file was made by a newer Quotemark (format 3); this app reads up to 1.',
    });
  });

  it('leaves out a statement whose quote is not in the text, naming it by path and words; the rest can be imported', () => {
    const file = fixture();
    file.statements[0] = {
      ...file.statements[0],
      quote: { start: 5000, end: 5009, exact: 'not there', prefix: '', suffix: '' },
    };
    const parsed = mustParse(JSON.stringify(file));
    expect(parsed.envelope.statements.map((s) => s.id)).toEqual([file.statements[1]!.id]);
    expect(parsed.placement.unplaced).toEqual([
      expect.objectContaining({
        id: file.statements[0]!.id,
        path: 'statements[0].quote',
        exact: 'not there',
        reason: expect.stringMatching(/not in the article text.*offsets \(5000–5009\) lie beyond/),
      }),
    ]);
  });

  it('refuses the file whole when none of its statements can be placed', () => {
    const file = fixture();
    file.statements = file.statements.map((s) => ({
      ...s,
      quote: { start: 5000, end: 5009, exact: 'not there', prefix: '', suffix: '' },
    }));
    const problems = problemsOf(JSON.stringify(file));
    expect(problems.map((p) => p.path)).toEqual(['statements[0].quote', 'statements[1].quote']);
    expect(problems[0]?.message).toMatch(/^The quote “not there” is not in the article text/);
  });

  it('refuses a statement whose article, speaker or topic is not in the file', () => {
    const file = fixture();
    file.statements[0] = {
      ...file.statements[0],
      articleId: 'article-gone',
      speakerId: 'speaker-gone',
      topicId: 'topic-gone',
    };
    expect(pathsOf(JSON.stringify(file))).toEqual([
      'statements[0].articleId',
      'statements[0].speakerId',
      'statements[0].topicId',
    ]);
  });

  it('refuses duplicate ids within a table', () => {
    const file = fixture();
    file.statements.push({ ...file.statements[0] });
    const [problem] = problemsOf(JSON.stringify(file));
    expect(problem).toEqual({
      path: 'statements[2].id',
      message: 'The id "statement-hua" is used twice in statements (first at statements[0]).',
    });
  });

  it('refuses "__proto__", "constructor" and "prototype" keys without polluting Object.prototype', () => {
    const text = JSON.stringify(fixture()).replace(
      '"tags":[]',
      '"tags":[],"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}',
    );
    expect(pathsOf(text).sort()).toEqual(['statements[0].__proto__', 'statements[0].constructor']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('refuses a 10 MB note by the schema, at its path', () => {
    const file = fixture();
    file.statements[1] = { ...file.statements[1], note: 'x'.repeat(10_000_000) };
    const [problem] = problemsOf(JSON.stringify(file));
    expect(problem?.path).toBe('statements[1].note');
    expect(problem?.message.length).toBeLessThan(200);
  });
});
