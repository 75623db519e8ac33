import { Transform } from '@tiptap/pm/transform';
import { describe, expect, it } from 'vitest';
import { rebaseStatements } from '../../../src/core/anchoring/rebaseStatements';
import { resolveAnchor } from '../../../src/core/anchoring/resolveAnchor';
import type { Article } from '../../../src/core/model/article';
import type { Statement } from '../../../src/core/model/statement';
import { textSha256 } from '../../../src/core/text/textSha256';
import { docText } from '../../../src/editor/positions/docText';
import { mapTextRange } from '../../../src/editor/positions/mapTextRange';
import { offsetToPos } from '../../../src/editor/positions/textPositions';
import { saveArticleText, updateArticleDetails } from '../../../src/storage/repositories/articleRepository';
import { applyChange } from '../../../src/storage/writes/applyChange';
import { listStatementsForArticle } from '../../../src/storage/repositories/statementRepository';
import { articleNode } from '../editor/articleNode';
import type { QuotemarkDatabase } from '../../../src/storage/database/QuotemarkDatabase';
import {
  addValidArticle,
  BLINKEN_QUOTE,
  draftFor,
  HUA_QUOTE,
  librarySnapshot,
  mustSave,
  openTestDatabase,
  SASSE_QUOTE,
} from './testDatabase';

const NOW = new Date('2026-05-01T12:00:00Z');
const LATER = new Date('2026-05-02T12:00:00Z');

/** A library snapshot with every article's updatedAt set to `at`. */
const updatedAt = (snapshot: Record<string, unknown[]>, at: Date) => ({
  ...snapshot,
  articles: (snapshot.articles as Article[]).map((a) => ({ ...a, updatedAt: at.toISOString() })),
});

/** The seed article with statements on three quotes and one on the noise. */
async function seeded(db: QuotemarkDatabase) {
  const article = await addValidArticle(db);
  const statements = [
    await mustSave(db, draftFor(article, HUA_QUOTE)),
    await mustSave(db, draftFor(article, BLINKEN_QUOTE)),
    await mustSave(db, draftFor(article, SASSE_QUOTE)),
    await mustSave(db, draftFor(article, 'Cheney ousted MORE')),
  ];
  return { article, statements };
}

/** Delete the scraping noise the way the editor would, and rebase. */
function deleteNoise(article: Article, statements: Statement[]) {
  const start = article.text.indexOf('BlinkenAntony Blinken') + 'Blinken'.length;
  const end = article.text.indexOf('MORE said') + 'MORE'.length;
  const doc = articleNode(article.text);
  const tr = new Transform(doc).delete(offsetToPos(doc, start, 1), offsetToPos(doc, end, -1));
  const text = docText(tr.doc).text;
  return { text, ...rebaseStatements(statements, text, mapTextRange(doc, tr.mapping, tr.doc), NOW) };
}

describe('saveArticleText', () => {
  it('stores the edited text and the statements carried over to it, together', async () => {
    const db = openTestDatabase();
    const { article, statements } = await seeded(db);
    const { text, updated, orphaned } = deleteNoise(article, statements);
    expect(orphaned.map((s) => s.quote.exact)).toEqual(['Cheney ousted MORE']);

    const saved = await saveArticleText(db, article.id, article.textSha256, text, [...updated, ...orphaned], NOW);
    expect(saved).toMatchObject({
      ok: true,
      value: { article: { ...article, text, textSha256: await textSha256(text), updatedAt: NOW.toISOString() } },
    });
    expect(await db.articles.get(article.id)).toEqual(saved.ok && saved.value.article);
    const stored = await listStatementsForArticle(db, article.id);
    for (const s of stored.filter((s) => s.orphanedAt === undefined)) {
      expect(resolveAnchor(text, s.quote)).toEqual({ status: 'exact', start: s.quote.start, end: s.quote.end });
    }
    expect(stored.map((s) => s.quote.exact).sort()).toEqual(
      [BLINKEN_QUOTE, 'Cheney ousted MORE', HUA_QUOTE, SASSE_QUOTE].sort(),
    );
    expect(stored.find((s) => s.orphanedAt)?.orphanedAt).toBe(NOW.toISOString());
  });

  it('accepts statements the edit did not touch being left out', async () => {
    const db = openTestDatabase();
    const article = await addValidArticle(db, { title: 'Short', text: 'Hua said “absurd”.\n\nThe end.' });
    const hua = await mustSave(db, draftFor(article, '“absurd”'));
    const saved = await saveArticleText(
      db,
      article.id,
      article.textSha256,
      'Hua said “absurd”.\n\nThe very end.',
      [],
      NOW,
    );
    expect(saved.ok).toBe(true);
    expect(await db.statements.get(hua.id)).toEqual(hua);
  });

  describe('refuses, writing nothing', () => {
    const cases: [string, (a: Article, s: Statement[], text: string) => [string, string, Statement[]], RegExp][] = [
      ['an article that is not there', (_, __, text) => ['missing', text, []], /not in the library any more/],
      ['an empty text', (a, s) => [a.id, ' \n ', s], /edited text is empty/],
      ['a text that is not canonical', (a, s, text) => [a.id, `${text}\n\n`, s], /not in canonical form/],
      [
        'a text with CRLF line ends',
        (a, s, text) => [a.id, text.replace('\n\n', '\r\n\r\n'), s],
        /not in canonical form/,
      ],
      [
        'a statement of another article',
        (a, s, text) => [a.id, text, s.map((x, i) => (i === 0 ? { ...x, articleId: 'other' } : x))],
        /belongs to another article/,
      ],
      [
        'an invalid statement',
        (a, s, text) => [a.id, text, s.map((x, i) => (i === 0 ? { ...x, kind: 'rumour' as 'direct' } : x))],
        /not valid: kind/,
      ],
      [
        'a quote that does not match the new text',
        (a, s, text) => [
          a.id,
          text,
          s.map((x) => ({ ...x, quote: { ...x.quote, start: x.quote.start + 1, end: x.quote.end + 1 } })),
        ],
        /does not match the edited text at characters \d+–\d+/,
      ],
      [
        'a statement left out although it moved',
        (a, s, text) => [a.id, text, s.slice(1)],
        /One statement of this article would no longer match/,
      ],
      [
        'statements not rebased at all',
        (a, _, text) => [a.id, text, []],
        /4 statements of this article would no longer match/,
      ],
    ];
    it.each(cases)('%s', async (_, spoil, message) => {
      const db = openTestDatabase();
      const { article, statements } = await seeded(db);
      const { text, updated, orphaned } = deleteNoise(article, statements);
      const before = await librarySnapshot(db);
      const [id, newText, given] = spoil(article, [...updated, ...orphaned], text);
      const saved = await saveArticleText(db, id, article.textSha256, newText, given, NOW);
      expect(saved).toMatchObject({ ok: false, error: { code: 'refused', message: expect.stringMatching(message) } });
      expect(await librarySnapshot(db)).toEqual(before);
    });

    it('a statement deleted while the text was being edited', async () => {
      const db = openTestDatabase();
      const { article, statements } = await seeded(db);
      const { text, updated, orphaned } = deleteNoise(article, statements);
      await db.statements.delete(updated[0]!.id);
      const before = await librarySnapshot(db);
      const saved = await saveArticleText(db, article.id, article.textSha256, text, [...updated, ...orphaned], NOW);
      expect(saved).toMatchObject({
        ok: false,
        error: { code: 'refused', message: expect.stringMatching(/deleted while the text was being edited/) },
      });
      expect(await librarySnapshot(db)).toEqual(before);
    });
  });

  it('refuses, writing nothing, an edit begun from a text no longer stored (an undo since), saying so with its code', async () => {
    const db = openTestDatabase();
    const { article, statements } = await seeded(db);
    const first = deleteNoise(article, statements);
    const saved = await saveArticleText(
      db,
      article.id,
      article.textSha256,
      first.text,
      [...first.updated, ...first.orphaned],
      NOW,
    );
    if (!saved.ok) throw new Error(saved.error.message);
    // An edit begins from the saved text; meanwhile Undo brings the old text back.
    expect(await applyChange(db, saved.value.change, 'undo', LATER)).toMatchObject({ ok: true });
    const restored = await librarySnapshot(db);

    const again = await saveArticleText(
      db,
      article.id,
      saved.value.article.textSha256,
      `${first.text}\n\nA last paragraph.`,
      [],
      NOW,
    );
    expect(again).toMatchObject({
      ok: false,
      error: { code: 'text-changed', message: expect.stringMatching(/changed since the edit began/) },
    });
    expect(await librarySnapshot(db)).toEqual(restored);
  });

  it('writes the text and the statements in one transaction: a failing statement write keeps the old text', async () => {
    const db = openTestDatabase();
    const { article, statements } = await seeded(db);
    const { text, updated, orphaned } = deleteNoise(article, statements);
    const before = await librarySnapshot(db);
    db.statements.hook('updating', () => {
      throw new Error('disk full');
    });
    await expect(
      saveArticleText(db, article.id, article.textSha256, text, [...updated, ...orphaned], NOW),
    ).rejects.toThrow();
    expect(await librarySnapshot(db)).toEqual(before);
  });

  describe('is one step Undo takes back', () => {
    /** The noise deleted and saved; the library before and after, and the step. */
    async function savedEdit(db: QuotemarkDatabase) {
      const { article, statements } = await seeded(db);
      const { text, updated, orphaned } = deleteNoise(article, statements);
      const before = await librarySnapshot(db);
      const saved = await saveArticleText(db, article.id, article.textSha256, text, [...updated, ...orphaned], NOW);
      if (!saved.ok) throw new Error(saved.error.message);
      return {
        article,
        text,
        moved: [...updated, ...orphaned].map((s) => s.id).sort(),
        before,
        after: await librarySnapshot(db),
        change: saved.value.change,
      };
    }

    it('restores the text and every anchor exactly, and redo re-applies the edit', async () => {
      const db = openTestDatabase();
      const { article, moved, before, after, change } = await savedEdit(db);
      expect(change.label).toBe('save text');
      // Every statement that moved or lost its words is part of the step.
      expect(Object.keys(change.after.statements ?? {}).sort()).toEqual(moved);
      expect(moved.length).toBeGreaterThan(1);

      expect(await applyChange(db, change, 'undo', LATER)).toEqual({ ok: true, value: undefined });
      // The article was updated by the undo: its text is the old one, its updatedAt now.
      expect(await librarySnapshot(db)).toEqual(updatedAt(before, LATER));
      const restored = await db.articles.get(article.id);
      expect(restored?.text).toBe(article.text);
      for (const s of await listStatementsForArticle(db, article.id)) {
        expect(s.orphanedAt).toBeUndefined();
        expect(article.text.slice(s.quote.start, s.quote.end)).toBe(s.quote.exact);
      }
      // The article's statement packs follow the undo in its transaction.
      expect(sortById(await listStatementsForArticle(db, article.id))).toEqual(
        sortById(before.statements as Statement[]),
      );

      expect(await applyChange(db, change, 'redo', LATER)).toEqual({ ok: true, value: undefined });
      expect(await librarySnapshot(db)).toEqual(updatedAt(after, LATER));
      expect(sortById(await listStatementsForArticle(db, article.id))).toEqual(
        sortById(after.statements as Statement[]),
      );
    });

    it('is refused, in words and writing nothing, once a statement was tagged in the edited text', async () => {
      const db = openTestDatabase();
      const { article, text, change } = await savedEdit(db);
      // Tagged where the noise was: the old text has other words there.
      const edited = { ...article, text };
      await mustSave(db, draftFor(edited, 'Blinken said in a statement'));
      const snapshot = await librarySnapshot(db);
      const undone = await applyChange(db, change, 'undo');
      expect(undone).toMatchObject({
        ok: false,
        error: expect.stringMatching(
          /Could not undo “save text”: a statement of “.+” tagged or moved since would no longer match its text\. Nothing was changed\./,
        ),
      });
      expect(await librarySnapshot(db)).toEqual(snapshot);
    });

    it('is not blocked by a change of the article’s details since: the text goes back, the new title stays', async () => {
      const db = openTestDatabase();
      const { article, text, before, change } = await savedEdit(db);
      const renamed = await updateArticleDetails(
        db,
        article.id,
        { title: 'Sanctions, renamed', source: 'The Hill' },
        NOW,
      );
      expect(renamed.ok).toBe(true);

      expect(await applyChange(db, change, 'undo', LATER)).toEqual({ ok: true, value: undefined });
      expect(await db.articles.get(article.id)).toEqual({
        ...article,
        title: 'Sanctions, renamed',
        updatedAt: LATER.toISOString(),
      });
      expect(sortById(await listStatementsForArticle(db, article.id))).toEqual(
        sortById(before.statements as Statement[]),
      );
      expect(await applyChange(db, change, 'redo', LATER)).toEqual({ ok: true, value: undefined });
      expect(await db.articles.get(article.id)).toMatchObject({
        title: 'Sanctions, renamed',
        text,
        textSha256: await textSha256(text),
      });
    });

    it('is refused when the text was edited again since', async () => {
      const db = openTestDatabase();
      const { article, text, change } = await savedEdit(db);
      const again = await saveArticleText(
        db,
        article.id,
        await textSha256(text),
        `${text}\n\nA last paragraph.`,
        [],
        NOW,
      );
      expect(again.ok).toBe(true);
      const undone = await applyChange(db, change, 'undo');
      expect(undone).toMatchObject({
        ok: false,
        error: expect.stringMatching(/the text of “.+” has been changed since/),
      });
    });
  });
});

const sortById = (statements: Statement[]) => [...statements].sort((a, b) => a.id.localeCompare(b.id));
