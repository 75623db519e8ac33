import { useMemo, useState } from 'react';
import { orderByCount } from '../../core/review/orderByCount';
import { searchKey } from '../../core/text/searchKey';
import { SearchSortBar } from '../common/SearchSortBar';
import { useTopicSummaries } from '../data/useTopicSummaries';
import { topicHref } from '../routing/parseRoute';
import { MergeTopicsBar } from './MergeTopicsBar';

const SORTS = {
  label: 'Label',
  statements: 'Number of statements',
  articles: 'Number of articles',
} as const;
type Sort = keyof typeof SORTS;

/**
 * Every topic, with how many statements name it: search, sort, merge
 * duplicates; each links to its page, where it can be deleted. Topics no
 * statement names appear here too (they never reach the Stances matrix).
 */
export function TopicsView() {
  const summaries = useTopicSummaries();
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<Sort>('label');
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const shown = useMemo(() => {
    const q = searchKey(query);
    const list = (summaries ?? []).filter(({ topic }) => searchKey(topic.label).includes(q));
    return orderByCount(list, sort === 'label' ? 'name' : sort, (row) => row.topic.label);
  }, [summaries, query, sort]);
  const toggle = (id: string) =>
    setChosen((c) => {
      const next = new Set(c);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  return (
    <section aria-labelledby="topics-heading">
      <h1 id="topics-heading">Topics</h1>
      <p>
        <a href="#/stances">Back to Stances</a>
      </p>
      {!summaries ? (
        <p aria-busy="true">Loading…</p>
      ) : summaries.length === 0 ? (
        <p className="qm-empty">No topics yet. Give a statement a topic in an article to add one.</p>
      ) : (
        <>
          <SearchSortBar
            searchLabel="Search topics"
            placeholder="Label"
            query={query}
            onQuery={setQuery}
            sortLabel="Sort topics by"
            sorts={SORTS}
            sort={sort}
            onSort={setSort}
          />
          <MergeTopicsBar chosen={summaries.filter((s) => chosen.has(s.topic.id)).map((s) => s.topic)} onDone={() => setChosen(new Set())} />
          <table className="qm-table qm-table--cards">
            <thead>
              <tr>
                <th scope="col">
                  <span className="qm-visually-hidden">Choose</span>
                </th>
                <th scope="col">Topic</th>
                <th scope="col" className="qm-num">Statements</th>
                <th scope="col" className="qm-num">Articles</th>
              </tr>
            </thead>
            <tbody>
              {shown.map(({ topic, statementCount, articleCount }) => (
                <tr key={topic.id}>
                  <td>
                    <input type="checkbox" aria-label={`Choose ${topic.label}`} checked={chosen.has(topic.id)} onChange={() => toggle(topic.id)} />
                  </td>
                  <th scope="row">
                    <a href={topicHref(topic.id)}>{topic.label}</a>
                  </th>
                  <td className="qm-num" data-label="Statements">{statementCount}</td>
                  <td className="qm-num" data-label="Articles">{articleCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
