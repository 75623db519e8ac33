import { useMemo, useState, type ReactNode } from 'react';
import { compareByName } from '../../core/review/compareByName';
import { orderByCount } from '../../core/review/orderByCount';
import { SearchSortBar } from '../common/SearchSortBar';
import { TableRows, tableRowCount } from '../common/TableRows';
import { MergeBar, type MergeOutcome } from './MergeBar';
import type { RegistryNoun } from './RegistryNoun';
import type { Result } from '../../core/result';

/** One row of a registry list: an entry and how much it is used. */
export type RegistryRow = { id: string; name: string; statementCount: number; articleCount: number };

/** A column besides the name and the two counts. */
export type RegistryColumn<R> = { heading: string; cell: (row: R) => ReactNode };

interface Props<R extends RegistryRow> {
  noun: RegistryNoun;
  /** In name order (compareByName), as the registry reads give them; undefined while loading. */
  rows: R[] | undefined;
  /** The name column's heading ("Name", "Topic") and the first sort's ("Name", "Label"). */
  nameHeading: string;
  nameSort: string;
  searchPlaceholder: string;
  matches: (row: R, query: string) => boolean;
  nameCell: (row: R) => ReactNode;
  columns: RegistryColumn<R>[];
  empty: string;
  merge: (targetId: string, others: string[]) => Promise<Result<MergeOutcome>>;
  children?: ReactNode;
}

type Sort = 'name' | 'statements' | 'articles';

/**
 * A registry (speakers, topics) as a table to search, sort, and merge
 * duplicates in: one layout, so both lists read and behave alike.
 */
export function RegistryList<R extends RegistryRow>(props: Props<R>) {
  const { noun, rows } = props;
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<Sort>('name');
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const sorts = { name: props.nameSort, statements: 'Number of statements', articles: 'Number of articles' };
  const { matches } = props;
  // Ordered once per list and order, filtered per keystroke: filtering keeps the order, and sorting
  // thousands of names with the collator is what a keystroke must not wait for.
  const ordered = useMemo(
    // The rows come in name order: sorting thousands of names again with the collator would only delay the first paint.
    () => (sort === 'name' ? (rows ?? []) : orderByCount(rows ?? [], sort, compareByName)),
    [rows, sort],
  );
  const shown = useMemo(
    () => (query.trim() === '' ? ordered : ordered.filter((row) => matches(row, query))),
    [ordered, query, matches],
  );
  const toggle = (id: string) =>
    setChosen((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  const headingId = `${noun.many}-heading`;

  return (
    <section aria-labelledby={headingId}>
      <h1 id={headingId}>{noun.title}</h1>
      {props.children}
      {!rows ? (
        <p aria-busy="true">Loading…</p>
      ) : rows.length === 0 ? (
        <p className="qm-empty">{props.empty}</p>
      ) : (
        <>
          <SearchSortBar
            searchLabel={`Search ${noun.many}`}
            placeholder={props.searchPlaceholder}
            query={query}
            onQuery={setQuery}
            sortLabel={`Sort ${noun.many} by`}
            sorts={sorts}
            sort={sort}
            onSort={setSort}
          />
          <MergeBar
            noun={noun}
            chosen={rows.filter((row) => chosen.has(row.id))}
            merge={props.merge}
            onDone={() => setChosen(new Set())}
          />
          <table className="qm-table qm-table--cards" aria-rowcount={tableRowCount(shown.length)}>
            <thead>
              <tr>
                <th scope="col">
                  <span className="qm-visually-hidden">Choose</span>
                </th>
                <th scope="col">{props.nameHeading}</th>
                {props.columns.map((column) => (
                  <th scope="col" key={column.heading}>
                    {column.heading}
                  </th>
                ))}
                <th scope="col" className="qm-num">
                  Statements
                </th>
                <th scope="col" className="qm-num">
                  Articles
                </th>
              </tr>
            </thead>
            <TableRows
              count={shown.length}
              rowKey={(i) => shown[i]?.id ?? String(i)}
              estimateSize={41}
              row={(i) => {
                const row = shown[i];
                if (!row) return null;
                return (
                  <>
                    <td>
                      <input
                        type="checkbox"
                        aria-label={`Choose ${row.name}`}
                        checked={chosen.has(row.id)}
                        onChange={() => toggle(row.id)}
                      />
                    </td>
                    <th scope="row">{props.nameCell(row)}</th>
                    {props.columns.map((column) => (
                      <td data-label={column.heading} key={column.heading}>
                        {column.cell(row)}
                      </td>
                    ))}
                    <td className="qm-num" data-label="Statements">
                      {row.statementCount}
                    </td>
                    <td className="qm-num" data-label="Articles">
                      {row.articleCount}
                    </td>
                  </>
                );
              }}
            />
          </table>
        </>
      )}
    </section>
  );
}
