import { errorMessage } from '../src/core/errorMessage';
import { readCliConfig, USAGE } from './cli/serverConfig';
import { runTeamCommand } from './cli/teamCommands';
import { jsonLog } from './observe/serverLog';
import { startServer } from './startServer';

/** Signals this close together are one stop delivered twice, not a second request (see main). */
const SAME_STOP_MS = 1_000;

/**
 * `npm run server` and its commands. stdout carries what a person or a
 * script reads (the listening line, a join link); stderr carries the JSON
 * log lines and explanations.
 */
async function main(): Promise<number> {
  const config = readCliConfig(process.argv.slice(2), process.env);
  if (typeof config === 'string') {
    process.stderr.write(`${config}\n${USAGE}\n`);
    return 2;
  }
  if (config.command === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (config.command === 'invite' || config.command === 'revoke') {
    const outcome = await runTeamCommand(config);
    if ('link' in outcome) {
      const expires = outcome.expiresAt.slice(0, 10);
      process.stderr.write(
        `${config.coder} is invited to "${config.project}" as ${outcome.role}${outcome.projectCreated ? ' (new project)' : ''}; the link works until ${expires}:\n`,
      );
      process.stdout.write(`${outcome.link}\n`);
      return 0;
    }
    if (!outcome.ok) {
      process.stderr.write(
        outcome.error === 'no-such-project'
          ? `No project is named "${config.project}".\n`
          : `"${config.project}" has no coder named "${config.coder}".\n`,
      );
      return 1;
    }
    process.stdout.write(`${config.coder}'s invitations to "${config.project}" are revoked.\n`);
    return 0;
  }

  const log = jsonLog();
  const server = await startServer({ ...config, log });
  process.stdout.write(`Quotemark sync server listening on ${server.url}\n`);
  await new Promise<void>((resolve) => {
    const onSignal = (signal: NodeJS.Signals) => {
      log('server.signal', { signal });
      process.removeAllListeners('SIGINT');
      process.removeAllListeners('SIGTERM');
      // A second signal while stopping ends the process at once; but the same signal can arrive twice
      // together (Ctrl+C reaches the whole process group, and npm run server's launcher passes it on too),
      // so one within a second of the first is that same stop.
      const firstAt = Date.now();
      const again = (code: number) => () => {
        if (Date.now() - firstAt >= SAME_STOP_MS) process.exit(code);
      };
      process.on('SIGINT', again(130));
      process.on('SIGTERM', again(143));
      void server.stop().then(resolve, (error: unknown) => {
        log('server.stop-failed', { error: errorMessage(error) });
        resolve();
      });
    };
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
  });
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${errorMessage(error)}\n`);
    process.exit(1);
  },
);
