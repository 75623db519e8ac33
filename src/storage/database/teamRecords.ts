import type { RecordConflict } from '../../core/team/codebookConflicts';
import type { Coder } from '../../core/team/coder';
import type { GoldStatement } from '../../core/curation/goldStatement';
import type { ProjectSettings } from '../../core/team/projectSettings';
import type { TeamRefusal } from '../../core/team/teamRefusal';
import type { TeamRole } from '../../core/team/teamRoles';
import type { Speaker } from '../../core/model/speaker';
import type { Statement } from '../../core/model/statement';
import type { Topic } from '../../core/model/topic';

/**
 * The tables the team sync client keeps beside the library (schema v6).
 * None of them is exported: they describe this browser's part in projects.
 */
export const TEAM_PROJECTS = 'teamProjects';
export const TEAM_UPDATES = 'teamUpdates';
export const TEAM_OUTBOX = 'teamOutbox';
export const TEAM_PENDING = 'teamPending';
export const TEAM_LAYERS = 'teamLayers';
export const TEAM_STATUS = 'teamStatus';
/** Schema v7: the gold layers of the projects joined. */
export const TEAM_GOLD = 'teamGold';

/** A project this browser joined, with what its join link said and what its codebook says of it. */
export interface TeamProjectRecord {
  projectId: string;
  projectName: string;
  /** The sync server's WebSocket address. */
  server: string;
  token: string;
  coderId: string;
  coderName: string;
  role: TeamRole;
  /** When the token stops working (ISO). */
  expiresAt: string;
  joinedAt: string;
  /** The project's coders, as its codebook lists them (names for the Layers checkboxes). */
  coders: Coder[];
  settings: ProjectSettings | null;
  /** Settings an owner chose here that the codebook does not hold yet (the sync client writes them in). */
  settingsWanted?: ProjectSettings;
  /** Same-field edits in the codebook made without seeing each other (kept by the sync client, listed in Settings → Team). */
  conflicts?: RecordConflict[];
}

/**
 * One Yjs update of one document, as it arrived or was made here: a
 * document is every update of its name applied in any order. `seq` orders
 * them for compaction, which replaces a document's rows by one.
 */
export interface TeamUpdateRecord {
  seq?: number;
  doc: string;
  update: Uint8Array;
}

/**
 * A record written in the library that the sync client has yet to carry
 * into its project's documents (written by teamOutboxMiddleware in the
 * same transaction as the record). `nonce` changes with every write, so a
 * write that came while the record was being carried keeps its row.
 */
export interface TeamOutboxRecord {
  key: string;
  table: MirroredTable;
  id: string;
  nonce: string;
}

/**
 * A change carried into a project's documents that its server has not yet
 * confirmed it stored. `mark` orders it against the confirmation: the
 * server's acknowledgement clears every row marked before it came.
 */
export interface TeamPendingRecord {
  key: string;
  projectId: string;
  mark: number;
}

/** Another coder's layer on one article, read-only, for display and export. */
export interface TeamLayerRecord {
  doc: string;
  projectId: string;
  articleId: string;
  coderId: string;
  statements: Statement[];
  /** Speakers and topics the coder made who are not in the codebook (see teamDocs LAYER_TABLES). */
  speakers: Speaker[];
  topics: Topic[];
}

/**
 * One statement of a project's gold layer (see core/curation/goldStatement),
 * as its gold document holds it, with the project it belongs to. An owner's
 * curation writes these rows; the outbox carries them into the document,
 * as it carries the library's own records.
 */
export type TeamGoldRecord = GoldStatement & { projectId: string };

/** Where a project's connection stands (the Team section words it with the pending count). */
export type TeamConnection = 'connecting' | 'syncing' | 'synced' | 'offline' | 'refused';

export interface TeamStatusRecord {
  projectId: string;
  connection: TeamConnection;
  refusal?: TeamRefusal;
}

/** The tables whose records travel in project documents: the library's, and the gold statements curated here. */
export const MIRRORED_TABLES = ['articles', 'speakers', 'topics', 'statements', TEAM_GOLD] as const;
export type MirroredTable = (typeof MIRRORED_TABLES)[number];

export const outboxKey = (table: MirroredTable, id: string) => `${table}/${id}`;
