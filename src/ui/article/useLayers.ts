import { useMemo, useState } from 'react';
import type { Speaker } from '../../core/model/speaker';
import type { Statement } from '../../core/model/statement';
import type { Topic } from '../../core/model/topic';
import type { TeamProjectRecord } from '../../storage/database/teamRecords';
import { useArticleLayers } from '../data/useArticleLayers';
import { coderColor } from '../team/coderColor';
import { usePlacedStatements } from './usePlacedStatements';

/** Another coder's statement placed in the text, with whose it is. */
export interface LayerPlaced {
  statement: Statement;
  start: number;
  end: number;
  coder: { name: string; color: string };
}

/**
 * The other coders of an article's project, which of their layers the
 * person chose to show, and those layers' statements placed in the text
 * (read-only; statements of a layer that cannot be placed are not drawn).
 */
export function useLayers(
  text: string | undefined,
  project: TeamProjectRecord | undefined,
  articleId: string,
  allowed: boolean,
) {
  const rows = useArticleLayers(allowed ? project?.projectId : undefined, articleId);
  const [shown, setShown] = useState<ReadonlySet<string>>(() => new Set());
  const others = useMemo(
    () => (project?.coders ?? []).filter((c) => c.id !== project?.coderId && c.role !== 'reader'),
    [project],
  );
  const visible = useMemo(() => rows.filter((row) => shown.has(row.coderId)), [rows, shown]);
  const statements = useMemo(() => visible.flatMap((row) => row.statements), [visible]);
  const { placed } = usePlacedStatements(text, statements);
  const coderOf = useMemo(() => {
    const names = new Map(others.map((c) => [c.id, { name: c.name, color: coderColor(project?.coders ?? [], c.id) }]));
    const byStatement = new Map<string, { name: string; color: string }>();
    for (const row of visible)
      for (const s of row.statements)
        byStatement.set(s.id, names.get(row.coderId) ?? { name: 'Another coder', color: coderColor([], row.coderId) });
    return byStatement;
  }, [visible, others, project]);
  const records = useMemo(
    () => ({
      speakers: new Map<string, Speaker>(visible.flatMap((row) => row.speakers.map((s) => [s.id, s] as const))),
      topics: new Map<string, Topic>(visible.flatMap((row) => row.topics.map((t) => [t.id, t] as const))),
    }),
    [visible],
  );
  const layerPlaced = useMemo(
    () =>
      placed.flatMap((p): LayerPlaced[] => {
        const coder = coderOf.get(p.statement.id);
        return coder ? [{ statement: p.statement, start: p.start, end: p.end, coder }] : [];
      }),
    [placed, coderOf],
  );
  const toggle = (coderId: string, on: boolean) =>
    setShown((old) => {
      const next = new Set(old);
      if (on) next.add(coderId);
      else next.delete(coderId);
      return next;
    });
  return { others: allowed ? others : [], shown, toggle, placed: layerPlaced, coderOf, ...records };
}
