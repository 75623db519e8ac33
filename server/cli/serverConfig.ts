import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { TEAM_ROLES, type TeamRole } from '../../src/core/team/teamRoles';

export const DEFAULT_PORT = 8080;
export const DEFAULT_APP_URL = 'http://127.0.0.1:5173/';
export const DEFAULT_INVITE_DAYS = 30;

/** Everything the command line and the environment say, read once. */
export interface CliConfig {
  command: 'serve' | 'invite' | 'revoke' | 'help';
  host: string;
  port: number;
  dataDir: string;
  databaseUrl?: string;
  redisUrl?: string;
  redisPrefix: string;
  schema: string;
  secret?: string;
  publicUrl?: string;
  appUrl: string;
  project?: string;
  coder?: string;
  role?: TeamRole;
  days: number;
}

export const USAGE = `Usage:
  npm run server [-- --port N --host H --data DIR]
  npm run server -- invite [--data DIR] --project NAME --coder NAME [--role owner|coder|reader] [--app URL] [--days N] [--server URL]
  npm run server -- revoke [--data DIR] --project NAME --coder NAME
Environment: PORT, HOST, QUOTEMARK_DATA, DATABASE_URL (PostgreSQL instead of the embedded store),
REDIS_URL (several servers share documents; needs DATABASE_URL), QUOTEMARK_SECRET, QUOTEMARK_PUBLIC_URL,
QUOTEMARK_APP_URL, QUOTEMARK_DB_SCHEMA, QUOTEMARK_REDIS_PREFIX.`;

/** Read argv and env into a config, or a sentence saying what is wrong. */
export function readCliConfig(argv: string[], env: NodeJS.ProcessEnv): CliConfig | string {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        data: { type: 'string' },
        project: { type: 'string' },
        coder: { type: 'string' },
        role: { type: 'string' },
        app: { type: 'string' },
        days: { type: 'string' },
        server: { type: 'string' },
        help: { type: 'boolean' },
      },
    });
  } catch (error) {
    return (error as Error).message;
  }
  const { values, positionals } = parsed;
  const command = values.help ? 'help' : (positionals[0] ?? 'serve');
  if (command !== 'serve' && command !== 'invite' && command !== 'revoke' && command !== 'help')
    return `Unknown command: ${command}`;
  const port = Number(values.port ?? env.PORT ?? DEFAULT_PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) return `Not a port: ${values.port ?? env.PORT}`;
  const days = Number(values.days ?? DEFAULT_INVITE_DAYS);
  if (!(days > 0)) return `--days must be a positive number of days.`;
  const role = values.role;
  if (role !== undefined && !(TEAM_ROLES as readonly string[]).includes(role))
    return `--role must be one of ${TEAM_ROLES.join(', ')}.`;
  if ((command === 'invite' || command === 'revoke') && (!values.project?.trim() || !values.coder?.trim())) {
    return `${command} needs --project NAME and --coder NAME.`;
  }
  const optional = <K extends string>(key: K, value: string | undefined) =>
    (value ? { [key]: value } : {}) as Partial<Record<K, string>>;
  return {
    command,
    host: values.host ?? env.HOST ?? '127.0.0.1',
    port,
    dataDir: resolve(values.data ?? env.QUOTEMARK_DATA ?? 'data'),
    ...optional('databaseUrl', env.DATABASE_URL),
    ...optional('redisUrl', env.REDIS_URL),
    redisPrefix: env.QUOTEMARK_REDIS_PREFIX ?? 'quotemark',
    schema: env.QUOTEMARK_DB_SCHEMA ?? 'quotemark',
    ...optional('secret', env.QUOTEMARK_SECRET),
    ...optional('publicUrl', values.server ?? env.QUOTEMARK_PUBLIC_URL),
    appUrl: values.app ?? env.QUOTEMARK_APP_URL ?? DEFAULT_APP_URL,
    ...optional('project', values.project?.trim()),
    ...optional('coder', values.coder?.trim()),
    ...(role ? { role: role as TeamRole } : {}),
    days,
  };
}
