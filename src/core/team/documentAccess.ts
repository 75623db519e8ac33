import { err, ok, type Result } from '../result';
import type { TeamDocRef } from './documentNames';
import type { TeamRefusal } from './teamRefusal';
import type { TeamRole } from './teamRoles';

export type DocumentAccess = 'write' | 'read';

/**
 * Who may do what with a document of their project: owners write the
 * codebook, everyone reads it; a coder (or owner) writes their own layer
 * and reads the others', unless blind coding hides them from coders;
 * readers read. The gold layer (an article's curated statements) is the
 * owners' to write; coders read it, unless blind coding hides it too (it is
 * made from the others' layers). The server enforces this; the app asks the same function
 * so it never offers an edit the server would refuse.
 */
export function documentAccess(
  doc: TeamDocRef,
  who: { projectId: string; coderId: string; role: TeamRole },
  layersHidden: boolean,
): Result<DocumentAccess, TeamRefusal> {
  if (doc.projectId !== who.projectId) return err('wrong-project');
  if (who.role === 'reader') return ok('read');
  if (doc.kind === 'codebook') return ok(who.role === 'owner' ? 'write' : 'read');
  if (doc.kind === 'gold') {
    if (who.role === 'owner') return ok('write');
    return layersHidden ? err('layer-hidden') : ok('read');
  }
  if (doc.coderId === who.coderId) return ok('write');
  if (who.role === 'coder' && layersHidden) return err('layer-hidden');
  return ok('read');
}
