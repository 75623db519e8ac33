import { err, ok, type Result } from '../../src/core/result';
import { CoderSchema, type Coder } from '../../src/core/team/coder';
import { codebookDocName } from '../../src/core/team/documentNames';
import { formatJoinLink } from '../../src/core/team/joinLink';
import { ProjectSettingsSchema } from '../../src/core/team/projectSettings';
import { writeRecord } from '../../src/core/team/recordMap';
import { codebookTable } from '../../src/core/team/teamDocs';
import type { TeamRole } from '../../src/core/team/teamRoles';
import { signToken } from '../auth/tokenSigning';
import type { DocumentStore } from '../store/DocumentStore';
import type { CoderRow, TeamRegistry } from '../store/TeamRegistry';
import { writeDocument, type LiveDocument } from './CodebookWriter';

/** What invite and revoke need: the store, and the live documents when a server runs. */
export interface TeamAdminDeps {
  registry: TeamRegistry;
  store: DocumentStore;
  secret: string;
  live: LiveDocument;
}

export interface InviteRequest {
  project: string;
  coder: string;
  /** Left out: owner for a project's first coder, else coder (or the role they had). */
  role?: TeamRole;
  days: number;
  /** The sync server's address as clients reach it (ws:// or wss://). */
  server: string;
  appUrl: string;
}

export interface Invitation {
  link: string;
  token: string;
  projectId: string;
  projectCreated: boolean;
  coderId: string;
  role: TeamRole;
  expiresAt: string;
}

/** The cells the server writes carry this writer id. */
export const SERVER_WRITER = 'server';

const codebookCoder = (coder: CoderRow, now: Date): Coder =>
  CoderSchema.parse({
    id: coder.id,
    name: coder.name,
    role: coder.role,
    ...(coder.revokedAt ? { revokedAt: coder.revokedAt.toISOString() } : {}),
    createdAt: coder.createdAt.toISOString(),
    updatedAt: now.toISOString(),
  });

/**
 * Invite a coder: creates the project on first use (its first coder owns
 * it), the coder on first invitation, and a token that expires after
 * `days`; lists the coder in the codebook; returns the join link.
 */
export async function invite(deps: TeamAdminDeps, request: InviteRequest, now = new Date()): Promise<Invitation> {
  const expires = new Date(now.getTime() + request.days * 86_400_000);
  const { project, projectCreated, coder, tokenId } = await deps.registry.transaction(async (tx) => {
    const found = await deps.registry.findProject(tx, request.project);
    const project = found ?? (await deps.registry.createProject(tx, request.project));
    const existing = await deps.registry.findCoder(tx, project.id, request.coder);
    const first = (await deps.registry.countCoders(tx, project.id)) === 0;
    const coder = existing
      ? await deps.registry.reinstateCoder(tx, existing, request.role ?? existing.role)
      : await deps.registry.createCoder(
          tx,
          project.id,
          request.coder,
          first ? 'owner' : (request.role ?? 'coder'),
          now,
        );
    const tokenId = await deps.registry.issueToken(tx, coder.id, now, expires);
    return { project, projectCreated: !found, coder, tokenId };
  });
  await writeDocument(deps.store, deps.live, codebookDocName(project.id), (doc) => {
    const writer = { by: SERVER_WRITER, now: now.getTime() };
    if (projectCreated) {
      const settings = { id: project.id, name: project.name, blindCoding: false, layersOpen: false };
      writeRecord(codebookTable(doc, 'settings'), ProjectSettingsSchema, settings, writer);
    }
    writeRecord(codebookTable(doc, 'coders'), CoderSchema, codebookCoder(coder, now), writer);
  });
  const token = signToken(
    {
      tid: tokenId,
      server: request.server,
      projectId: project.id,
      projectName: project.name,
      coderId: coder.id,
      coderName: coder.name,
      role: coder.role,
      iat: Math.floor(now.getTime() / 1000),
      exp: Math.floor(expires.getTime() / 1000),
    },
    deps.secret,
  );
  return {
    link: formatJoinLink(request.appUrl, request.server, token),
    token,
    projectId: project.id,
    projectCreated,
    coderId: coder.id,
    role: coder.role,
    expiresAt: expires.toISOString(),
  };
}

export type RevokeProblem = 'no-such-project' | 'no-such-coder';

/** Revoke a coder: every token they hold is refused from now on; their layers stay. */
export async function revoke(
  deps: TeamAdminDeps,
  request: { project: string; coder: string },
  now = new Date(),
): Promise<Result<{ projectId: string; coderId: string }, RevokeProblem>> {
  const found = await deps.registry.transaction(async (tx) => {
    const project = await deps.registry.findProject(tx, request.project);
    if (!project) return err('no-such-project' as const);
    const coder = await deps.registry.findCoder(tx, project.id, request.coder);
    if (!coder) return err('no-such-coder' as const);
    return ok({ project, coder: await deps.registry.revokeCoder(tx, coder, now) });
  });
  if (!found.ok) return found;
  const { project, coder } = found.value;
  await writeDocument(deps.store, deps.live, codebookDocName(project.id), (doc) => {
    writeRecord(codebookTable(doc, 'coders'), CoderSchema, codebookCoder(coder, now), {
      by: SERVER_WRITER,
      now: now.getTime(),
    });
  });
  return ok({ projectId: project.id, coderId: coder.id });
}
