import { useCallback } from 'react';
import type { Topic } from '../../core/model/topic';
import { searchKey } from '../../core/text/searchKey';
import type { PickOption } from '../common/PickOrCreate';

/** The Topic combobox's search: labels containing the query, ignoring case and accents. */
export function useTopicSearch(topics: readonly Topic[]) {
  return useCallback(
    (query: string) => {
      const q = searchKey(query);
      const options: PickOption[] = topics
        .filter((t) => searchKey(t.label).includes(q))
        .map((t) => ({ id: t.id, label: t.label }));
      return { options, exact: options.find((o) => q !== '' && searchKey(o.label) === q) };
    },
    [topics],
  );
}
