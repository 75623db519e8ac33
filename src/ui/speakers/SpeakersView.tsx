import { useCallback, useMemo } from 'react';
import { searchKey } from '../../core/text/searchKey';
import { colorOfSpeaker } from '../../core/speakers/speakerColor';
import type { SpeakerSummary } from '../../storage/repositories/speakerRepository';
import { appDatabase } from '../../storage/database/appDatabase';
import { mergeSpeakers } from '../../storage/repositories/speakerRepository';
import { useSpeakerSummaries } from '../data/useSpeakerSummaries';
import { speakerHref } from '../routing/parseRoute';
import { RegistryList, type RegistryColumn, type RegistryRow } from '../registry/RegistryList';
import type { MergeOutcome } from '../registry/MergeBar';
import type { Result } from '../../core/result';

type Row = RegistryRow & Pick<SpeakerSummary, 'speaker'>;

const COLUMNS: RegistryColumn<Row>[] = [
  { heading: 'Kind', cell: ({ speaker }) => speaker.kind },
  { heading: 'Role', cell: ({ speaker }) => speaker.role },
  { heading: 'Affiliation', cell: ({ speaker }) => speaker.affiliation },
  { heading: 'Aliases', cell: ({ speaker }) => speaker.aliases.join(', ') },
];

async function merge(targetId: string, others: string[]): Promise<Result<MergeOutcome>> {
  const result = await mergeSpeakers(appDatabase, targetId, others);
  if (!result.ok) return result;
  return { ok: true, value: { change: result.value.change, said: `Merged into ${result.value.speaker.name}.` } };
}

/** The speaker registry shared by all articles: search, sort, merge duplicates. */
export function SpeakersView() {
  const summaries = useSpeakerSummaries();
  const rows = useMemo(
    () => summaries?.map((summary) => ({ ...summary, id: summary.speaker.id, name: summary.speaker.name })),
    [summaries],
  );
  const matches = useCallback((row: Row, query: string) => {
    const q = searchKey(query);
    const { name, aliases, role, affiliation } = row.speaker;
    return [name, ...aliases, role ?? '', affiliation ?? ''].some((label) => searchKey(label).includes(q));
  }, []);
  return (
    <RegistryList<Row>
      noun={{ many: 'speakers', title: 'Speakers' }}
      rows={rows}
      nameHeading="Name"
      nameSort="Name"
      searchPlaceholder="Name, alias, role"
      matches={matches}
      nameCell={({ speaker }) => (
        <>
          <span className="qm-swatch" style={{ background: colorOfSpeaker(speaker) }} aria-hidden="true" />{' '}
          <a href={speakerHref(speaker.id)}>{speaker.name}</a>
        </>
      )}
      columns={COLUMNS}
      empty="No speakers yet. Tag a statement in an article to add one."
      merge={merge}
    />
  );
}
