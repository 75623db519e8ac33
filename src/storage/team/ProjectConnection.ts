import { HocuspocusProvider, HocuspocusProviderWebsocket, WebSocketStatus } from '@hocuspocus/provider';
import type * as Y from 'yjs';
import { parseRefusalReason, type TeamRefusal } from '../../core/team/teamRefusal';
import type { TeamConnection } from '../database/teamRecords';
import { resyncWhenStuck } from './resyncWhenStuck';

/** How to reach the server: the browser's WebSocket, or one passed in (Node tests pass `ws`). */
export interface ConnectionOptions {
  WebSocketPolyfill?: unknown;
  /** Whether the device has a network now (navigator.onLine in the browser). */
  online: boolean;
}

/** Where a project's connection stands, from its socket and its documents' providers. */
export interface ConnectionState {
  connection: TeamConnection;
  refusal?: TeamRefusal;
}

/**
 * One WebSocket to a project's server carrying all of its documents, each
 * through its own HocuspocusProvider with the join link's token. "Synced"
 * is what the server acknowledged: it acknowledges an update only once it
 * has stored it (server/sync/storeExtension), and a provider counts the
 * updates not yet acknowledged (unsyncedChanges).
 *
 * Going offline closes the socket at once: the browser knows before a
 * dead TCP connection would tell, and nothing is sent into the void.
 */
export class ProjectConnection {
  private readonly socket: HocuspocusProviderWebsocket;
  private readonly providers = new Map<string, HocuspocusProvider>();
  /** Documents the server refused, with why. */
  private readonly refused = new Map<string, TeamRefusal>();
  /** The whole project is refused (its codebook was): the socket stays closed. */
  private refusal: TeamRefusal | undefined;
  /** A connection attempt has ended, one way or the other: from then on "not connected" means offline. */
  private tried = false;
  private online: boolean;
  private restarting = false;

  constructor(
    url: string,
    private readonly token: string,
    private readonly codebookName: string,
    private readonly onChange: () => void,
    options: ConnectionOptions,
  ) {
    this.online = options.online;
    this.socket = new HocuspocusProviderWebsocket({
      url,
      autoConnect: options.online,
      ...(options.WebSocketPolyfill ? { WebSocketPolyfill: options.WebSocketPolyfill } : {}),
      // Reconnect soon after the server comes back, but never hammer it.
      delay: 500,
      minDelay: 500,
      maxDelay: 10_000,
    });
    this.socket.on('status', onChange);
    this.socket.on('connect', () => this.settleAttempt());
    this.socket.on('disconnect', () => this.settleAttempt());
  }

  /** Send a document through this connection (once). The codebook carries awareness, which keeps the socket's heartbeat. */
  attach(name: string, document: Y.Doc): void {
    if (this.providers.has(name)) {
      // Refused before (another coder's layer under blind coding) and asked
      // for again: the owner may have opened it. A Hocuspocus server takes
      // one authentication per document and socket, so ask on a new socket.
      if (this.refused.delete(name)) this.restart();
      return;
    }
    const provider = new HocuspocusProvider({
      websocketProvider: this.socket,
      name,
      document,
      token: this.token,
      ...(name === this.codebookName ? {} : { awareness: null }),
      onSynced: this.onChange,
      onUnsyncedChanges: this.onChange,
      onAuthenticated: () => {
        this.refused.delete(name);
        this.onChange();
      },
      onAuthenticationFailed: ({ reason }) => this.refuse(name, parseRefusalReason(reason) ?? 'unknown-document'),
      // The server closed this one document while the socket stays open: it
      // revoked the token, or blind coding now hides this layer. Asking for
      // the document again brings its answer (a refusal, worded in Team).
      onClose: () => {
        if (this.socket.status === WebSocketStatus.Connected && !this.refused.has(name))
          queueMicrotask(() => this.reopen(name));
      },
    });
    this.providers.set(name, provider);
    resyncWhenStuck(provider);
    provider.attach();
  }

  /** Whether the server refused this document to me (e.g. another coder's layer under blind coding). */
  isRefused(name: string): boolean {
    return this.refused.has(name);
  }

  state(): ConnectionState {
    if (this.refusal) return { connection: 'refused', refusal: this.refusal };
    if (!this.online) return { connection: 'offline' };
    if (this.socket.status !== WebSocketStatus.Connected) return { connection: this.tried ? 'offline' : 'connecting' };
    for (const [name, provider] of this.providers) {
      if (this.refused.has(name)) continue;
      if (!provider.isSynced || provider.unsyncedChanges > 0) return { connection: 'syncing' };
    }
    return { connection: 'synced' };
  }

  setOnline(online: boolean): void {
    if (online === this.online) return;
    this.online = online;
    if (this.refusal) return;
    if (online) void this.socket.connect();
    else this.socket.disconnect();
    this.onChange();
  }

  destroy(): void {
    for (const provider of this.providers.values()) provider.destroy();
    this.providers.clear();
    this.socket.destroy();
  }

  /** Close the socket and open a new one: every document asks again. */
  private restart(): void {
    if (this.restarting || this.socket.status !== WebSocketStatus.Connected) return;
    this.restarting = true;
    const reconnect = () => {
      this.socket.off('disconnect', reconnect);
      this.restarting = false;
      if (this.online && !this.refusal) void this.socket.connect();
    };
    this.socket.on('disconnect', reconnect);
    this.socket.disconnect();
  }

  private reopen(name: string): void {
    const provider = this.providers.get(name);
    if (!provider || this.refusal || this.socket.status !== WebSocketStatus.Connected) return;
    provider.detach();
    provider.attach();
    this.onChange();
  }

  private refuse(name: string, code: TeamRefusal): void {
    this.refused.set(name, code);
    if (name === this.codebookName || code !== 'layer-hidden') {
      // The token itself is refused: trying again changes nothing until a new link is joined.
      this.refusal = code;
      this.socket.disconnect();
    }
    this.onChange();
  }

  private settleAttempt(): void {
    this.tried = true;
    this.onChange();
  }
}
