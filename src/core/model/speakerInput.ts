import { z } from 'zod';
import { searchKey } from '../text/searchKey';
import { uniqueLabels } from '../text/uniqueLabels';
import { SpeakerKindSchema } from './speaker';

const optionalText = (max: number) =>
  z
    .string()
    .max(max)
    .transform((s) => s.trim() || undefined)
    .optional();

/**
 * What a person types to register or edit a speaker. Aliases are trimmed and
 * kept once each (ignoring case and diacritics); one that is only the name
 * again is dropped. Blank optional fields become undefined.
 */
export const SpeakerInputSchema = z
  .object({
    name: z.string().trim().min(1, 'Type the speaker’s name.').max(300),
    aliases: z.array(z.string().max(300, 'An alias can be at most 300 characters long.')).default([]),
    kind: SpeakerKindSchema,
    role: optionalText(300),
    affiliation: optionalText(300),
    notes: optionalText(20_000),
    color: z
      .string()
      .trim()
      .regex(/^#[0-9a-fA-F]{6}$/, 'Give the colour as #rrggbb.')
      .transform((c) => c.toLowerCase())
      .optional(),
  })
  .transform((input) => {
    const name = searchKey(input.name);
    return { ...input, aliases: uniqueLabels(input.aliases).filter((alias) => searchKey(alias) !== name) };
  });

export type SpeakerInput = z.input<typeof SpeakerInputSchema>;
export type ParsedSpeakerInput = z.output<typeof SpeakerInputSchema>;
