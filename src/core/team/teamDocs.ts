import type * as Y from 'yjs';
import { ArticleSchema } from '../model/article';
import { SpeakerSchema } from '../model/speaker';
import { StatementSchema } from '../model/statement';
import { TopicSchema } from '../model/topic';
import { CoderSchema } from './coder';
import { GoldStatementSchema } from '../curation/goldStatement';
import { ProjectSettingsSchema } from './projectSettings';

/**
 * What lives where. Each table is a top-level Y.Map of the document, keyed
 * by record id; each record is a nested Y.Map of field cells (fieldCell.ts).
 *
 * Codebook (one per project): articles (metadata and canonical text),
 * speakers, topics, coders, and `settings` (one record keyed by the
 * project id). Layer (one per project × article × coder): `statements`,
 * and the `speakers` and `topics` those statements name that the codebook
 * lacks: a coder cannot write the codebook, so a speaker or topic a coder
 * creates while coding travels with the coder's statements, for everyone
 * who reads the layer, until an owner adds it to the codebook.
 * Gold (one per project × article): the curated `statements` (each with its
 * provenance, or marked rejected), and the `speakers` and `topics` they
 * name that the codebook lacks, as in a layer.
 */
export const CODEBOOK_TABLES = {
  articles: ArticleSchema,
  speakers: SpeakerSchema,
  topics: TopicSchema,
  coders: CoderSchema,
  settings: ProjectSettingsSchema,
} as const;

export const LAYER_TABLES = {
  statements: StatementSchema,
  speakers: SpeakerSchema,
  topics: TopicSchema,
} as const;

export const GOLD_TABLES = {
  statements: GoldStatementSchema,
  speakers: SpeakerSchema,
  topics: TopicSchema,
} as const;

export type CodebookTable = keyof typeof CODEBOOK_TABLES;
export type LayerTable = keyof typeof LAYER_TABLES;

export function codebookTable(doc: Y.Doc, table: CodebookTable): Y.Map<Y.Map<unknown>> {
  return doc.getMap(table);
}

/** A table of a layer or of a gold document (the two hold the same tables). */
export function layerTable(doc: Y.Doc, table: LayerTable = 'statements'): Y.Map<Y.Map<unknown>> {
  return doc.getMap(table);
}
