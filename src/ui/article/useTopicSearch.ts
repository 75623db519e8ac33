import { useCallback } from 'react';
import type { Topic } from '../../core/model/topic';
import { searchKey } from '../../core/text/searchKey';
import { pickSearch, type PickOption } from '../common/pickSearch';

const topicLabels = (t: Topic) => [t.label];
const toOption = (t: Topic): PickOption => ({ id: t.id, label: t.label });

/** The Topic combobox's search: labels containing the query, ignoring case and accents. */
export function useTopicSearch(topics: readonly Topic[]) {
  return useCallback(
    (query: string) => {
      const q = searchKey(query);
      const options = topics.filter((t) => searchKey(t.label).includes(q)).map(toOption);
      return pickSearch(topics, topicLabels, toOption, query, options);
    },
    [topics],
  );
}
