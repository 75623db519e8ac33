import { useMemo, useState } from 'react';
import { LIBRARY_TABLES, type ImportPolicy } from '../../core/import/ImportPlan';
import { planImport } from '../../core/import/planImport';
import { appDatabase } from '../../storage/appDatabase';
import { importLibrary } from '../../storage/importLibrary';
import { catchStorageFailure } from '../../storage/storageFailure';
import type { ReadyImport } from './readImportFile';
import { ErrorMessage } from '../common/ErrorMessage';

const TABLE_NAMES = { articles: 'Articles', speakers: 'Speakers', topics: 'Topics', statements: 'Statements' } as const;
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

/** What an import will do, table by table, before the person confirms it. */
export function ImportPreview({ ready, onCancel, onDone }: Props) {
  const [policy, setPolicy] = useState<ImportPolicy>('newer');
  const [mergeSpeakers, setMergeSpeakers] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const plan = useMemo(() => planImport(ready.incoming, ready.existing, policy, { mergeSpeakers }), [ready, policy, mergeSpeakers]);
  const changed = LIBRARY_TABLES.some((t) => plan.tables[t].changed.length > 0);
  const nothingToDo = plan.write.articles.length + plan.write.speakers.length + plan.write.topics.length + plan.write.statements.length === 0;

  const confirm = async () => {
    const result = await catchStorageFailure(importLibrary(appDatabase, plan));
    if (!result.ok) return setError(result.error);
    const written = LIBRARY_TABLES.map((t) => `${result.value[t]} ${TABLE_NAMES[t].toLowerCase()}`).join(', ');
    onDone(`Imported “${ready.fileName}”: ${written} written.`);
  };

  return (
    <section className="qm-import-preview" aria-label="Import preview">
      <h2>Import “{ready.fileName}”?</h2>
      <table className="qm-table">
        <thead>
          <tr>
            <th scope="col">Records</th>
            <th scope="col" className="qm-num">New</th>
            <th scope="col" className="qm-num">Identical</th>
            <th scope="col" className="qm-num">Changed</th>
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
          Merge {plan.merges.length} speaker{plan.merges.length === 1 ? '' : 's'} with the same name into the existing ones (
          {plan.merges.map((m) => m.name).join(', ')})
        </label>
      )}
      {plan.unplaced.length > 0 && (
        <div className="qm-notice">
          {plan.unplaced.length} statement{plan.unplaced.length === 1 ? '' : 's'} will be left out: {plan.unplaced.length === 1 ? 'its' : 'their'} article is
          in the library with a different text that lacks the words:
          <ul>
            {plan.unplaced.slice(0, 10).map((u) => (
              <li key={u.id}>“{u.exact.length > 80 ? `${u.exact.slice(0, 77)}…` : u.exact}”</li>
            ))}
          </ul>
        </div>
      )}
      {ready.notices.map((n) => (
        <p key={n} className="qm-hint">
          {n}
        </p>
      ))}
      {nothingToDo && <p className="qm-hint">Everything in this file is already in the library; importing changes nothing.</p>}
      <ErrorMessage message={error} />
      <div className="qm-actions">
        <button type="button" onClick={() => void confirm()}>
          Confirm import
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </section>
  );
}
