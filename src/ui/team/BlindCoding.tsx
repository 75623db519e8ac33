import { appDatabase } from '../../storage/database/appDatabase';
import type { TeamProjectRecord } from '../../storage/database/teamRecords';
import { chooseProjectSettings } from '../../storage/team/teamProjectRepository';

/**
 * An owner's switches for blind coding: coders then do not see each
 * other's layers (so their agreement means something) until the owner
 * opens them. The server enforces it; this only asks for it.
 */
export function BlindCoding({ project }: { project: TeamProjectRecord }) {
  const settings = project.settingsWanted ?? project.settings;
  if (project.role !== 'owner') return null;
  const choose = (choice: { blindCoding: boolean; layersOpen: boolean }) =>
    void chooseProjectSettings(appDatabase, project.projectId, choice);
  return (
    <fieldset className="qm-layers" disabled={!settings}>
      <legend>Coders’ layers</legend>
      <label className="qm-inline-field">
        <input
          type="checkbox"
          checked={settings?.blindCoding ?? false}
          onChange={(e) => choose({ blindCoding: e.target.checked, layersOpen: false })}
        />
        Blind coding: coders do not see each other’s layers
      </label>
      <label className="qm-inline-field">
        <input
          type="checkbox"
          disabled={!settings?.blindCoding}
          checked={settings?.layersOpen ?? false}
          onChange={(e) => choose({ blindCoding: true, layersOpen: e.target.checked })}
        />
        Open the layers to coders (coding is done)
      </label>
      {project.settingsWanted && <span className="qm-hint">Waiting for the server…</span>}
    </fieldset>
  );
}
