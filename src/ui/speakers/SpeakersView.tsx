import { useMemo, useState } from 'react';
import { orderByCount } from '../../core/review/orderByCount';
import { searchKey } from '../../core/text/searchKey';
import { SearchSortBar } from '../common/SearchSortBar';
import { useSpeakerSummaries } from '../data/useSpeakerSummaries';
import { speakerHref } from '../routing/parseRoute';
import { MergeSpeakersBar } from './MergeSpeakersBar';
import { colorOfSpeaker } from '../../core/speakers/speakerColor';

const SORTS = {
  name: 'Name',
  statements: 'Number of statements',
  articles: 'Number of articles',
} as const;
type Sort = keyof typeof SORTS;

/** The speaker registry shared by all articles: search, sort, merge duplicates. */
export function SpeakersView() {
  const summaries = useSpeakerSummaries();
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<Sort>('name');
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const shown = useMemo(() => {
    const q = searchKey(query);
    const list = (summaries ?? []).filter(({ speaker: s }) =>
      [s.name, ...s.aliases, s.role ?? '', s.affiliation ?? ''].some((label) => searchKey(label).includes(q)),
    );
    return orderByCount(list, sort, (row) => row.speaker.name);
  }, [summaries, query, sort]);
  const toggle = (id: string) =>
    setChosen((c) => {
      const next = new Set(c);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  return (
    <section aria-labelledby="speakers-heading">
      <h1 id="speakers-heading">Speakers</h1>
      {!summaries ? (
        <p aria-busy="true">Loading…</p>
      ) : summaries.length === 0 ? (
        <p className="qm-empty">No speakers yet. Tag a statement in an article to add one.</p>
      ) : (
        <>
          <SearchSortBar
            searchLabel="Search speakers"
            placeholder="Name, alias, role"
            query={query}
            onQuery={setQuery}
            sortLabel="Sort speakers by"
            sorts={SORTS}
            sort={sort}
            onSort={setSort}
          />
          <MergeSpeakersBar chosen={summaries.filter((s) => chosen.has(s.speaker.id)).map((s) => s.speaker)} onDone={() => setChosen(new Set())} />
          <table className="qm-table qm-table--cards">
            <thead>
              <tr>
                <th scope="col">
                  <span className="qm-visually-hidden">Choose</span>
                </th>
                <th scope="col">Name</th>
                <th scope="col">Kind</th>
                <th scope="col">Role</th>
                <th scope="col">Affiliation</th>
                <th scope="col">Aliases</th>
                <th scope="col" className="qm-num">Statements</th>
                <th scope="col" className="qm-num">Articles</th>
              </tr>
            </thead>
            <tbody>
              {shown.map(({ speaker, statementCount, articleCount }) => (
                <tr key={speaker.id}>
                  <td>
                    <input type="checkbox" aria-label={`Choose ${speaker.name}`} checked={chosen.has(speaker.id)} onChange={() => toggle(speaker.id)} />
                  </td>
                  <th scope="row">
                    <span className="qm-swatch" style={{ background: colorOfSpeaker(speaker) }} aria-hidden="true" />{' '}
                    <a href={speakerHref(speaker.id)}>{speaker.name}</a>
                  </th>
                  <td data-label="Kind">{speaker.kind}</td>
                  <td data-label="Role">{speaker.role}</td>
                  <td data-label="Affiliation">{speaker.affiliation}</td>
                  <td data-label="Aliases">{speaker.aliases.join(', ')}</td>
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
