import { useRef } from 'react';
import type { Speaker } from '../../core/model/speaker';
import { speakerKindOf } from '../../core/speakers/speakerKindOf';
import type { Result } from '../../core/result';
import { PickOrCreate, pickText, type PickValue } from '../common/PickOrCreate';
import { ALIAS_OPTION_PREFIX, useSpeakerSearch } from './useSpeakerSearch';

interface Props {
  value: PickValue;
  /** Saving found typed text here that names no speaker: ask which is meant. */
  asking: boolean;
  speakers: Speaker[];
  /** A speaker was picked (with the role the registry knows for them) or a new name typed. */
  onPick: (value: PickValue, registeredRole: string | undefined) => void;
  onAddAlias: (speakerId: string, alias: string) => Promise<Result<unknown>>;
  onEditSpeaker: (speakerId: string) => void;
  onProblem: (message: string) => void;
}

/** The statement's speaker: picked from the registry, a new name, or a fuller name kept as an alias. */
export function SpeakerField({ value, asking, speakers, onPick, onAddAlias, onEditSpeaker, onProblem }: Props) {
  const search = useSpeakerSearch(speakers);
  const query = useRef('');
  const label = pickText(value, (id) => speakers.find((s) => s.id === id)?.name);
  const pick = async (picked: PickValue) => {
    if (picked && 'id' in picked && picked.id.startsWith(ALIAS_OPTION_PREFIX)) {
      const id = picked.id.slice(ALIAS_OPTION_PREFIX.length);
      const result = await onAddAlias(id, query.current.trim());
      if (!result.ok) return onProblem(result.error);
      picked = { id };
    }
    const registered = picked && 'id' in picked ? speakers.find((s) => s.id === picked.id) : undefined;
    onPick(picked, registered?.role);
  };
  const pickedId = value && 'id' in value ? value.id : null;
  // The kind the new speaker will be registered with (resolveSpeaker uses the same rule).
  const newKind = value && 'newLabel' in value ? speakerKindOf(value.newLabel) : null;
  return (
    <>
      <PickOrCreate
        label="Speaker"
        value={value}
        valueLabel={label}
        asking={asking}
        search={search}
        createHint={`New speaker${newKind === 'organization' ? ' (an organization)' : ''}: added to the registry when you save.`}
        onQueryChange={(q) => {
          query.current = q;
        }}
        onChange={(picked) => void pick(picked)}
      />
      {pickedId && (
        <button type="button" className="qm-small qm-quiet" onClick={() => onEditSpeaker(pickedId)}>
          Edit speaker
        </button>
      )}
    </>
  );
}
