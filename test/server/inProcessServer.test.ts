import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SpeakerSchema } from '../../src/core/model/speaker';
import { codebookDocName, goldDocName, layerDocName } from '../../src/core/team/documentNames';
import { textToBase64url } from '../../src/core/team/base64url';
import { readToken } from '../../src/core/team/inviteToken';
import { parseJoinLink } from '../../src/core/team/joinLink';
import { ProjectSettingsSchema } from '../../src/core/team/projectSettings';
import { readRecord, writeRecord } from '../../src/core/team/recordMap';
import { codebookTable } from '../../src/core/team/teamDocs';
import { refusalReason } from '../../src/core/team/teamRefusal';
import { signToken } from '../../server/auth/tokenSigning';
import { jsonLog, silentLog } from '../../server/observe/serverLog';
import { startServer, type RunningServer } from '../../server/startServer';
import { tempDataDir } from './support/services';
import { TestClient, until } from './support/TestClient';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PROJECT = 'Xinjiang coverage';

describe('team sync server, in process', () => {
  const data = tempDataDir();
  let server: RunningServer;
  const clients: TestClient[] = [];

  const join = async (coder: string, role?: 'owner' | 'coder' | 'reader') => {
    const invitation = await server.invite({
      project: PROJECT,
      coder,
      ...(role ? { role } : {}),
      days: 30,
      server: server.wsUrl,
      appUrl: 'http://app.test/',
    });
    const client = new TestClient(coder, server.wsUrl, invitation.token);
    clients.push(client);
    return {
      client,
      invitation,
      codebook: codebookDocName(invitation.projectId),
      layer: (articleId: string, coderId = invitation.coderId) =>
        layerDocName(invitation.projectId, articleId, coderId),
    };
  };

  beforeAll(async () => {
    server = await startServer({
      host: '127.0.0.1',
      port: 0,
      dataDir: data.dir,
      schema: 'quotemark',
      log: process.env.QM_LOG ? jsonLog() : silentLog,
    });
  });

  afterAll(async () => {
    for (const client of clients) client.destroy();
    await server.stop();
    data.remove();
  });

  it('lets two owners converge on the codebook, edits of different fields of one speaker merged', async () => {
    const ann = await join('Ann');
    const ben = await join('Ben', 'owner');
    expect([ann.invitation.role, ben.invitation.role]).toEqual(['owner', 'owner']);
    await Promise.all([ann.client.settled(ann.codebook), ben.client.settled(ben.codebook)]);
    ann.client.writeSpeaker(ann.codebook, 'blinken', 'Blinken');
    ben.client.writeSpeaker(ben.codebook, 'hua', 'Hua Chunying');
    const both = () =>
      [ann, ben].every(({ client, codebook }) =>
        ['speakers/blinken', 'speakers/hua'].every((id) => client.ids(codebook).includes(id)),
      );
    await until(
      [ann.client.doc(ann.codebook), ben.client.doc(ben.codebook)],
      both,
      () => 'both speakers on both clients',
    );

    ann.client.writeSpeaker(ann.codebook, 'blinken', 'Antony Blinken');
    ben.client.writeSpeaker(ben.codebook, 'blinken', 'Blinken', { role: 'Secretary of State' });
    const merged = (client: TestClient, codebook: string) => {
      const read = readRecord(codebookTable(client.doc(codebook), 'speakers'), SpeakerSchema, 'blinken');
      return read?.ok === true && read.value.name === 'Antony Blinken' && read.value.role === 'Secretary of State';
    };
    await until(
      [ann.client.doc(ann.codebook), ben.client.doc(ben.codebook)],
      () => merged(ann.client, ann.codebook) && merged(ben.client, ben.codebook),
      () => 'merged speaker',
    );
    // The project's settings and both coders, written by the server, reached the clients too.
    expect(ann.client.ids(ann.codebook)).toEqual(
      expect.arrayContaining([
        `settings/${ann.invitation.projectId}`,
        `coders/${ann.invitation.coderId}`,
        `coders/${ben.invitation.coderId}`,
      ]),
    );
  });

  it('settles a change whose acknowledgement was lost (a server killed in between) by a full sync', async () => {
    const stu = await join('Stu');
    const name = stu.layer('a-stuck');
    await stu.client.settled(name);
    const provider = stu.client.providers.get(name);
    if (!provider) throw new Error('no provider');
    // The provider's count after an update the server never acknowledged: reconnects do not reset it (hocuspocus#825).
    provider.incrementUnsyncedChanges();
    expect(provider.unsyncedChanges).toBe(1);
    // Without a full sync the count stays at 1 and the project reads "syncing" for good.
    await stu.client.settled(name, 15_000);
    expect(provider.unsyncedChanges).toBe(0);
  });

  it('refuses a coder’s write into another coder’s layer, which never reaches a third client', async () => {
    const owner = await join('Ann');
    const cleo = await join('Cleo');
    const dan = await join('Dan');
    const annLayer = owner.layer('a1');
    await Promise.all([owner.client.settled(annLayer), cleo.client.settled(annLayer), dan.client.settled(annLayer)]);
    owner.client.writeStatement(annLayer, 'ann-1');
    cleo.client.writeStatement(annLayer, 'cleo-intruder');
    owner.client.writeStatement(annLayer, 'ann-2');
    // Dan sees Ann's statement written after Cleo's attempt: had the server taken Cleo's, it would have come first.
    await dan.client.sees(annLayer, ['statements/ann-2']);
    await owner.client.settled(annLayer);
    expect(dan.client.ids(annLayer)).toEqual(['statements/ann-1', 'statements/ann-2']);
    expect(owner.client.ids(annLayer)).toEqual(['statements/ann-1', 'statements/ann-2']);
    // Cleo's own copy keeps it, never acknowledged: the app must not offer that edit.
    expect(cleo.client.ids(annLayer)).toContain('statements/cleo-intruder');
    expect(cleo.client.providers.get(annLayer)?.unsyncedChanges).toBeGreaterThan(0);
    // And her own layer is hers to write.
    const cleoLayer = cleo.layer('a1');
    cleo.client.writeStatement(cleoLayer, 'cleo-1');
    await cleo.client.settled(cleoLayer);
    await owner.client.sees(cleoLayer, ['statements/cleo-1']);
  });

  it('refuses forged, expired and revoked tokens, with the reason', async () => {
    const eve = await join('Eve');
    const claims = readToken(eve.invitation.token);
    if (!claims.ok) throw new Error('unreadable token');
    const forged = new TestClient(
      'forger',
      server.wsUrl,
      signToken({ ...claims.value.payload, role: 'owner' }, 'not the server secret'),
    );
    const [prefix, , signature] = eve.invitation.token.split('.');
    const tampered = new TestClient(
      'tamperer',
      server.wsUrl,
      `${prefix}.${textToBase64url(JSON.stringify({ ...claims.value.payload, role: 'owner' }))}.${signature}`,
    );
    const old = await server.invite(
      { project: PROJECT, coder: 'Fay', days: 30, server: server.wsUrl, appUrl: 'http://app.test/' },
      new Date(Date.now() - 31 * 86_400_000),
    );
    const expired = new TestClient('Fay', server.wsUrl, old.token);
    clients.push(forged, tampered, expired);
    expect(await forged.refused(eve.codebook)).toBe(refusalReason('forged-token'));
    expect(await tampered.refused(eve.codebook)).toBe(refusalReason('forged-token'));
    expect(await expired.refused(eve.codebook)).toBe(refusalReason('expired-token'));

    await eve.client.settled(eve.codebook);
    expect((await server.revoke({ project: PROJECT, coder: 'Eve' })).ok).toBe(true);
    // Her open connection is closed; reconnecting, she is refused.
    expect(await eve.client.refused(eve.codebook)).toBe(refusalReason('revoked-token'));
    const again = new TestClient('Eve again', server.wsUrl, eve.invitation.token);
    clients.push(again);
    expect(await again.refused(eve.layer('a1'))).toBe(refusalReason('revoked-token'));
  });

  it('lets a reader read the codebook and layers but write nothing', async () => {
    const owner = await join('Ann');
    const rita = await join('Rita', 'reader');
    const annLayer = owner.layer('a2');
    owner.client.writeStatement(annLayer, 'ann-a2');
    await owner.client.settled(annLayer);
    await rita.client.sees(annLayer, ['statements/ann-a2']);
    await rita.client.settled(rita.codebook);
    rita.client.writeSpeaker(rita.codebook, 'by-rita');
    owner.client.writeSpeaker(owner.codebook, 'after-rita');
    await owner.client.settled(owner.codebook);
    await rita.client.sees(rita.codebook, ['speakers/after-rita']);
    expect(owner.client.ids(owner.codebook)).not.toContain('speakers/by-rita');
    expect(rita.client.providers.get(rita.codebook)?.unsyncedChanges).toBeGreaterThan(0);
  });

  it('lets owners write the gold layer and refuses a coder’s write into it, which never reaches a reader', async () => {
    const owner = await join('Ann');
    const cleo = await join('Cleo');
    const rita = await join('Rita', 'reader');
    const gold = goldDocName(owner.invitation.projectId, 'a-gold');
    await Promise.all([owner.client.settled(gold), cleo.client.settled(gold), rita.client.settled(gold)]);
    owner.client.writeStatement(gold, 'gold-1');
    cleo.client.writeStatement(gold, 'cleo-gold');
    owner.client.writeStatement(gold, 'gold-2');
    // Rita sees the owner's write made after Cleo's attempt: had the server taken Cleo's, it would have come first.
    await rita.client.sees(gold, ['statements/gold-2']);
    await owner.client.settled(gold);
    expect(rita.client.ids(gold)).toEqual(['statements/gold-1', 'statements/gold-2']);
    expect(owner.client.ids(gold)).toEqual(['statements/gold-1', 'statements/gold-2']);
    expect(cleo.client.providers.get(gold)?.unsyncedChanges).toBeGreaterThan(0);
  });

  it('hides other coders’ layers from coders under blind coding until an owner opens them', async () => {
    const owner = await join('Ann');
    const cleo = await join('Cleo');
    const dan = await join('Dan');
    const setSettings = async (blindCoding: boolean, layersOpen: boolean) => {
      const doc = owner.client.doc(owner.codebook);
      await owner.client.settled(owner.codebook);
      doc.transact(() =>
        writeRecord(
          codebookTable(doc, 'settings'),
          ProjectSettingsSchema,
          { id: owner.invitation.projectId, name: PROJECT, blindCoding, layersOpen },
          { by: 'Ann', now: Date.now() },
        ),
      );
      await owner.client.settled(owner.codebook);
    };
    await setSettings(true, false);
    const cleoLayer = cleo.layer('a3');
    cleo.client.writeStatement(cleoLayer, 'cleo-a3');
    await cleo.client.settled(cleoLayer);
    expect(await dan.client.refused(cleoLayer)).toBe(refusalReason('layer-hidden'));
    // The gold layer, made from the others' layers, is hidden from coders too.
    expect(await dan.client.refused(goldDocName(owner.invitation.projectId, 'a3'))).toBe(refusalReason('layer-hidden'));
    // The owner sees every layer all along.
    await owner.client.sees(cleoLayer, ['statements/cleo-a3']);

    await setSettings(true, true);
    const danAfter = new TestClient('Dan', server.wsUrl, dan.invitation.token);
    clients.push(danAfter);
    await danAfter.sees(cleoLayer, ['statements/cleo-a3']);
  });

  it('prints a join link from the CLI while the server runs, and answers health and metrics', async () => {
    // Not spawnSync: the CLI asks this very process's server, which must keep running meanwhile.
    const cli = await promisify(execFile)(
      process.execPath,
      [
        '--import',
        'tsx',
        'server/main.ts',
        'invite',
        '--data',
        data.dir,
        '--project',
        PROJECT,
        '--coder',
        'Gil',
        '--app',
        'https://quotemark.example/',
      ],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(cli.stderr).toContain('Gil is invited to "Xinjiang coverage" as coder');
    const link = parseJoinLink(cli.stdout.trim());
    expect(link.ok && link.value.payload).toMatchObject({
      projectName: PROJECT,
      coderName: 'Gil',
      role: 'coder',
      server: server.wsUrl,
    });
    expect(cli.stdout.startsWith('https://quotemark.example/#/join?server=')).toBe(true);

    const health = await fetch(`${server.url}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok', store: 'pglite' });
    const metrics = await (await fetch(`${server.url}/metrics`)).text();
    for (const name of [
      'quotemark_connections',
      'quotemark_documents',
      'quotemark_updates_stored_total',
      'quotemark_updates_per_second',
      'quotemark_store_append_seconds_count',
    ]) {
      expect(metrics).toMatch(new RegExp(`^${name} \\d`, 'm'));
    }
    expect(metrics).toMatch(/^quotemark_auth_refusals_total\{reason="forged-token"\} 2$/m);
    const forbidden = await fetch(`${server.url}/admin/invite`, { method: 'POST', body: '{}' });
    expect(forbidden.status).toBe(403);
  });
});
