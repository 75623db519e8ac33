import type { AgreementCoder } from '../../core/agreement/projectCoding';
import type { Statement } from '../../core/model/statement';
import type { TeamLayerRecord, TeamProjectRecord } from '../database/teamRecords';

/**
 * Who codes a project here and what each coded: the person's own statements
 * from the library, the others' from their layers. The person's own layer
 * may come back from the server too; the library copy is the one they edit,
 * so that layer is left out. The person is a coder even before the roster
 * that names them has synced.
 */
export function projectCoders(
  project: TeamProjectRecord,
  mine: readonly Statement[],
  layers: readonly TeamLayerRecord[],
): { coders: AgreementCoder[]; others: TeamLayerRecord[]; statements: { coderId: string; statement: Statement }[] } {
  const others = layers.filter((layer) => layer.coderId !== project.coderId);
  const coders: AgreementCoder[] = project.coders.map((c) => ({ id: c.id, name: c.name }));
  if (!coders.some((c) => c.id === project.coderId)) coders.unshift({ id: project.coderId, name: project.coderName });
  const statements = [
    ...mine.map((statement) => ({ coderId: project.coderId, statement })),
    ...others.flatMap((layer) => layer.statements.map((statement) => ({ coderId: layer.coderId, statement }))),
  ];
  return { coders, others, statements };
}
