import { useSpeakerSummaries } from '../data/useSpeakerSummaries';

/** The speaker registry shared by all articles, with how often each speaks. */
export function SpeakersView() {
  const summaries = useSpeakerSummaries();
  return (
    <section aria-labelledby="speakers-heading">
      <h1 id="speakers-heading">Speakers</h1>
      {!summaries ? (
        <p aria-busy="true">Loading…</p>
      ) : summaries.length === 0 ? (
        <p className="qm-empty">No speakers yet. Tag a statement in an article to add one.</p>
      ) : (
        <table className="qm-table">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Kind</th>
              <th scope="col">Role</th>
              <th scope="col">Aliases</th>
              <th scope="col" className="qm-num">Statements</th>
              <th scope="col" className="qm-num">Articles</th>
            </tr>
          </thead>
          <tbody>
            {summaries.map(({ speaker, statementCount, articleCount }) => (
              <tr key={speaker.id}>
                <th scope="row">
                  <span className="qm-swatch" style={{ background: speaker.color ?? '#ddd' }} aria-hidden="true" /> {speaker.name}
                </th>
                <td>{speaker.kind}</td>
                <td>{speaker.role}</td>
                <td>{speaker.aliases.join(', ')}</td>
                <td className="qm-num">{statementCount}</td>
                <td className="qm-num">{articleCount}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
