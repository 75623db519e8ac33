import { useMemo, useState } from 'react';
import { LIBRARY_TABLES, type ImportPolicy, type LibraryTable } from '../../core/import/ImportPlan';
import { planEffect } from '../../core/import/planEffect';
import { planImport } from '../../core/import/planImport';
import { plural } from '../../core/text/plural';
import { appDatabase } from '../../storage/database/appDatabase';
import { importLibrary } from '../../storage/exchange/importLibrary';
import { settleWrite } from '../common/settleWrite';
import type { ReadyImport } from './readImportFile';
import { ErrorMessage } from '../common/ErrorMessage';
import { importRefusalSentence } from './importRefusalSentence';
import { PlacementReport } from './PlacementReport';

const TABLE_NAMES = { articles: 'Articles', speakers: 'Speakers', topics: 'Topics', statements: 'Statements' } as const;
const RECORD_NAMES: Record<LibraryTable, string> = {
  articles: 'article',
  speakers: 'speaker',
  topics: 'topic',
  statements: 'statement',
};
const POLICIES: [ImportPolicy, string][] = [
  ['newer', 'Keep the newer version (by last change)'],
  ['mine', 'Keep mine'],
  ['theirs', 'Take the file’s'],
];

interface Props {
  ready: ReadyImport;
  onCancel: () => void;
  onDone: (summary: string) => void;
}

/**
 * What an import will do, table by table, before the person confirms it.
 * Statements that cannot be placed are named in an alert; nothing is
 * written unless the person ticks "Import the N … that can be placed" and
 * then confirms.
 */
export function ImportPreview({ ready, onCancel, onDone }: Props) {
  const [policy, setPolicy] = useState<ImportPolicy>('newer');
  const [mergeSpeakers, setMergeSpeakers] = useState(true);
  const [importRest, setImportRest] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const plan = useMemo(
    () =>
      planImport(ready.incoming, ready.existing, policy, {
        mergeSpeakers,
        placement: ready.placement,
        statementPaths: ready.statementPaths,
      }),
    [ready, policy, mergeSpeakers],
  );
  const changed = LIBRARY_TABLES.some((t) => plan.tables[t].changed.length > 0);
  const effect = planEffect(plan);
  const mayConfirm = plan.unplaced.length === 0 || importRest;

  const confirm = async () => {
    if (!mayConfirm) return;
    const result = await settleWrite(importLibrary(appDatabase, plan));
    if (!result.ok) return setError(importRefusalSentence(result.error));
    const written = LIBRARY_TABLES.map((t) => plural(result.value[t], RECORD_NAMES[t])).join(', ');
    const left =
      plan.unplaced.length > 0
        ? ` ${plural(plan.unplaced.length, 'statement')} that could not be placed ${plan.unplaced.length === 1 ? 'was' : 'were'} left out.`
        : '';
    onDone(`Imported “${ready.fileName}”: ${written} written.${left}`);
  };

  return (
    <section className="qm-import-preview" aria-label="Import preview">
      <h2>Import “{ready.fileName}”?</h2>
      <table className="qm-table">
        <thead>
          <tr>
            <th scope="col">Records</th>
            <th scope="col" className="qm-num">
              New
            </th>
            <th scope="col" className="qm-num">
              Identical
            </th>
            <th scope="col" className="qm-num">
              Changed
            </th>
          </tr>
        </thead>
        <tbody>
          {LIBRARY_TABLES.map((t) => (
            <tr key={t}>
              <th scope="row">{TABLE_NAMES[t]}</th>
              <td className="qm-num">{plan.tables[t].new.length}</td>
              <td className="qm-num">{plan.tables[t].identical.length}</td>
              <td className="qm-num">{plan.tables[t].changed.length}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {changed && (
        <label className="qm-inline-field">
          When a record differs
          <select value={policy} onChange={(e) => setPolicy(e.target.value as ImportPolicy)}>
            {POLICIES.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
      )}
      {plan.merges.length > 0 && (
        <label className="qm-inline-field">
          <input type="checkbox" checked={mergeSpeakers} onChange={(e) => setMergeSpeakers(e.target.checked)} />
          Merge {plural(plan.merges.length, 'speaker')} with the same name into the existing ones (
          {plan.merges.map((m) => m.name).join(', ')})
        </label>
      )}
      <PlacementReport plan={plan} importRest={importRest} onImportRest={setImportRest} />
      {ready.w3c && (
        <p className="qm-hint">
          W3C annotations bring statements only: they land on articles already in the library; the speakers and topics
          they name are found there by name, or added.
        </p>
      )}
      {effect.kind === 'nothing-new' && (
        <p className="qm-hint">
          Everything in this file{plan.unplaced.length > 0 ? ' that can be placed' : ''} is already in the library;
          importing changes nothing.
        </p>
      )}
      {effect.kind === 'library-kept' && (
        <p className="qm-hint">
          {plural(effect.differing, 'record')} in this file {effect.differing === 1 ? 'differs' : 'differ'} from the
          library; “{POLICIES.find(([value]) => value === policy)?.[1]}” keeps the library’s{' '}
          {effect.differing === 1 ? 'version' : 'versions'}, so no record will be written.
        </p>
      )}
      <ErrorMessage message={error} />
      <div className="qm-actions">
        <button type="button" disabled={!mayConfirm} onClick={() => void confirm()}>
          Confirm import
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </section>
  );
}
