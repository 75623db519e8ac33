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
/**
 * How often open connections' tokens are checked again: a revocation made
 * through another server process (or straight in the store), or a token
 * running out, ends connections here within this time.
 */
const SWEEP_MS = 15_000;

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
  private sweeper: NodeJS.Timeout | null = null;

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
    // Blind coding matters for a coder opening another's layer or the gold layer (made from the others').
    const othersWork =
      who.role === 'coder' && (ref.kind === 'gold' || (ref.kind === 'layer' && ref.coderId !== who.coderId));
    const hidden = othersWork ? layersHidden(await this.deps.settings(ref.projectId)) : false;
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
    if (hidden && !before)
      this.closeWhere(
        (doc, ctx) =>
          doc.projectId === ref.projectId &&
          ctx.role === 'coder' &&
          (doc.kind === 'gold' || (doc.kind === 'layer' && doc.coderId !== ctx.coderId)),
      );
  }

  start(): void {
    this.sweeper = setInterval(() => void this.sweep(), SWEEP_MS);
    this.sweeper.unref();
  }

  stop(): void {
    if (this.sweeper) clearInterval(this.sweeper);
  }

  /** Close the connections whose token was revoked or ran out since it was accepted. */
  private async sweep(): Promise<void> {
    const now = this.deps.now?.() ?? Date.now();
    const tokens = new Set<string>();
    for (const document of this.instance?.documents.values() ?? []) {
      for (const connection of document.getConnections()) {
        const ctx = connection.context as Partial<CoderContext> | undefined;
        if (ctx?.tokenId) tokens.add(ctx.tokenId);
      }
    }
    const ended = new Set<string>();
    for (const tokenId of tokens) {
      this.standings.delete(tokenId);
      const standing = await this.standing(tokenId, now).catch(() => undefined);
      if (standing === null || standing?.revoked || (standing && standing.expiresAt <= now)) ended.add(tokenId);
    }
    if (ended.size > 0) this.closeWhere((_, ctx) => ended.has(ctx.tokenId), 'socket');
  }

  /** After a revocation: forget cached standings and close the coder's connections. */
  revoked(coderId: string): void {
    this.standings.clear();
    this.closeWhere((_, ctx) => ctx.coderId === coderId, 'socket');
  }

  /**
   * Close the matching connections: one document (the client keeps its
   * socket and meets the refusal when it reconnects), or the whole socket
   * of a coder who lost access, so the client reconnects at once and hears
   * why it is refused.
   */
  private closeWhere(
    match: (doc: NonNullable<ReturnType<typeof parseDocName>>, ctx: CoderContext) => boolean,
    scope: 'document' | 'socket' = 'document',
  ): void {
    for (const document of this.instance?.documents.values() ?? []) {
      const ref = parseDocName(document.name);
      if (!ref) continue;
      for (const connection of document.getConnections()) {
        const ctx = connection.context as Partial<CoderContext> | undefined;
        if (!ctx?.coderId || !ctx.role || !match(ref, ctx as CoderContext)) continue;
        if (scope === 'socket') connection.webSocket.close(4403, 'Forbidden');
        else connection.close({ code: 4403, reason: 'Forbidden' });
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
    // No message: Hocuspocus prints a hook error's message to the console,
    // and the refusal is already in the structured log.
    throw Object.assign(new Error(), { reason: refusalReason(code) });
  }
}
