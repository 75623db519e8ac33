import type { RegistryUsage } from '../../core/registry/registryUsage';

const counted = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "2 statements in 1 article", for a confirmation or a notice. */
export function usageWords({ statements, articles }: RegistryUsage): string {
  return `${counted(statements, 'statement', 'statements')} in ${counted(articles, 'article', 'articles')}`;
}

/**
 * What a deletion does to the statements of `name`, in a sentence:
 * "Ben Sasse has 2 statements in 1 article. They keep their quotes and get
 * no speaker." `keeps` says what each statement keeps, for one and for many.
 */
export function deletionConsequence(
  name: string,
  usage: RegistryUsage,
  keeps: { one: string; many: string },
  becomes: string,
): string {
  if (usage.statements === 0) return `No statement names ${name}; nothing else changes.`;
  const they = usage.statements === 1 ? `It keeps its ${keeps.one}` : `They keep their ${keeps.many}`;
  return `${name} has ${usageWords(usage)}. ${they} and get${usage.statements === 1 ? 's' : ''} ${becomes}.`;
}
