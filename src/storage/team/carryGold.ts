import { GoldStatementSchema } from '../../core/curation/goldStatement';
import { SpeakerSchema } from '../../core/model/speaker';
import { TopicSchema } from '../../core/model/topic';
import { writeRecord } from '../../core/team/recordMap';
import { codebookTable, layerTable } from '../../core/team/teamDocs';
import type { TeamGoldRecord } from '../database/teamRecords';
import type { NamedRecords } from './carryRecord';
import { FROM_LIBRARY } from './docOrigins';
import type { ProjectContext } from './ProjectContext';

/**
 * Carry a gold statement curated here into its article's gold document
 * (owners only: the server refuses anyone else's write). Its speaker and
 * topic go into the codebook first when it lacks them, as an owner's own
 * statements' do, so no reader meets a gold statement naming someone it
 * cannot find. Gold rows are replaced, never deleted (a rejected unit is a
 * verdict kept like any other), so there is no deletion to carry.
 */
export function carryGold(
  p: ProjectContext,
  record: TeamGoldRecord | undefined,
  named: NamedRecords,
  now: number,
): boolean {
  if (!record || record.projectId !== p.projectId) return false;
  const codebook = p.codebook();
  if (!codebookTable(codebook, 'articles').has(record.articleId)) return false;
  const gold = p.goldToWrite(record.articleId);
  if (!gold) return false;
  const speaker = record.speakerId === null ? undefined : named.speakers.get(record.speakerId);
  const topic = record.topicId === undefined ? undefined : named.topics.get(record.topicId);
  const stamp = Date.parse(record.provenance.curatedAt) || now;
  codebook.transact(() => {
    if (speaker && !codebookTable(codebook, 'speakers').has(speaker.id))
      writeRecord(codebookTable(codebook, 'speakers'), SpeakerSchema, speaker, { by: p.coderId, now: stamp });
    if (topic && !codebookTable(codebook, 'topics').has(topic.id))
      writeRecord(codebookTable(codebook, 'topics'), TopicSchema, topic, { by: p.coderId, now: stamp });
  }, FROM_LIBRARY);
  const statement = { ...record } as Partial<TeamGoldRecord>;
  delete statement.projectId;
  gold.doc.transact(
    () =>
      writeRecord(layerTable(gold.doc), GoldStatementSchema, statement as TeamGoldRecord, {
        by: p.coderId,
        now: stamp,
      }),
    FROM_LIBRARY,
  );
  return true;
}
