import { exportFileName } from '../../core/exchange/exportFileName';
import { goldCsv, goldEnvelope } from '../../core/curation/goldExport';
import { appDatabase } from '../../storage/database/appDatabase';
import { readGoldExport } from '../../storage/team/curationRepository';
import { downloadFile } from '../common/downloadFile';

/**
 * "Export gold": the project's gold statements with their provenance, as
 * native JSON (re-importable) or as CSV with the columns coder, curated_by
 * and curated_at.
 */
export function ExportGoldButtons({ projectId, projectName }: { projectId: string; projectName: string }) {
  const save = async (format: 'json' | 'csv') => {
    const { gold, sources } = await readGoldExport(appDatabase, projectId);
    const name = exportFileName(`${projectName} gold`, format);
    if (format === 'json')
      downloadFile(name, `${JSON.stringify(goldEnvelope(sources, gold), null, 2)}\n`, 'application/json');
    else downloadFile(name, goldCsv(sources, gold), 'text/csv;charset=utf-8');
  };
  return (
    <>
      <button type="button" onClick={() => void save('json')}>
        Export gold
      </button>
      <button type="button" onClick={() => void save('csv')}>
        Export gold CSV
      </button>
    </>
  );
}
