import { useEffect, useMemo, useRef, useState } from 'react';
import {
  acceptVersion,
  editGold,
  rejectUnit,
  writeOwn,
  type Curator,
  type GoldFields,
} from '../../core/curation/curate';
import { curationProgress, curationRows, type CurationRow } from '../../core/curation/curationRows';
import type { GoldStatement } from '../../core/curation/goldStatement';
import type { Statement } from '../../core/model/statement';
import { appDatabase } from '../../storage/database/appDatabase';
import { saveGold, type CurationData } from '../../storage/team/curationRepository';
import { KIND_LABELS, STANCE_LABELS } from '../common/statementLabels';
import { GoldForm } from './GoldForm';

const DISAGREEMENT_WORDS = {
  'only-some': 'Only some coders marked this',
  speaker: 'Speaker differs',
  kind: 'Kind differs',
  topic: 'Topic differs',
  stance: 'Stance differs',
} as const;

/** The units of one article, one lane per coder and a Gold column, curated by buttons or keys. */
export function ArticleCuration({ data }: { data: CurationData }) {
  const { project } = data;
  const { lanes, rows } = useMemo(
    () =>
      curationRows({
        coders: data.coders,
        textLength: data.article.text.length,
        statements: data.statements,
        gold: data.gold,
        speakerNames: new Map(data.speakers.map((s) => [s.id, s.name])),
        topicLabels: new Map(data.topics.map((t) => [t.id, t.label])),
      }),
    [data],
  );
  const [focused, setFocused] = useState(-1);
  const [editing, setEditing] = useState<{ row: number; own: boolean } | null>(null);
  const rowRefs = useRef<(HTMLTableRowElement | null)[]>([]);
  const { resolved, disagreements } = curationProgress(rows);
  const curator: Curator = { id: project.coderId, name: project.coderName };
  const speakerName = (id: string | null) => (id ? (data.speakers.find((s) => s.id === id)?.name ?? id) : '—');
  const topicLabel = (id?: string) => (id ? (data.topics.find((t) => t.id === id)?.label ?? id) : '—');

  const keep = (gold: GoldStatement | null) => {
    if (!gold) return;
    void saveGold(appDatabase, project.projectId, gold, {
      speaker: data.speakers.find((s) => s.id === gold.speakerId),
      topic: data.topics.find((t) => t.id === gold.topicId),
    });
  };
  const focusRow = (index: number) => {
    setFocused(index);
    rowRefs.current[index]?.focus();
  };
  const onKeyDown = (event: globalThis.KeyboardEvent) => {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.target instanceof Element && event.target.closest('input, select, textarea, form')) return;
    const key = event.key.toUpperCase();
    if (key === 'N' || key === 'P') {
      const step = key === 'N' ? 1 : -1;
      for (let i = focused + step; i >= 0 && i < rows.length; i += step) {
        if (rows[i]?.disagreements.length) {
          event.preventDefault();
          focusRow(i);
          return;
        }
      }
      return;
    }
    const lane = lanes.findIndex((l) => l.letter === key);
    const row = rows[focused];
    if (lane >= 0 && row) {
      event.preventDefault();
      keep(acceptVersion(row, lanes, lane, curator));
    }
  };

  // Keys work wherever focus is on the page (but in a field): the page is this view.
  useEffect(() => {
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  });

  const versionText = (s: Statement | null) =>
    s
      ? `Speaker: ${speakerName(s.speakerId)} · Kind: ${KIND_LABELS[s.kind]} · Topic: ${topicLabel(s.topicId)} · Stance: ${s.stance ? STANCE_LABELS[s.stance] : '—'}`
      : 'not marked';
  const goldText = (row: CurationRow) => {
    const gold = row.gold;
    if (!gold) return 'No gold yet';
    const from = gold.provenance.from
      ? `from ${lanes.find((l) => l.id === gold.provenance.from)?.letter ?? ''} (${gold.provenance.fromName ?? gold.provenance.from})`
      : 'written by the curator';
    const verdict = gold.rejected ? 'Rejected: not a quote' : versionText(gold);
    return `${verdict} — ${from}${gold.provenance.edited ? ', edited' : ''}, curated by ${gold.provenance.curatedBy.name}`;
  };

  return (
    <div>
      <p role="status">
        {resolved} of {disagreements} disagreements resolved
      </p>
      <p className="qm-hint">
        Keys: N next disagreement, P previous; {lanes.map((l) => l.letter).join(', ')} accept that coder’s version for
        the focused unit.
      </p>
      {rows.length === 0 ? (
        <p className="qm-empty">No coder has marked a quote in this article yet.</p>
      ) : (
        <table className="qm-table" aria-label="Units by coder">
          <thead>
            <tr>
              <th scope="col">Quote</th>
              {lanes.map((lane) => (
                <th key={lane.id} scope="col">
                  {lane.letter} ({lane.name})
                </th>
              ))}
              <th scope="col">Gold</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => {
              const quote = row.gold?.quote.exact ?? row.versions.find((v) => v !== null)?.quote.exact ?? '';
              const base = row.gold ?? row.versions.find((v) => v !== null);
              return (
                <tr
                  key={`${row.start}-${row.end}-${row.gold?.id ?? ''}`}
                  ref={(el) => {
                    rowRefs.current[index] = el;
                  }}
                  tabIndex={-1}
                  aria-current={focused === index ? 'true' : undefined}
                  onFocus={() => setFocused(index)}
                  className={focused === index ? 'qm-row-focused' : undefined}
                >
                  <th scope="row">
                    “{quote}”
                    {row.disagreements.length > 0 && (
                      <span className="qm-hint">
                        {' '}
                        — {row.disagreements.map((d) => DISAGREEMENT_WORDS[d]).join('; ')}
                      </span>
                    )}
                  </th>
                  {row.versions.map((version, lane) => (
                    <td key={lanes[lane]?.id}>{versionText(version)}</td>
                  ))}
                  <td>{goldText(row)}</td>
                  <td>
                    {row.versions.map((version, lane) => {
                      const l = lanes[lane];
                      return version && l ? (
                        <button key={l.id} type="button" onClick={() => keep(acceptVersion(row, lanes, lane, curator))}>
                          Accept {l.letter} ({l.name})
                        </button>
                      ) : null;
                    })}
                    <button type="button" onClick={() => setEditing({ row: index, own: false })}>
                      Edit gold
                    </button>
                    <button type="button" onClick={() => setEditing({ row: index, own: true })}>
                      Write own
                    </button>
                    <button type="button" onClick={() => keep(rejectUnit(row, curator))}>
                      Reject unit
                    </button>
                    {editing?.row === index && base && (
                      <GoldForm
                        initial={
                          editing.own
                            ? { speakerId: null, kind: base.kind }
                            : {
                                speakerId: base.speakerId,
                                kind: base.kind,
                                topicId: base.topicId,
                                stance: base.stance,
                                claim: base.claim,
                              }
                        }
                        speakers={data.speakers}
                        topics={data.topics}
                        onCancel={() => setEditing(null)}
                        onSave={(fields: GoldFields) => {
                          keep(editing.own ? writeOwn(row, fields, curator) : editGold(row, fields, curator));
                          setEditing(null);
                        }}
                      />
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </div>
  );
}
