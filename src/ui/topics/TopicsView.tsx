import { useCallback, useMemo } from 'react';
import { searchKey } from '../../core/text/searchKey';
import type { Result } from '../../core/result';
import { appDatabase } from '../../storage/database/appDatabase';
import type { TopicSummary } from '../../storage/repositories/listTopicSummaries';
import { mergeTopics } from '../../storage/writes/mergeTopics';
import { useTopicSummaries } from '../data/useTopicSummaries';
import type { MergeOutcome } from '../registry/MergeBar';
import { RegistryList, type RegistryRow } from '../registry/RegistryList';
import { topicHref } from '../routing/parseRoute';

type Row = RegistryRow & Pick<TopicSummary, 'topic'>;

async function merge(targetId: string, others: string[]): Promise<Result<MergeOutcome>> {
  const result = await mergeTopics(appDatabase, targetId, others);
  if (!result.ok) return result;
  const { topic, moved, change } = result.value;
  return {
    ok: true,
    value: { change, said: `Merged into “${topic.label}”: ${moved} statement${moved === 1 ? '' : 's'} moved.` },
  };
}

/**
 * Every topic, with how many statements name it: search, sort, merge
 * duplicates; each links to its page, where it can be deleted. Topics no
 * statement names appear here too (they never reach the Stances matrix).
 */
export function TopicsView() {
  const summaries = useTopicSummaries();
  const rows = useMemo(
    () => summaries?.map((summary) => ({ ...summary, id: summary.topic.id, name: summary.topic.label })),
    [summaries],
  );
  const matches = useCallback((row: Row, query: string) => searchKey(row.topic.label).includes(searchKey(query)), []);
  return (
    <RegistryList<Row>
      noun={{ many: 'topics', title: 'Topics' }}
      rows={rows}
      nameHeading="Topic"
      nameSort="Label"
      searchPlaceholder="Label"
      matches={matches}
      nameCell={({ topic }) => <a href={topicHref(topic.id)}>{topic.label}</a>}
      columns={[]}
      empty="No topics yet. Give a statement a topic in an article to add one."
      merge={merge}
    >
      <p>
        <a href="#/stances">Back to Stances</a>
      </p>
    </RegistryList>
  );
}
