import { useMemo, useState } from 'react';
import { createAnchor } from '../../core/anchoring/createAnchor';
import type { Anchor } from '../../core/model/anchor';
import type { StatementDraft } from '../../core/statements/statementDraft';
import { ArticleText } from '../../editor/ArticleText';
import { appDatabase } from '../../storage/appDatabase';
import { reattachStatement } from '../../storage/reattachStatement';
import { deleteStatement, saveStatement } from '../../storage/statementRepository';
import { useArticle } from '../data/useArticle';
import { useArticleStatements } from '../data/useArticleStatements';
import { useSpeakers } from '../data/useSpeakers';
import { useTopics } from '../data/useTopics';
import { ArticleHeader } from './ArticleHeader';
import { ArticleToolbar } from './ArticleToolbar';
import { StatementSidebar } from './StatementSidebar';
import { useHighlights } from './useHighlights';
import { usePlacedStatements } from './usePlacedStatements';
import { useShortcut } from './useShortcut';
import { useTextEditing } from './useTextEditing';

type FormState = { mode: 'new'; quote: Anchor } | { mode: 'edit'; statementId: string } | null;

/** One article: its text with highlights, and the statements tagged in it. */
export function ArticleView({ articleId, statementId }: { articleId: string; statementId?: string }) {
  const article = useArticle(articleId);
  const statements = useArticleStatements(articleId);
  const speakers = useSpeakers();
  const topics = useTopics();
  const [selection, setSelection] = useState<{ start: number; end: number } | null>(null);
  const [activeId, setActiveId] = useState<string | null>(statementId ?? null);
  const [form, setForm] = useState<FormState>(statementId ? { mode: 'edit', statementId } : null);
  const [error, setError] = useState<string | null>(null);
  const [revealRequest, setRevealRequest] = useState(0);
  const textEditing = useTextEditing(article, statements);
  const text = textEditing.displayText;
  const { placed, orphans } = usePlacedStatements(text, statements);
  const highlights = useHighlights(placed, speakers);

  const selectionAnchor = () => (text !== undefined && selection ? createAnchor(text, selection.start, selection.end) : null);
  const tagSelection = () => {
    const quote = textEditing.editing ? null : selectionAnchor();
    if (!quote) return;
    setError(null);
    setActiveId(null);
    setForm({ mode: 'new', quote });
  };
  useShortcut('t', tagSelection);

  const select = (id: string) => {
    setActiveId(id);
    setRevealRequest((n) => n + 1);
    setForm({ mode: 'edit', statementId: id });
  };
  const save = async (draft: StatementDraft) => {
    const result = await saveStatement(appDatabase, draft);
    if (result.ok) {
      setForm(null);
      setActiveId(result.value.id);
    }
    return result;
  };
  const settle = (result: { ok: true } | { ok: false; error: string }) => {
    if (!result.ok) return setError(result.error);
    setError(null);
    setForm(null);
  };
  const remove = async (id: string) => {
    settle(await deleteStatement(appDatabase, id));
    setActiveId(null);
  };
  const reattach = async (id: string) => {
    const quote = selectionAnchor();
    if (!quote) return setError('Select the words this statement should point at, then press “Re-attach to selection”.');
    settle(await reattachStatement(appDatabase, id, quote));
  };

  const formData = useMemo(() => {
    if (form?.mode === 'new') return { quote: form.quote };
    const statement = form ? statements?.find((s) => s.id === form.statementId) : undefined;
    return statement ? { quote: statement.quote, statement } : null;
  }, [form, statements]);

  if (article === null) {
    return (
      <p role="alert">
        This article is not in the library (it may have been deleted). <a href="#/">Go to the Library</a>.
      </p>
    );
  }
  if (article === undefined || text === undefined) return <p aria-busy="true">Loading…</p>;

  return (
    <div className="qm-article-view">
      <div className="qm-reading">
        <ArticleHeader article={article} />
        <ArticleToolbar text={text} selection={textEditing.editing ? null : selection} editing={textEditing} onTag={tagSelection} />
        {error && (
          <p role="alert" className="qm-error">
            {error}
          </p>
        )}
        <ArticleText
          text={text}
          label={`Text of ${article.title}`}
          highlights={highlights}
          activeStatementId={activeId}
          revealRequest={revealRequest}
          onSelectionChange={setSelection}
          onHighlightClick={select}
          editable={textEditing.editing}
          onEdit={textEditing.onEdit}
        />
      </div>
      <StatementSidebar
        articleId={article.id}
        form={formData}
        placed={placed.map((p) => p.statement)}
        orphans={orphans}
        speakers={speakers ?? []}
        topics={topics ?? []}
        activeId={activeId}
        onSelect={select}
        onSave={save}
        onDelete={remove}
        onReattach={reattach}
        onCancel={() => setForm(null)}
      />
    </div>
  );
}
