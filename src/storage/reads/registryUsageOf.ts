import { registryUsage, type RegistryUsage } from '../../core/registry/registryUsage';
import type { QuotemarkDatabase } from '../database/QuotemarkDatabase';

/**
 * How many statements, in how many articles, name a speaker or a topic:
 * what a confirmation says a deletion will touch. Read by index, so a
 * large library is not loaded for it.
 */
export async function registryUsageOf(
  db: QuotemarkDatabase,
  field: 'speakerId' | 'topicId',
  id: string,
): Promise<RegistryUsage> {
  const naming = await db.statements.where(field).equals(id).toArray();
  return registryUsage(naming);
}
