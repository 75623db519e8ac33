import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PausableProxy } from './support/PausableProxy';
import {
  POSTGRES_URL,
  REDIS_URL,
  postgresSchema,
  redisReachable,
  tempDataDir,
  uniqueRedisPrefix,
} from './support/services';
import { ServerProcess } from './support/ServerProcess';
import { TestClient } from './support/TestClient';
import { inviteThroughCli, memberOf, recordSets, teamDocs, unionOfRecords } from './support/teamOfThree';

describe('two server processes sharing PostgreSQL and Redis', () => {
  const dirs = [tempDataDir(), tempDataDir()];
  let schema: Awaited<ReturnType<typeof postgresSchema>> | undefined;
  let servers: ServerProcess[] = [];

  beforeAll(async () => {
    await redisReachable();
    schema = await postgresSchema();
    const env = {
      DATABASE_URL: POSTGRES_URL,
      QUOTEMARK_DB_SCHEMA: schema.schema,
      REDIS_URL,
      QUOTEMARK_REDIS_PREFIX: uniqueRedisPrefix(),
    };
    servers = dirs.map(({ dir }) => new ServerProcess(dir, env));
    await Promise.all(servers.map((server) => server.start()));
  });

  afterAll(async () => {
    await Promise.all(servers.map((server) => server.stop()));
    await schema?.drop();
    for (const dir of dirs) dir.remove();
  });

  it('converges a client on each server, and after one server dies and its client fails over to the other', async () => {
    const [one, two] = servers as [ServerProcess, ServerProcess];
    let target = one;
    const balancer = new PausableProxy(() => target.port);
    await balancer.listen();
    const env = { QUOTEMARK_DB_SCHEMA: schema!.schema };
    const ann = memberOf(await inviteThroughCli(dirs[0]!.dir, 'Two servers', 'Ann', env), 'Ann', balancer.url);
    const ben = memberOf(await inviteThroughCli(dirs[0]!.dir, 'Two servers', 'Ben', env), 'Ben', two.url);
    const members = [ann, ben];
    const docs = teamDocs(members);
    const codebook = docs[0]!;
    const fresh = new TestClient('fresh', two.url, ben.invitation.token);
    try {
      for (const m of members) for (const doc of docs) m.client.open(doc);
      await Promise.all(members.map((m) => m.client.settled(m.layer)));

      for (let i = 0; i < 60; i++) {
        for (const m of members) {
          m.client.writeStatement(m.layer, `${m.client.name}-s${i}`);
          if (i % 10 === 0) m.client.writeSpeaker(codebook, `${m.client.name}-sp${i}`);
        }
        await new Promise((resolve) => setImmediate(resolve));
        if (i === 30) {
          // Ann's writes so far went through server one: Ben, on server two, has them.
          await ann.client.settled(ann.layer);
          await ben.client.sees(ann.layer, ann.client.ids(ann.layer));
          await one.kill();
          target = two;
          balancer.pause();
          balancer.resume();
        }
      }
      const clients = members.map((m) => m.client);
      const expected = unionOfRecords(clients, docs);
      await Promise.all(
        [...clients, fresh].map((c) => Promise.all(docs.map((doc) => c.sees(doc, expected[doc]!, 30_000)))),
      );
      for (const c of [...clients, fresh]) expect(recordSets(c, docs), c.name).toEqual(expected);
      expect(expected[ann.layer]).toHaveLength(60);
      expect(expected[codebook]!.filter((id) => id.startsWith('speakers/'))).toHaveLength(12);
    } finally {
      for (const c of [ann.client, ben.client, fresh]) c.destroy();
      await balancer.close();
    }
  });
});
