import type { ChangeBuilder } from '../../core/history/ChangeBuilder';
import { TopicSchema } from '../../core/model/topic';
import { exactMatch } from '../../core/text/exactMatch';
import type { ParsedStatementDraft } from '../../core/statements/statementDraft';
import { issueSentence } from '../database/issueSentence';
import type { QuotemarkDatabase } from '../database/QuotemarkDatabase';
import { Refusal } from '../database/Refusal';

/**
 * The topic id a statement draft names, creating the topic when the typed
 * label is new. Runs inside the caller's rw transaction over topics, so a
 * later refusal rolls the new topic back; refuses by throwing a Refusal.
 * A topic it creates is noted in `change`.
 */
export async function resolveTopic(
  db: QuotemarkDatabase,
  choice: ParsedStatementDraft['topic'],
  newId: () => string,
  change: ChangeBuilder,
): Promise<string | undefined> {
  if (choice === null) return undefined;
  if ('id' in choice) {
    const picked = await db.topics.get(choice.id);
    if (!picked) throw new Refusal('The chosen topic no longer exists. Pick the topic again or type a new one.');
    return picked.id;
  }
  // The same label typed with other case or accents is the same topic, so
  // stances on it are aggregated together rather than split.
  const known = exactMatch(await db.topics.toArray(), (t) => [t.label], choice.newLabel);
  if (known) return known.id;
  const parsed = TopicSchema.safeParse({ id: newId(), label: choice.newLabel });
  if (!parsed.success) throw new Refusal(issueSentence('The new topic could not be created', parsed.error));
  await db.topics.add(parsed.data);
  change.record('topics', parsed.data.id, null, parsed.data);
  return parsed.data.id;
}
