import { createServer, createConnection, type Server, type Socket } from 'node:net';

/**
 * A TCP proxy on loopback that can cut a client off (a network partition):
 * paused, it drops the connections it carries and refuses new ones; resumed,
 * it forwards again, to whatever port `targetPort` names then (a load
 * balancer failing over to another server).
 */
export class PausableProxy {
  private server: Server;
  private sockets = new Set<Socket>();
  private paused = false;
  port = 0;

  constructor(private readonly targetPort: () => number) {
    this.server = createServer((client) => this.accept(client));
  }

  async listen(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    const address = this.server.address();
    this.port = typeof address === 'object' && address ? address.port : 0;
  }

  get url(): string {
    return `ws://127.0.0.1:${this.port}`;
  }

  pause(): void {
    this.paused = true;
    for (const socket of this.sockets) socket.destroy();
    this.sockets.clear();
  }

  resume(): void {
    this.paused = false;
  }

  async close(): Promise<void> {
    this.pause();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private accept(client: Socket): void {
    if (this.paused) {
      client.destroy();
      return;
    }
    const upstream = createConnection({ host: '127.0.0.1', port: this.targetPort() });
    for (const socket of [client, upstream]) {
      this.sockets.add(socket);
      socket.on('error', () => undefined);
      socket.on('close', () => {
        this.sockets.delete(socket);
        client.destroy();
        upstream.destroy();
      });
    }
    client.pipe(upstream);
    upstream.pipe(client);
  }
}
