import type { Anchor } from '../../core/model/anchor';
import type { Speaker } from '../../core/model/speaker';
import type { Statement } from '../../core/model/statement';
import type { Topic } from '../../core/model/topic';
import type { Result } from '../../core/result';
import type { StatementDraft } from '../../core/statements/statementDraft';
import { useState } from 'react';
import { filterStatements, NO_FILTERS } from '../../core/statements/filterStatements';
import { StatementFilterBar } from './StatementFilterBar';
import { StatementForm } from './StatementForm';
import { StatementList } from './StatementList';
import '../common/buttonGroup.css';

interface Props {
  articleId: string;
  form: { quote: Anchor; statement?: Statement } | null;
  placed: Statement[];
  orphans: Statement[];
  speakers: Speaker[];
  topics: Topic[];
  activeId: string | null;
  onSelect: (id: string) => void;
  onSave: (draft: StatementDraft) => Promise<Result<unknown>>;
  onDelete: (id: string) => void;
  onReattach?: (id: string) => void;
  onCancel: () => void;
  onAccept: (ids: string[]) => void;
  onReject: (ids: string[]) => void;
  formSupport: Pick<
    Parameters<typeof StatementForm>[0],
    'selectionAnchor' | 'onAddAlias' | 'onEditSpeaker' | 'focusSpeakerOnOpen' | 'editingText'
  >;
}

/** The statement form, the article's statements in text order, and its orphans. */
export function StatementSidebar(props: Props) {
  const { form, placed, orphans, speakers, topics, activeId, onSelect } = props;
  const speakerById = new Map(speakers.map((s) => [s.id, s]));
  const topicById = new Map(topics.map((t) => [t.id, t]));
  const editing = form?.statement;
  const [filtering, setFiltering] = useState(false);
  const [filters, setFilters] = useState(NO_FILTERS);
  const shown = filtering ? filterStatements(placed, filters, { speakers: speakerById, topics: topicById }) : placed;
  const pendingIds = [...placed, ...orphans].filter((s) => s.status === 'pending').map((s) => s.id);
  const accept = (id: string) => props.onAccept([id]);
  const reject = (id: string) => props.onReject([id]);
  return (
    <aside className="qm-sidebar" aria-label="Statements">
      {form && (
        // On a narrow screen this is a bottom sheet over the text (responsive.css).
        <div className="qm-form-sheet">
          <StatementForm
            key={editing ? editing.id : `${form.quote.start}-${form.quote.end}`}
            articleId={props.articleId}
            quote={form.quote}
            statement={editing}
            speakers={speakers}
            topics={topics}
            onSave={props.onSave}
            onDelete={editing ? () => props.onDelete(editing.id) : undefined}
            onReattach={editing?.orphanedAt && props.onReattach ? () => props.onReattach?.(editing.id) : undefined}
            onCancel={props.onCancel}
            {...props.formSupport}
          />
        </div>
      )}
      <h2>
        Statements ({shown.length === placed.length ? placed.length : `${shown.length} of ${placed.length}`}){' '}
        <button
          type="button"
          className="qm-small qm-quiet"
          aria-expanded={filtering}
          onClick={() => setFiltering((f) => !f)}
        >
          Filter
        </button>
      </h2>
      {pendingIds.length > 0 && (
        <p className="qm-toolbar">
          <span className="qm-hint">{pendingIds.length} suggested, awaiting review.</span>
          <span role="group" aria-label="Suggestions" className="qm-button-group">
            <button type="button" onClick={() => props.onAccept(pendingIds)}>
              Accept all
            </button>
            <button type="button" onClick={() => props.onReject(pendingIds)}>
              Reject all
            </button>
          </span>
        </p>
      )}
      {filtering && <StatementFilterBar filters={filters} onChange={setFilters} speakers={speakers} topics={topics} />}
      {placed.length === 0 && <p className="qm-empty">No statements yet. Select words in the text and press T.</p>}
      <StatementList
        label="Statements in text order"
        statements={shown}
        speakers={speakerById}
        topics={topicById}
        activeId={activeId}
        onSelect={onSelect}
        onAccept={accept}
        onReject={reject}
      />
      {orphans.length > 0 && (
        <>
          <h2>Orphans ({orphans.length})</h2>
          <p className="qm-hint">
            Their words are no longer in the text. Choose one, then select new words and press “Re-attach to selection”,
            or delete it.
          </p>
          <StatementList
            label="Orphans"
            statements={orphans}
            speakers={speakerById}
            topics={topicById}
            activeId={activeId}
            onSelect={onSelect}
          />
        </>
      )}
    </aside>
  );
}
