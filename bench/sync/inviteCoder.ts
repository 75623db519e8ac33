import { readCliConfig } from '../../server/cli/serverConfig';
import { runTeamCommand } from '../../server/cli/teamCommands';
import type { Invitation } from '../../server/team/teamAdmin';

/**
 * `npm run server -- invite --data DIR --project P --coder C --app URL`,
 * through the CLI's own code in this process (the running server found in
 * its data directory does the inviting): the same path without a Node
 * start-up per coder. The project's first coder is its owner.
 */
export async function inviteCoder(
  dataDir: string,
  project: string,
  coder: string,
  appUrl: string,
): Promise<Invitation> {
  const config = readCliConfig(
    ['invite', '--data', dataDir, '--project', project, '--coder', coder, '--app', appUrl],
    {},
  );
  if (typeof config === 'string') throw new Error(config);
  const outcome = await runTeamCommand(config);
  if (!('link' in outcome)) throw new Error(`Inviting ${coder} to ${project} failed`);
  return outcome;
}
