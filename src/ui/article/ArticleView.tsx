import { useMemo, useState } from 'react';
import { createAnchor } from '../../core/anchoring/createAnchor';
import type { Anchor } from '../../core/model/anchor';
import type { StatementDraft } from '../../core/statements/statementDraft';
import { ArticleText } from '../../editor/ArticleText';
import type { HighlightSpec } from '../../editor/highlightDecorations';
import { appDatabase } from '../../storage/appDatabase';
import { deleteStatement, saveStatement } from '../../storage/statementRepository';
import { formatDate } from '../common/formatDate';
import { useArticle } from '../data/useArticle';
import { useArticleStatements } from '../data/useArticleStatements';
import { useSpeakers } from '../data/useSpeakers';
import { useTopics } from '../data/useTopics';
import { StatementForm } from './StatementForm';
import { StatementList } from './StatementList';
import { KIND_LABELS, STANCE_LABELS } from './statementLabels';
import { usePlacedStatements } from './usePlacedStatements';
import { useShortcut } from './useShortcut';

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
  const { placed, orphans } = usePlacedStatements(article?.text, statements);
  const speakerById = useMemo(() => new Map((speakers ?? []).map((s) => [s.id, s])), [speakers]);
  const topicById = useMemo(() => new Map((topics ?? []).map((t) => [t.id, t])), [topics]);

  const highlights = useMemo<HighlightSpec[]>(
    () =>
      placed.map(({ statement: s, start, end }) => {
        const speaker = s.speakerId ? speakerById.get(s.speakerId) : undefined;
        const parts = [speaker?.name ?? 'No speaker', KIND_LABELS[s.kind], s.stance ? STANCE_LABELS[s.stance] : undefined];
        return { id: s.id, start, end, color: speaker?.color ?? '#e0e0e0', label: parts.filter(Boolean).join(' · '), pending: s.status === 'pending' };
      }),
    [placed, speakerById],
  );

  const tagSelection = () => {
    if (!article || !selection) return;
    const quote = createAnchor(article.text, selection.start, selection.end);
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

  const remove = async (id: string) => {
    const result = await deleteStatement(appDatabase, id);
    if (!result.ok) return setError(result.error);
    setForm(null);
    setActiveId(null);
  };

  if (article === undefined) return <p aria-busy="true">Loading…</p>;
  if (article === null) {
    return (
      <p role="alert">
        This article is not in the library (it may have been deleted). <a href="#/">Go to the Library</a>.
      </p>
    );
  }

  const editing = form?.mode === 'edit' ? statements?.find((s) => s.id === form.statementId) : undefined;
  const formQuote = form?.mode === 'new' ? form.quote : editing?.quote;
  const selectedText = selection ? article.text.slice(selection.start, selection.end) : '';

  return (
    <div className="qm-article-view">
      <div className="qm-reading">
        <header className="qm-article-header">
          <h1>{article.title}</h1>
          <p className="qm-meta">
            {[article.source, article.author, formatDate(article.publishedAt)].filter(Boolean).join(' · ')}
          </p>
        </header>
        <div className="qm-toolbar" role="toolbar" aria-label="Annotation">
          <button type="button" onClick={tagSelection} disabled={!selection} aria-keyshortcuts="T" title="Tag the selected text (T)">
            Tag statement
          </button>
          <span className="qm-hint" aria-live="polite">
            {selection ? `Selected: “${selectedText.length > 60 ? `${selectedText.slice(0, 57)}…` : selectedText}”` : 'Select the words someone said, then press T.'}
          </span>
        </div>
        <ArticleText
          text={article.text}
          label={`Text of ${article.title}`}
          highlights={highlights}
          activeStatementId={activeId}
          revealRequest={revealRequest}
          onSelectionChange={setSelection}
          onHighlightClick={select}
        />
      </div>
      <aside className="qm-sidebar" aria-label="Statements">
        {error && (
          <p role="alert" className="qm-error">
            {error}
          </p>
        )}
        {form && formQuote && (
          <StatementForm
            key={form.mode === 'edit' ? form.statementId : `${formQuote.start}-${formQuote.end}`}
            articleId={article.id}
            quote={formQuote}
            statement={editing}
            speakers={speakers ?? []}
            topics={topics ?? []}
            onSave={save}
            onDelete={editing ? () => remove(editing.id) : undefined}
            onCancel={() => setForm(null)}
          />
        )}
        <h2>Statements ({placed.length})</h2>
        {placed.length === 0 && <p className="qm-empty">No statements yet.</p>}
        <StatementList
          label="Statements in text order"
          statements={placed.map((p) => p.statement)}
          speakers={speakerById}
          topics={topicById}
          activeId={activeId}
          onSelect={select}
        />
        {orphans.length > 0 && (
          <>
            <h2>Orphans ({orphans.length})</h2>
            <p className="qm-hint">These statements’ quotes are no longer in the text. They are kept; select one to review or delete it.</p>
            <StatementList label="Orphans" statements={orphans} speakers={speakerById} topics={topicById} activeId={activeId} onSelect={select} />
          </>
        )}
      </aside>
    </div>
  );
}
