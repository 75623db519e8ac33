import type { W3CBodyRead } from './w3cReadSchema';

/** What an annotation's bodies say, mapped onto statement fields as far as they go. */
export interface BodyFields {
  speaker?: { id?: string; name: string };
  topic?: { id?: string; label: string };
  kind?: string;
  stance?: string;
  claim?: string;
  tags: string[];
  notes: string[];
}

/** Purposes whose text is someone's remark on the words: kept as the note. */
const NOTE_PURPOSES = new Set(['commenting', 'replying', 'assessing', 'questioning', 'editing']);

/**
 * Read the TextualBodies of an annotation. A body the app wrote names its
 * statement field (`quotemark:field`); a body from another tool is mapped
 * by its purpose: `tagging` → a tag, `commenting` (and other remarks, or no
 * purpose at all, as Hypothesis writes its comment) → the note,
 * `describing` → the claim. Bodies that are only IRIs, or say nothing, are
 * skipped.
 */
export function w3cBodyFields(body: W3CBodyRead | W3CBodyRead[] | undefined): BodyFields {
  const fields: BodyFields = { tags: [], notes: [] };
  for (const one of body === undefined ? [] : [body].flat()) {
    if (typeof one === 'string' || one.value === undefined || one.value.trim() === '') continue;
    const value = one.value;
    const field = one['quotemark:field'];
    if (field === 'speaker') fields.speaker = { id: one['quotemark:speakerId'], name: value };
    else if (field === 'topic') fields.topic = { id: one['quotemark:topicId'], label: value };
    else if (field === 'kind') fields.kind = value;
    else if (field === 'stance') fields.stance = value;
    else if (field === 'claim') fields.claim = value;
    else {
      const purpose = [one.purpose].flat()[0];
      if (purpose === 'tagging') fields.tags.push(value);
      else if (purpose === 'describing') fields.claim ??= value;
      else if (purpose === undefined || NOTE_PURPOSES.has(purpose)) fields.notes.push(value);
    }
  }
  return fields;
}
