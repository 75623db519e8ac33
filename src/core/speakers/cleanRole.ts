/** The longest role a speaker record or a statement holds (SpeakerSchema, StatementSchema). */
const MAX_ROLE_LENGTH = 300;

/**
 * A role the suggester found, as worth storing: trimmed; undefined when
 * blank, or too long to be a role rather than a stray clause (the record
 * would refuse it, and the statement is better kept without it).
 */
export function cleanRole(role: string | null | undefined): string | undefined {
  const trimmed = role?.trim() ?? '';
  return trimmed === '' || trimmed.length > MAX_ROLE_LENGTH ? undefined : trimmed;
}
