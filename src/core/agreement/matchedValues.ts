import type { CodingTable } from './CodingTable';
import type { SpanUnit } from './matchUnits';

/**
 * The coding table of matched units (matchUnits): one row per group, one
 * column per coder in the order given, holding what `valueOf` reads from
 * that coder's unit (its speaker, kind, topic or stance) or null where the
 * coder has no unit in the group or left the value empty.
 */
export function matchedValues<C, U extends SpanUnit<C>>(
  groups: readonly (readonly U[])[],
  coders: readonly C[],
  valueOf: (unit: U) => string | null | undefined,
): CodingTable {
  return groups.map((group) =>
    coders.map((coder) => {
      const unit = group.find((u) => u.coder === coder);
      return unit === undefined ? null : (valueOf(unit) ?? null);
    }),
  );
}
