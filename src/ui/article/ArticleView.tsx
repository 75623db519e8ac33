import { useCallback, useMemo, useRef, useState } from 'react';
import { createAnchor } from '../../core/anchoring/createAnchor';
import type { Anchor } from '../../core/model/anchor';
import type { Speaker } from '../../core/model/speaker';
import type { Stance } from '../../core/model/statement';
import type { StatementDraft } from '../../core/statements/statementDraft';
import { ArticleReader } from '../../editor/ArticleReader';
import { nextStatementId } from '../../editor/highlights/nextStatementId';
import { useArticle } from '../data/useArticle';
import { useArticleStatements } from '../data/useArticleStatements';
import { useSpeakers } from '../data/useSpeakers';
import { useTopics } from '../data/useTopics';
import { SpeakerDialog } from '../speakers/SpeakerDialog';
import { ArticleHeader } from './ArticleHeader';
import { ArticleToolbar } from './ArticleToolbar';
import { SpeakerLegend } from './SpeakerLegend';
import { StatementSidebar } from './StatementSidebar';
import { useArticleShortcuts } from './useArticleShortcuts';
import { useHighlights } from './useHighlights';
import { usePlacedStatements } from './usePlacedStatements';
import { statementActions } from './statementActions';
import { useTextEditing } from './useTextEditing';
import { PROVISIONAL_ID, useProvisionalStatement } from './useProvisionalStatement';
import { StatementGoneContext } from './StatementGoneContext';
import { useFormStatement } from './useFormStatement';
import { currentSelectionRange, useKeepAboveSheet } from './useKeepAboveSheet';
import { StatementDeletedNotice } from './StatementDeletedNotice';
import { undoChange } from '../history/historyStore';
import type { Change } from '../../core/model/change';
import { MarkCueContext } from './MarkCueContext';
import { SelectionActions } from './SelectionActions';
import { StatementTooltip } from './StatementTooltip';
import { useTeamProjects } from '../data/useTeamProjects';
import { articleAccess } from '../team/articleAccess';
import { ShareWithProject } from '../team/ShareWithProject';
import { LayersControl } from './LayersControl';
import { useLayers } from './useLayers';

/** "Added “Ben Sasse” (Senator) to the speakers.", naming what was guessed so a wrong guess is noticed. */
function addedSentence(speaker: Speaker): string {
  const guessed = [speaker.role, speaker.kind === 'organization' ? 'an organization' : undefined]
    .filter(Boolean)
    .join(', ');
  return `Added “${speaker.name}”${guessed ? ` (${guessed})` : ''} to the speakers.`;
}

type FormState = { mode: 'new'; quote: Anchor; range: Range | null } | { mode: 'edit'; statementId: string } | null;

/** One article: its text with highlights, and the statements tagged in it. */
export function ArticleView({ articleId, statementId }: { articleId: string; statementId?: string }) {
  const article = useArticle(articleId);
  const statements = useArticleStatements(articleId);
  const speakers = useSpeakers();
  const topics = useTopics();
  const [selection, setSelection] = useState<{ start: number; end: number } | null>(null);
  const [activeId, setActiveId] = useState<string | null>(statementId ?? null);
  const [form, setForm] = useState<FormState>(statementId ? { mode: 'edit', statementId } : null);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const [deleted, setDeleted] = useState<{ id: string; change: Change } | null>(null);
  const [revealRequest, setRevealRequest] = useState(0);
  const [openedWithS, setOpenedWithS] = useState(false);
  const [editingSpeaker, setEditingSpeaker] = useState<string | null>(null);
  const textEditing = useTextEditing(article, statements);
  const text = textEditing.displayText;
  const provisional = useProvisionalStatement(statements);
  const { placed, orphans } = usePlacedStatements(text, provisional.shown);
  const projects = useTeamProjects();
  const project = article?.projectId
    ? projects?.find((p) => p.project.projectId === article.projectId)?.project
    : undefined;
  const access = articleAccess(project, articleId);
  const layers = useLayers(text, project, articleId, access.layers);
  const highlights = useHighlights(placed, speakers, layers.placed, layers.speakers);
  const byId = useMemo(
    () => ({
      statements: new Map([...placed, ...layers.placed].map((p) => [p.statement.id, p.statement])),
      speakers: new Map([...layers.speakers, ...(speakers ?? []).map((s) => [s.id, s] as const)]),
      topics: new Map([...layers.topics, ...(topics ?? []).map((t) => [t.id, t] as const)]),
    }),
    [placed, speakers, topics, layers.placed, layers.speakers, layers.topics],
  );
  const markCueRef = useRef<(() => void) | null>(null);
  const active =
    statements?.find((s) => s.id === activeId) ?? (provisional.saved?.id === activeId ? provisional.saved : undefined);

  const selectionAnchor = useCallback(
    () =>
      text !== undefined && selection && !textEditing.editing
        ? createAnchor(text, selection.start, selection.end)
        : null,
    [text, selection, textEditing.editing],
  );
  const report = (result: { ok: true } | { ok: false; error: string }, success?: string) =>
    setMessage(result.ok ? (success ? { error: false, text: success } : null) : { error: true, text: result.error });

  const tagSelection = () => {
    const quote = access.code ? selectionAnchor() : null;
    if (!quote) return;
    setMessage(null);
    setActiveId(null);
    setForm({ mode: 'new', quote, range: currentSelectionRange() });
  };
  const select = (id: string) => {
    // Another coder's statement is read-only: its tooltip tells what it is.
    if (layers.coderOf.has(id)) return;
    setOpenedWithS(false);
    setActiveId(id);
    setRevealRequest((n) => n + 1);
    setForm({ mode: 'edit', statementId: id });
  };
  const save = async (draft: StatementDraft) => {
    const settle = provisional.begin(draft);
    const result = await statementActions.save(draft);
    settle(result.ok ? result.value : null);
    if (result.ok) {
      setForm(null);
      setActiveId(result.value.id);
    }
    return result;
  };
  const remove = async (id: string) => {
    const result = await statementActions.remove(id);
    if (!result.ok) return report(result);
    setMessage(null);
    setDeleted({ id, change: result.value });
    setForm(null);
    setActiveId(null);
  };
  const undoDelete = async () => {
    if (!deleted) return;
    setDeleted(null);
    const result = await undoChange(deleted.change);
    if (!result.ok) return report(result);
    setActiveId(deleted.id);
    setRevealRequest((n) => n + 1);
  };
  const setStance = async (stance: Stance | undefined) => {
    if (active) report(await statementActions.setStance(active, stance));
  };
  const reattach = async (id: string) => {
    const quote = selectionAnchor();
    if (!quote)
      return report({
        ok: false,
        error: 'Select the words this statement should point at, then press “Re-attach to selection”.',
      });
    const result = await statementActions.reattach(id, quote);
    report(result);
    if (!result.ok) return;
    setForm(null);
    textEditing.dismissMessage();
  };
  const suggest = async () => {
    if (!article) return;
    const result = await statementActions.suggest(article);
    report(
      result,
      result.ok
        ? `${result.value} statement${result.value === 1 ? '' : 's'} suggested. Review them in the sidebar: Accept (A) or Reject (R).`
        : undefined,
    );
  };
  const review = async (verdict: 'accept' | 'reject', ids: string[]) => {
    if (ids.length === 0) return;
    report(await statementActions[verdict](ids));
    if (verdict === 'reject' && activeId && ids.includes(activeId)) {
      setActiveId(null);
      setForm(null);
    }
  };
  const newSpeakerFromSelection = async () => {
    const quote = selectionAnchor();
    if (!quote) return;
    const result = await statementActions.createSpeakerFromSelection(quote.exact);
    report(result, result.ok ? addedSentence(result.value) : undefined);
  };

  useArticleShortcuts({
    tag: tagSelection,
    move: (direction) => {
      const next = nextStatementId(highlights, activeId, direction);
      if (next) select(next);
    },
    setStance: (stance) => void setStance(stance),
    // With the form open, the form handles S (and C) itself.
    openSpeaker:
      form || !activeId
        ? undefined
        : () => {
            setOpenedWithS(true);
            setForm({ mode: 'edit', statementId: activeId });
          },
    remove: () => activeId && void remove(activeId),
    accept: () => active?.status === 'pending' && void review('accept', [active.id]),
    reject: () => active?.status === 'pending' && void review('reject', [active.id]),
    escape: () => (form ? setForm(null) : setActiveId(null)),
  });

  useKeepAboveSheet(
    form,
    article !== undefined &&
      article !== null &&
      text !== undefined &&
      statements !== undefined &&
      speakers !== undefined,
  );
  const edited = useFormStatement(form?.mode === 'edit' ? form.statementId : undefined, statements);
  const formData = useMemo(() => {
    if (form?.mode === 'new') return { quote: form.quote };
    return edited.statement ? { quote: edited.statement.quote, statement: edited.statement } : null;
  }, [form, edited.statement]);

  if (article === null) {
    return (
      <p role="alert">
        This article is not in the library (it may have been deleted). <a href="#/">Go to the Library</a>.
      </p>
    );
  }
  // The text waits for its statements and speakers too, so the editor is
  // created once with every highlight in its colour instead of redrawn.
  if (article === undefined || text === undefined || statements === undefined || speakers === undefined) {
    return <p aria-busy="true">Loading…</p>;
  }
  const speakerToEdit = editingSpeaker ? speakers?.find((s) => s.id === editingSpeaker) : undefined;

  return (
    <MarkCueContext value={markCueRef}>
      <div className={form ? 'qm-article-view qm-article-view--sheet' : 'qm-article-view'}>
        <div className="qm-reading">
          <ArticleHeader article={article} canEdit={access.editArticle} projectName={project?.projectName} />
          <ArticleToolbar
            access={access}
            more={
              !project && (
                <ShareWithProject
                  articleId={article.id}
                  projects={(projects ?? []).map((p) => p.project).filter((p) => p.role === 'owner')}
                />
              )
            }
            text={text}
            selection={textEditing.editing ? null : selection}
            editing={textEditing}
            onTag={tagSelection}
            onNewSpeaker={() => void newSpeakerFromSelection()}
            onSuggest={() => void suggest()}
          />
          {message && (
            <p role={message.error ? 'alert' : 'status'} className={message.error ? 'qm-error' : 'qm-notice'}>
              {message.text}
            </p>
          )}
          {deleted && (
            <StatementDeletedNotice
              change={deleted.change}
              onUndo={() => void undoDelete()}
              onDismiss={() => setDeleted(null)}
            />
          )}
          <LayersControl
            coders={layers.others}
            all={project?.coders ?? []}
            shown={layers.shown}
            onToggle={layers.toggle}
          />
          <SpeakerLegend statements={placed.map((p) => p.statement)} speakers={speakers ?? []} />
          <ArticleReader
            text={text}
            label={`Text of ${article.title}`}
            highlights={highlights}
            activeStatementId={activeId}
            revealRequest={revealRequest}
            onSelectionChange={setSelection}
            onHighlightClick={select}
            editable={textEditing.editing}
            onEdit={textEditing.onEdit}
            renderTooltip={(ids) => (
              <StatementTooltip ids={ids} articleId={article.id} {...byId} coderOf={layers.coderOf} onSelect={select} />
            )}
            selectionActions={
              access.code && (
                <SelectionActions
                  onTag={tagSelection}
                  onNewSpeaker={() => void newSpeakerFromSelection()}
                  onMarkCue={form ? () => markCueRef.current?.() : undefined}
                />
              )
            }
          />
        </div>
        <StatementGoneContext value={edited.gone}>
          <StatementSidebar
            articleId={article.id}
            form={formData}
            placed={placed.map((p) => p.statement).filter((s) => s.id !== PROVISIONAL_ID)}
            orphans={orphans}
            speakers={speakers ?? []}
            topics={topics ?? []}
            activeId={activeId}
            onSelect={select}
            onSave={save}
            onDelete={(id) => void remove(id)}
            onReattach={(id) => void reattach(id)}
            onCancel={() => setForm(null)}
            onAccept={(ids) => void review('accept', ids)}
            onReject={(ids) => void review('reject', ids)}
            formSupport={{
              selectionAnchor,
              onAddAlias: statementActions.addAlias,
              onEditSpeaker: setEditingSpeaker,
              focusSpeakerOnOpen: openedWithS,
              editingText: textEditing.editing,
            }}
          />
        </StatementGoneContext>
        {speakerToEdit && <SpeakerDialog speaker={speakerToEdit} onClose={() => setEditingSpeaker(null)} />}
      </div>
    </MarkCueContext>
  );
}
