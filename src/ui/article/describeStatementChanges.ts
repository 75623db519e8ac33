import type { Speaker } from '../../core/model/speaker';
import type { Statement } from '../../core/model/statement';
import type { Topic } from '../../core/model/topic';
import { KIND_LABELS, STANCE_LABELS } from '../common/statementLabels';

const shorten = (text: string) => `“${text.length > 60 ? `${text.slice(0, 59)}…` : text}”`;

/**
 * How a statement differs between two stored versions, in plain words for a
 * sentence: ["the speaker is now Hua Chunying", "the stance was cleared"].
 */
export function describeStatementChanges(
  before: Statement,
  after: Statement,
  registry: { speakers: readonly Speaker[]; topics: readonly Topic[] },
): string[] {
  const speakerName = (id: string) =>
    registry.speakers.find((s) => s.id === id)?.name ?? 'a speaker not in the registry';
  const topicLabel = (id: string) => registry.topics.find((t) => t.id === id)?.label ?? 'a topic that no longer exists';
  const changes: string[] = [];
  const field = (
    name: string,
    was: string | undefined,
    now: string | undefined,
    show: (value: string) => string = (v) => v,
  ) => {
    if (was === now) return;
    changes.push(
      now === undefined || now === ''
        ? `the ${name} ${name === 'tags' ? 'were' : 'was'} removed`
        : `the ${name} ${name === 'tags' ? 'are' : 'is'} now ${show(now)}`,
    );
  };
  if (
    before.quote.start !== after.quote.start ||
    before.quote.end !== after.quote.end ||
    before.quote.exact !== after.quote.exact
  ) {
    changes.push(`the quote is now ${shorten(after.quote.exact)}`);
  }
  field('speaker', before.speakerId ?? undefined, after.speakerId ?? undefined, speakerName);
  field('role', before.roleAtTime, after.roleAtTime);
  field('kind', before.kind, after.kind, (k) => KIND_LABELS[k as Statement['kind']]);
  field('cue', before.cue?.exact, after.cue?.exact, shorten);
  field('claim', before.claim, after.claim, shorten);
  field('topic', before.topicId, after.topicId, topicLabel);
  field('stance', before.stance, after.stance, (s) => STANCE_LABELS[s as NonNullable<Statement['stance']>]);
  field('tags', before.tags.join(', '), after.tags.join(', '));
  field('note', before.note, after.note, shorten);
  if (before.status !== after.status)
    changes.push(after.status === 'confirmed' ? 'it was accepted' : 'it is a suggestion again');
  if (before.orphanedAt !== after.orphanedAt) {
    changes.push(after.orphanedAt ? 'its words were deleted from the text' : 'it was re-attached to the text');
  }
  return changes;
}
