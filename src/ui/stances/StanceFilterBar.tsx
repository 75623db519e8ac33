import type { ChangeEvent } from 'react';
import { SPEAKER_KINDS, type SpeakerKind } from '../../core/model/speaker';
import { STATEMENT_KINDS, type StatementKind } from '../../core/model/statement';
import { withoutUndefined } from '../../core/model/withoutUndefined';
import type { ArticleInfo } from '../../core/review/StanceEntry';
import type { StanceFilters } from '../../core/review/StanceFilters';
import { KIND_LABELS } from '../common/statementLabels';
import { warmDateInputs } from '../common/warmDateInputs';

type Props = {
  articles: readonly ArticleInfo[];
  filters: StanceFilters;
  onChange: (filters: StanceFilters) => void;
};

const SPEAKER_KIND_LABELS: Record<SpeakerKind, string> = {
  person: 'Person',
  organization: 'Organization',
  group: 'Group',
  anonymous: 'Anonymous',
};

// This module loads with the Stances view's code, before the view renders.
warmDateInputs();

/** The filters above the stance matrix: article, date range, kind, speaker kind. */
export function StanceFilterBar({ articles, filters, onChange }: Props) {
  const set = (patch: Partial<StanceFilters>) => onChange(withoutUndefined({ ...filters, ...patch }));
  const one = <T extends string>(event: ChangeEvent<HTMLSelectElement>): T[] | undefined =>
    event.target.value ? [event.target.value as T] : undefined;
  return (
    <fieldset className="qm-filters qm-review-filters">
      <legend>Filter statements</legend>
      <label>
        Article
        <select value={filters.articleIds?.[0] ?? ''} onChange={(e) => set({ articleIds: one<string>(e) })}>
          <option value="">All articles</option>
          {articles.map((article) => (
            <option key={article.id} value={article.id}>
              {article.title}
            </option>
          ))}
        </select>
      </label>
      <label>
        From
        <input type="date" value={filters.from ?? ''} onChange={(e) => set({ from: e.target.value || undefined })} />
      </label>
      <label>
        To
        <input type="date" value={filters.to ?? ''} onChange={(e) => set({ to: e.target.value || undefined })} />
      </label>
      <label>
        Kind
        <select value={filters.kinds?.[0] ?? ''} onChange={(e) => set({ kinds: one<StatementKind>(e) })}>
          <option value="">All kinds</option>
          {STATEMENT_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {KIND_LABELS[kind]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Speaker kind
        <select value={filters.speakerKinds?.[0] ?? ''} onChange={(e) => set({ speakerKinds: one<SpeakerKind>(e) })}>
          <option value="">All speakers</option>
          {SPEAKER_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {SPEAKER_KIND_LABELS[kind]}
            </option>
          ))}
        </select>
      </label>
    </fieldset>
  );
}
