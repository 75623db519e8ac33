import type { Envelope } from '../../src/core/model/envelope';
import { codebookDocName } from '../../src/core/team/documentNames';
import { inviteCoder } from './inviteCoder';
import { SyncCoder, untilAll } from './SyncCoder';
import type { SyncServerProcess } from './SyncServerProcess';
import { dealStatements, writeCodebook, writeStatement } from './teamSeed';

/**
 * A project on the server holding a generated library: the first coder
 * (the owner) writes the codebook, and the statements are dealt out to the
 * coders, each writing theirs into their own layers through a Node client.
 * Resolves once the server has stored everything; the clients then leave.
 */
export async function seedProject(
  server: SyncServerProcess,
  project: string,
  coderNames: readonly string[],
  library: Envelope,
  appUrl: string,
): Promise<{ projectId: string }> {
  const coders: SyncCoder[] = [];
  try {
    let projectId = '';
    for (const name of coderNames) {
      const invitation = await inviteCoder(server.dataDir, project, name, appUrl);
      projectId = invitation.projectId;
      coders.push(new SyncCoder(invitation.coderId, server.wsUrl, invitation.token));
    }
    const [owner] = coders;
    if (!owner) throw new Error('no coders');
    const now = Date.now();
    writeCodebook(owner, projectId, library, now);
    const hands = dealStatements(library.statements, coders.length);
    coders.forEach((coder, k) => {
      for (const statement of hands[k] ?? []) writeStatement(coder, projectId, statement, now);
    });
    await untilAll(
      coders,
      () =>
        coders.every((c) => c.settled()) &&
        owner.count([codebookDocName(projectId)], 'articles') === library.articles.length,
      () => `the seed did not settle: ${coders.map((c) => `${c.unsynced()} unsynced`).join(', ')}`,
      300_000,
    );
    return { projectId };
  } finally {
    for (const coder of coders) coder.destroy();
  }
}
