import { CHANGE_TABLES, type Change } from '../model/change';

/**
 * Whether two steps depend on each other: they touched a record in common
 * (same table, same id), or one saved a statement naming a speaker or topic
 * the other created. Undoing the creating step would otherwise leave that
 * statement naming nothing, so the other step stands in its way as surely
 * as one that edited the same record.
 */
export function changesOverlap(a: Change, b: Change): boolean {
  const shared = CHANGE_TABLES.some((table) => {
    const ids = a.before[table];
    if (!ids) return false;
    return Object.keys(b.before[table] ?? {}).some((id) => id in ids);
  });
  return shared || namesCreated(a, b) || namesCreated(b, a);
}

/** Whether a statement as `user` leaves it names a speaker or topic `creator` created. */
function namesCreated(user: Change, creator: Change): boolean {
  const created = (table: 'speakers' | 'topics') =>
    new Set(
      Object.keys(creator.after[table] ?? {}).filter(
        (id) => creator.before[table]?.[id] === null && creator.after[table]?.[id] !== null,
      ),
    );
  const speakers = created('speakers');
  const topics = created('topics');
  if (speakers.size === 0 && topics.size === 0) return false;
  return Object.values(user.after.statements ?? {}).some(
    (s) =>
      s !== null &&
      ((s.speakerId !== null && speakers.has(s.speakerId)) || (s.topicId !== undefined && topics.has(s.topicId))),
  );
}
