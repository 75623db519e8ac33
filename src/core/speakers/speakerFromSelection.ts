import type { SpeakerKind } from '../model/speaker';
import { roleFromTitle, stripTitle } from '../suggest/stripTitle';
import { speakerKindOf } from './speakerKindOf';

/** A speaker to register from words selected in an article. */
export interface SpeakerFromSelection {
  name: string;
  /** The words as selected, kept as an alias when they differ from the name. */
  aliases: string[];
  kind: SpeakerKind;
  role?: string;
}

/**
 * The speaker that selected words name: a leading title becomes the role
 * and the name is kept ("Sen. Ben Sasse" → "Ben Sasse", role "Senator";
 * "Foreign Ministry spokesperson Hua Chunying" → "Hua Chunying", role
 * "Foreign Ministry spokesperson"); "the" before a capitalised name goes
 * ("the Treasury Department"); the kind is guessed from the name.
 */
export function speakerFromSelection(selected: string): SpeakerFromSelection {
  const words = selected
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^["'“‘«„(]+|["'”’»),;:]+$/g, '')
    .trim();
  const { name, title } = stripTitle(words);
  if (title && name !== '') {
    return { name, aliases: [words], kind: speakerKindOf(name), role: roleFromTitle(title) };
  }
  const plain = words.replace(/^(?:the|The)\s+(?=\p{Lu})/u, '');
  return { name: plain, aliases: plain === words ? [] : [words], kind: speakerKindOf(plain) };
}
