import type { TeamProjectRecord } from '../../storage/database/teamRecords';
import { conflictHref, conflictSubject, conflictValue, recordKind } from './conflictWords';

/**
 * A project's same-field conflicts: each field two people set without
 * seeing each other's value, both values with who and when, and a link to
 * the record, where setting the field again settles it.
 */
export function ConflictList({ project }: { project: TeamProjectRecord }) {
  const conflicts = project.conflicts ?? [];
  if (conflicts.length === 0) return null;
  // The codebook lists every coder by name; this device knows its own coder's name before the codebook arrives.
  const nameOf = (id: string) =>
    project.coders.find((c) => c.id === id)?.name ?? (id === project.coderId ? project.coderName : id);
  return (
    <section aria-label={`Conflicting edits in ${project.projectName}`} className="qm-team-conflicts">
      <h4>Conflicting edits</h4>
      <p className="qm-hint">
        Two people set these fields without seeing each other’s value; the later value shows. Changing the field again
        settles it.
      </p>
      <ul>
        {conflicts.map((conflict) => (
          <li key={`${conflict.table}/${conflict.id}/${conflict.field}`}>
            {conflictSubject(conflict)}: {conflictValue(conflict.current, nameOf)} replaced{' '}
            {conflict.others.map((other) => conflictValue(other, nameOf)).join(' and ')} without seeing it.{' '}
            <a href={conflictHref(conflict)}>Open {recordKind(conflict).toLowerCase()}</a>
          </li>
        ))}
      </ul>
    </section>
  );
}
