import { useMemo, useState } from 'react';
import type { RegistryUsage } from '../../core/registry/registryUsage';
import { speakerProfile } from '../../core/review/speakerProfile';
import { KIND_LABELS, STANCE_LABELS } from '../common/statementLabels';
import { formatDate } from '../common/formatDate';
import { useSpeakerRecords } from '../data/useSpeakerRecords';
import { articleHref, topicHref } from '../routing/parseRoute';
import { usageWords } from '../common/usageWords';
import { DeleteSpeakerButton } from './DeleteSpeakerButton';
import { SpeakerDialog } from './SpeakerDialog';
import { colorOfSpeaker } from '../../core/speakers/speakerColor';

/** One speaker across the library: profile, roles over time, every statement by article. */
export function SpeakerPage({ speakerId }: { speakerId: string }) {
  const records = useSpeakerRecords(speakerId);
  const profile = useMemo(() => (records ? speakerProfile(records, speakerId) : undefined), [records, speakerId]);
  const [editing, setEditing] = useState(false);
  // Deleted from this page: said as news, not as an error, and Undo brings the page back.
  const [deleted, setDeleted] = useState<{ name: string; usage: RegistryUsage } | null>(null);
  const topicLabel = new Map((records?.topics ?? []).map((t) => [t.id, t.label]));

  if (!records) return <p aria-busy="true">Loading…</p>;
  if (!profile && deleted) {
    return (
      <p role="status" className="qm-notice">
        Deleted speaker {deleted.name}.{' '}
        {deleted.usage.statements > 0 &&
          `${usageWords(deleted.usage)} now ${deleted.usage.statements === 1 ? 'has' : 'have'} no speaker, quotes kept. `}
        Undo takes it back. <a href="#/speakers">Go to Speakers</a>.
      </p>
    );
  }
  if (!profile) {
    return (
      <p role="alert">
        This speaker is not in the registry (perhaps merged into another). <a href="#/speakers">Go to Speakers</a>.
      </p>
    );
  }
  const { speaker } = profile;
  return (
    <section className="qm-speaker-page" aria-labelledby="speaker-heading">
      <h1 id="speaker-heading">
        <span className="qm-swatch" style={{ background: colorOfSpeaker(speaker) }} aria-hidden="true" /> {speaker.name}
      </h1>
      <dl className="qm-profile">
        <dt>Kind</dt>
        <dd>{speaker.kind}</dd>
        {speaker.role && (
          <>
            <dt>Position</dt>
            <dd>{speaker.role}</dd>
          </>
        )}
        {speaker.affiliation && (
          <>
            <dt>Affiliation</dt>
            <dd>{speaker.affiliation}</dd>
          </>
        )}
        {speaker.aliases.length > 0 && (
          <>
            <dt>Also called</dt>
            <dd>{speaker.aliases.join(', ')}</dd>
          </>
        )}
        {speaker.notes && (
          <>
            <dt>Notes</dt>
            <dd>{speaker.notes}</dd>
          </>
        )}
      </dl>
      <div className="qm-toolbar">
        <button type="button" onClick={() => setEditing(true)}>
          Edit speaker
        </button>
        <DeleteSpeakerButton speaker={speaker} onDeleted={(usage) => setDeleted({ name: speaker.name, usage })} />
      </div>
      {profile.rolesOverTime.length > 0 && (
        <>
          <h2>Roles over time</h2>
          <ul>
            {profile.rolesOverTime.map((r) => (
              <li key={`${r.role}-${r.from}`}>
                {r.role}: {formatDate(r.from)}
                {r.to !== r.from && ` – ${formatDate(r.to)}`} ({r.count} statement{r.count === 1 ? '' : 's'})
              </li>
            ))}
          </ul>
        </>
      )}
      <h2>Statements by article</h2>
      {profile.statementsByArticle.length === 0 && <p className="qm-empty">No statements yet.</p>}
      {profile.statementsByArticle.map(({ article, statements }) => (
        <section key={article.id} className="qm-speaker-article" aria-label={article.title}>
          <h3>
            {article.title} <span className="qm-hint">{formatDate(article.publishedAt ?? article.createdAt)}</span>
          </h3>
          <ol className="qm-quote-list">
            {statements.map((s) => (
              <li key={s.id}>
                <a href={articleHref(article.id, s.id)}>“{s.quote.exact}”</a>{' '}
                <span className="qm-badge">{KIND_LABELS[s.kind]}</span>
                {s.stance && <span className={`qm-badge qm-stance-${s.stance}`}>{STANCE_LABELS[s.stance]}</span>}
                {s.topicId && (
                  <a className="qm-topic" href={topicHref(s.topicId)}>
                    {topicLabel.get(s.topicId)}
                  </a>
                )}
                {s.claim && <p className="qm-claim">{s.claim}</p>}
              </li>
            ))}
          </ol>
        </section>
      ))}
      {editing && <SpeakerDialog speaker={speaker} onClose={() => setEditing(false)} />}
    </section>
  );
}
