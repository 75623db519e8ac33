import type { Extension, Hocuspocus, onAuthenticatePayload, onChangePayload } from '@hocuspocus/server';
import type * as Y from 'yjs';
import { documentAccess } from '../../src/core/team/documentAccess';
import { parseDocName } from '../../src/core/team/documentNames';
import { tokenExpired } from '../../src/core/team/inviteToken';
import { layersHidden, ProjectSettingsSchema, type ProjectSettings } from '../../src/core/team/projectSettings';
import { readRecord } from '../../src/core/team/recordMap';
import { codebookTable } from '../../src/core/team/teamDocs';
import { refusalReason, type TeamRefusal } from '../../src/core/team/teamRefusal';
import type { TeamRole } from '../../src/core/team/teamRoles';
import type { ServerLog } from '../observe/serverLog';
import type { ServerMetrics } from '../observe/ServerMetrics';
import type { TeamRegistry, TokenStanding } from '../store/TeamRegistry';
import { verifyToken } from './tokenSigning';

/** What a connection's context holds once its token is accepted. */
export interface CoderContext {
  projectId: string;
  coderId: string;
  role: TeamRole;
  tokenId: string;
}

export interface AuthDeps {
  registry: TeamRegistry;
  secret: string;
  metrics: ServerMetrics;
  log: ServerLog;
  /** A project's settings as its codebook says (loaded from the store when not in memory). */
  settings: (projectId: string) => Promise<ProjectSettings | null>;
  now?: () => number;
}

/** A client opens many documents with one token: its standing is read at most this often. */
const STANDING_TTL_MS = 5_000;

/** Read a project's settings from its codebook. */
export function settingsIn(doc: Y.Doc, projectId: string): ProjectSettings | null {
  const read = readRecord(codebookTable(doc, 'settings'), ProjectSettingsSchema, projectId);
  return read?.ok ? read.value : null;
}

/**
 * Every document a connection opens is checked here: a token this server
 * signed, not expired, not revoked, for this document's project; then the
 * one access rule of core (documentAccess) decides between write, read
 * (the connection is made read-only: its updates are neither applied nor
 * stored) and a refusal, sent to the client as `quotemark:<code>`.
 */
export class AuthExtension implements Extension {
  extensionName = 'QuotemarkAuth';
  private standings = new Map<string, { standing: TokenStanding | null; at: number }>();
  private hiddenBefore = new Map<string, boolean>();
  private instance: Hocuspocus | null = null;

  constructor(private readonly deps: AuthDeps) {}

  async onConfigure({ instance }: { instance: Hocuspocus }) {
    this.instance = instance;
  }

  async onAuthenticate({ token, documentName, connectionConfig }: onAuthenticatePayload): Promise<CoderContext> {
    const now = this.deps.now?.() ?? Date.now();
    const ref = parseDocName(documentName);
    if (!ref) return this.refuse('unknown-document', documentName);
    const claims = verifyToken(token, this.deps.secret);
    if (!claims.ok) return this.refuse(claims.error, documentName);
    if (tokenExpired(claims.value, now)) return this.refuse('expired-token', documentName);
    const standing = await this.standing(claims.value.tid, now);
    if (!standing || standing.revoked) return this.refuse('revoked-token', documentName);
    const who = { projectId: standing.projectId, coderId: standing.coderId, role: standing.role };
    const othersLayer = ref.kind === 'layer' && ref.coderId !== who.coderId && who.role === 'coder';
    const hidden = othersLayer ? layersHidden(await this.deps.settings(ref.projectId)) : false;
    const access = documentAccess(ref, who, hidden);
    if (!access.ok) return this.refuse(access.error, documentName);
    connectionConfig.readOnly = access.value === 'read';
    return { ...who, tokenId: claims.value.tid };
  }

  /** When an owner turns blind coding on (or closes the layers), coders lose others' layers at once. */
  async onChange({ documentName, document }: onChangePayload) {
    const ref = parseDocName(documentName);
    if (ref?.kind !== 'codebook') return;
    const hidden = layersHidden(settingsIn(document, ref.projectId));
    const before = this.hiddenBefore.get(ref.projectId) ?? false;
    this.hiddenBefore.set(ref.projectId, hidden);
    if (hidden && !before) this.closeWhere((doc, ctx) => doc.kind === 'layer' && doc.projectId === ref.projectId && ctx.role === 'coder' && doc.coderId !== ctx.coderId);
  }

  /** After a revocation: forget cached standings and close the coder's connections. */
  revoked(coderId: string): void {
    this.standings.clear();
    this.closeWhere((_, ctx) => ctx.coderId === coderId);
  }

  private closeWhere(match: (doc: NonNullable<ReturnType<typeof parseDocName>>, ctx: CoderContext) => boolean): void {
    for (const document of this.instance?.documents.values() ?? []) {
      const ref = parseDocName(document.name);
      if (!ref) continue;
      for (const connection of document.getConnections()) {
        const ctx = connection.context as Partial<CoderContext> | undefined;
        if (ctx?.coderId && ctx.role && match(ref, ctx as CoderContext)) connection.close({ code: 4403, reason: 'Forbidden' });
      }
    }
  }

  private async standing(tokenId: string, now: number): Promise<TokenStanding | null> {
    const cached = this.standings.get(tokenId);
    if (cached && now - cached.at < STANDING_TTL_MS) return cached.standing;
    const standing = await this.deps.registry.tokenStanding(tokenId);
    this.standings.set(tokenId, { standing, at: now });
    return standing;
  }

  private refuse(code: TeamRefusal, documentName: string): never {
    this.deps.metrics.refused(code);
    this.deps.log('auth.refused', { document: documentName, reason: code });
    throw Object.assign(new Error(code), { reason: refusalReason(code) });
  }
}
