import type { Topic } from '../model/topic';

/**
 * The topic kept by a merge: its own label, and its description, or when it
 * has none the first description among the topics folded into it.
 */
export function mergedTopic(target: Topic, others: readonly Topic[]): Topic {
  if (target.description?.trim()) return target;
  const description = others.map((o) => o.description).find((d) => d?.trim());
  return description ? { ...target, description } : target;
}
