import { STANCES, STATEMENT_KINDS } from '../../core/model/statement';
import type { Speaker } from '../../core/model/speaker';
import type { Topic } from '../../core/model/topic';
import { NO_FILTERS, type StatementFilters } from '../../core/statements/filterStatements';
import { KIND_LABELS, STANCE_LABELS } from '../common/statementLabels';

interface Props {
  filters: StatementFilters;
  onChange: (filters: StatementFilters) => void;
  speakers: Speaker[];
  topics: Topic[];
}

/** Narrow the sidebar's statements by speaker, kind, topic, stance and status. */
export function StatementFilterBar({ filters, onChange, speakers, topics }: Props) {
  const field = (key: keyof StatementFilters, label: string, options: [string, string][]) => (
    <label className="qm-filter">
      {label}
      <select value={filters[key]} onChange={(e) => onChange({ ...filters, [key]: e.target.value })}>
        <option value="">Any</option>
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
  const active = Object.values(filters).some(Boolean);
  return (
    <fieldset className="qm-filters">
      <legend>Filter statements</legend>
      {field('speakerId', 'Speaker', [
        ...speakers.map((s): [string, string] => [s.id, s.name]),
        ['none', 'No speaker'],
      ])}
      {field(
        'kind',
        'Kind',
        STATEMENT_KINDS.map((k) => [k, KIND_LABELS[k]]),
      )}
      {field('topicId', 'Topic', [...topics.map((t): [string, string] => [t.id, t.label]), ['none', 'No topic']])}
      {field('stance', 'Stance', [
        ...STANCES.map((s): [string, string] => [s, STANCE_LABELS[s]]),
        ['none', 'No stance'],
      ])}
      {field('status', 'Status', [
        ['confirmed', 'Confirmed'],
        ['pending', 'Suggested'],
      ])}
      {active && (
        <button type="button" className="qm-quiet" onClick={() => onChange(NO_FILTERS)}>
          Clear filters
        </button>
      )}
    </fieldset>
  );
}
