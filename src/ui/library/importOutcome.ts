/** What happened to one file of an import, as the Library reports it. */
export type ImportOutcome =
  | { file: string; status: 'added'; articleId: string; title: string; notices: string[] }
  | { file: string; status: 'duplicate'; existingId: string; existingTitle: string }
  | { file: string; status: 'failed'; message: string; visibleText?: string; title?: string };
