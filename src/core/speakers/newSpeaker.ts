import type { z } from 'zod';
import { SpeakerSchema, type Speaker } from '../model/speaker';
import { withoutUndefined } from '../model/withoutUndefined';
import { err, ok, type Result } from '../result';
import { speakerColor } from './speakerColor';
import { speakerKindOf } from './speakerKindOf';

/**
 * A speaker registered from a name alone, as the statement form does for a
 * typed name nobody has yet and the suggester for a name it found: the name
 * trimmed, no aliases, the kind the name suggests (speakerKindOf), the role
 * given if any, and the palette colour least used among `others` (the
 * registry as it stands), so speakers made one after another look apart.
 * The zod error when the fields cannot make a speaker (a blank or overlong
 * name or role); the caller words it or skips the speaker.
 */
export function newSpeaker(
  fields: { name: string; role?: string | undefined },
  others: readonly Pick<Speaker, 'color'>[],
  id: string,
  stamp: string,
): Result<Speaker, z.ZodError> {
  const parsed = SpeakerSchema.safeParse(
    withoutUndefined({
      id,
      name: fields.name,
      aliases: [],
      kind: speakerKindOf(fields.name),
      role: fields.role,
      color: speakerColor(others.map((s) => s.color)),
      createdAt: stamp,
      updatedAt: stamp,
    }),
  );
  return parsed.success ? ok(withoutUndefined(parsed.data)) : err(parsed.error);
}
