import type { Section } from './Section';
import { unitDistance } from './unitDistance';

/**
 * Krippendorff's (2004, pp. 251–256) observed disagreement uDo for one category:
 * the distance between every section of one coder and every section of
 * another, summed over all pairs of coders and scaled by the pairs and the
 * continuum's length squared, so 0 is perfect agreement.
 *
 * Every coder's sections tile the continuum, so two coders' sections are
 * walked side by side like a merge: each pair that shares characters is met
 * exactly once, and pairs that do not are 0 apart anyway. Sums stay exact
 * integers in a double below 2^53 (an article of 10^5 characters with 10^3
 * sections per coder reaches about 10^13).
 */
export function observedDisagreement(
  sectionsByCoder: readonly (readonly Section[])[],
  continuumLength: number,
): number {
  const coders = sectionsByCoder.length;
  let sum = 0;
  for (let i = 0; i < coders; i++) {
    for (let j = i + 1; j < coders; j++) sum += pairDistance(sectionsByCoder[i] ?? [], sectionsByCoder[j] ?? []);
  }
  // Each unordered pair stands for both orders: 2·sum / (m(m-1)L²).
  return (2 * sum) / (coders * (coders - 1) * continuumLength ** 2);
}

function pairDistance(first: readonly Section[], second: readonly Section[]): number {
  let sum = 0;
  let i = 0;
  let j = 0;
  for (;;) {
    const a = first[i];
    const b = second[j];
    if (!a || !b) return sum;
    sum += unitDistance(a, b);
    const aEnd = a.begin + a.length;
    const bEnd = b.begin + b.length;
    if (aEnd <= bEnd) i++;
    if (bEnd <= aEnd) j++;
  }
}
