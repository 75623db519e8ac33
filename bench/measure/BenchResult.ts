/** One line of bench/results.json. */
export interface BenchResult {
  name: string;
  value: number;
  unit: string;
  /** The target as text ("≤ 2.0"), or null for a figure reported without one. */
  target: string | null;
  /** Whether the value meets the target; a figure without a target always holds. */
  holds: boolean;
}

export type Target = { atMost: number } | { atLeast: number } | null;

export function result(name: string, value: number, unit: string, target: Target = null): BenchResult {
  const rounded = Math.round(value * 100) / 100;
  if (!target) return { name, value: rounded, unit, target: null, holds: true };
  if ('atMost' in target)
    return { name, value: rounded, unit, target: `≤ ${target.atMost}`, holds: value <= target.atMost };
  return { name, value: rounded, unit, target: `≥ ${target.atLeast}`, holds: value >= target.atLeast };
}
