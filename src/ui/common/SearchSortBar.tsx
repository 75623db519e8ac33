interface Props<S extends string> {
  searchLabel: string;
  placeholder: string;
  query: string;
  onQuery: (query: string) => void;
  sortLabel: string;
  sorts: Record<S, string>;
  sort: S;
  onSort: (sort: S) => void;
}

/** A search field and a sort order above a list. */
export function SearchSortBar<S extends string>(props: Props<S>) {
  return (
    <div className="qm-toolbar">
      <label className="qm-inline-field">
        {props.searchLabel}
        <input
          type="search"
          value={props.query}
          onChange={(e) => props.onQuery(e.target.value)}
          placeholder={props.placeholder}
        />
      </label>
      <label className="qm-inline-field">
        {props.sortLabel}
        <select value={props.sort} onChange={(e) => props.onSort(e.target.value as S)}>
          {(Object.entries(props.sorts) as [S, string][]).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
