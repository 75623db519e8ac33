import { resolve } from 'node:path';
import { runTeamCommand } from '../../../server/cli/teamCommands';
import { codebookDocName, layerDocName } from '../../../src/core/team/documentNames';
import type { Invitation } from '../../../server/team/teamAdmin';
import { TestClient, allIds } from './TestClient';

export interface Member {
  client: TestClient;
  invitation: Invitation;
  /** The member's own layer on article a1. */
  layer: string;
}

/** Invite coders as the CLI does (through the running server's admin routes). */
export async function inviteThroughCli(
  dataDir: string,
  project: string,
  coder: string,
  env: NodeJS.ProcessEnv = {},
): Promise<Invitation> {
  const outcome = await runTeamCommand({
    command: 'invite',
    host: '127.0.0.1',
    port: 0,
    dataDir: resolve(dataDir),
    redisPrefix: 'unused',
    schema: env.QUOTEMARK_DB_SCHEMA ?? 'quotemark',
    appUrl: 'http://app.test/',
    project,
    coder,
    role: 'owner',
    days: 1,
  });
  if (!('link' in outcome)) throw new Error(`invite failed: ${JSON.stringify(outcome)}`);
  return outcome;
}

/** Every document a member of the project opens in these tests: the codebook and each member's layer on a1. */
export function teamDocs(members: Member[]): string[] {
  const [first] = members;
  if (!first) return [];
  return [codebookDocName(first.invitation.projectId), ...members.map((m) => m.layer)];
}

export function memberOf(invitation: Invitation, name: string, url: string): Member {
  return {
    client: new TestClient(name, url, invitation.token),
    invitation,
    layer: layerDocName(invitation.projectId, 'a1', invitation.coderId),
  };
}

/** The record ids of each document, as one client holds them. */
export function recordSets(client: TestClient, docs: string[]): Record<string, string[]> {
  return Object.fromEntries(docs.map((name) => [name, allIds(client.doc(name))]));
}

/** The union, per document, of what the given clients hold. */
export function unionOfRecords(clients: TestClient[], docs: string[]): Record<string, string[]> {
  return Object.fromEntries(
    docs.map((name) => [name, [...new Set(clients.flatMap((c) => allIds(c.doc(name))))].sort()]),
  );
}
