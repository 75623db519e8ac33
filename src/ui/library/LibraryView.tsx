import { useMemo, useState, type DragEvent } from 'react';
import { plural } from '../../core/text/plural';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { SearchSortBar } from '../common/SearchSortBar';
import { useTeamProjects } from '../data/useTeamProjects';
import { ExportButtons } from '../exchange/ExportButtons';
import { ImportAnnotationsButton, ImportAnnotationsPanel } from '../exchange/ImportAnnotations';
import { useImportAnnotations } from '../exchange/useImportAnnotations';
import { articleHref } from '../routing/parseRoute';
import { navigate } from '../routing/useHashRoute';
import { ArticleTable } from './ArticleTable';
import { ImportReport } from './ImportReport';
import { PasteArticleDialog } from './PasteArticleDialog';
import { fetchSampleArticle } from './sampleArticle';
import { ARTICLE_SORTS, sortArticles, type ArticleSort } from './sortArticles';
import { useAddArticle } from './useAddArticle';
import { useArticleDeletion } from './useArticleDeletion';
import { useFileImport } from './useFileImport';
import { useLibraryArticles } from './useLibraryArticles';
import { useLibrarySearch } from './useLibrarySearch';
import { searchKey } from '../../core/text/searchKey';
import { ErrorMessage } from '../common/ErrorMessage';
import { errorMessage } from '../../core/errorMessage';

const LIBRARY_SCOPE = { kind: 'library' } as const;
const ACCEPTED = '.txt,.text,.md,.markdown,.html,.htm,.xhtml,text/plain,text/markdown,text/html';

/** The start page: every article, and the ways in and out of the library. */
export function LibraryView() {
  const library = useLibraryArticles();
  const articles = library?.summaries;
  const projects = useTeamProjects();
  const projectNames = useMemo(
    () => new Map((projects ?? []).map((p) => [p.project.projectId, p.project.projectName])),
    [projects],
  );
  const ownedProjects = useMemo(
    () => new Set((projects ?? []).filter((p) => p.project.role === 'owner').map((p) => p.project.projectId)),
    [projects],
  );
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<ArticleSort>('added');
  const [pasting, setPasting] = useState(false);
  const [dragging, setDragging] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const adder = useAddArticle();
  const deletion = useArticleDeletion(setError);
  const files = useFileImport();
  const importing = useImportAnnotations();

  const search = useLibrarySearch(articles !== undefined);
  // Sorted once per list and order; each keystroke only filters, in memory.
  const ordered = useMemo(() => sortArticles(articles ?? [], sort), [articles, sort]);
  const matching = useMemo(() => search?.matching(query), [search, query]);
  // A query typed before the texts are read waits for them: a search of the titles alone would miss articles.
  const awaitingTexts = !search && searchKey(query) !== '';
  const shown = useMemo(() => (matching ? ordered.filter((a) => matching.has(a.id)) : ordered), [ordered, matching]);

  const run = async (what: string, action: () => Promise<unknown>) => {
    setError(null);
    try {
      await action();
    } catch (e) {
      setError(`${what}: ${errorMessage(e)}.`);
    }
  };
  const loadSample = () =>
    run('The sample article could not be loaded', async () => {
      const result = await adder.add(await fetchSampleArticle());
      if (!result.ok) setError(result.error);
    });
  const importFiles = (list: FileList | null) =>
    run('The files could not be imported', async () => {
      const outcomes = await files.importFiles(list ? [...list] : []);
      const only = outcomes.length === 1 ? outcomes[0] : undefined;
      if (only?.status === 'added' && only.notices.length === 0) navigate(articleHref(only.articleId));
    });
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    void importFiles(event.dataTransfer.files);
  };

  return (
    <section
      className={`qm-library${dragging ? ' qm-dropping' : ''}`}
      aria-labelledby="library-heading"
      onDragOver={(e) => {
        if (!e.dataTransfer.types.includes('Files')) return;
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setDragging(false);
      }}
      onDrop={onDrop}
    >
      <h1 id="library-heading">Library</h1>
      <div className="qm-toolbar" role="toolbar" aria-label="Library actions">
        <button type="button" onClick={loadSample}>
          Load sample article
        </button>
        <button type="button" onClick={() => setPasting(true)}>
          Paste article
        </button>
        <label className="qm-file-button">
          Open article file
          <input
            type="file"
            multiple
            accept={ACCEPTED}
            className="qm-visually-hidden"
            onChange={(e) => {
              void importFiles(e.target.files);
              e.target.value = '';
            }}
          />
        </label>
      </div>
      <div className="qm-toolbar" role="toolbar" aria-label="Exchange">
        <ExportButtons scope={LIBRARY_SCOPE} />
        <ImportAnnotationsButton importing={importing} />
      </div>
      <ImportAnnotationsPanel importing={importing} />
      <p className="qm-hint">Or drop .txt, .md or .html files anywhere on this page.</p>
      <ErrorMessage message={error} />
      {files.progress && (
        <p role="status">
          <label>
            Importing file {Math.min(files.progress.done + 1, files.progress.total)} of {files.progress.total}{' '}
            <progress value={files.progress.done} max={files.progress.total} />
          </label>
        </p>
      )}
      <ImportReport
        outcomes={files.outcomes}
        onDismiss={files.clear}
        onImportVisibleText={(o) => {
          files.clear();
          void run('The page text could not be imported', () =>
            adder.add({ title: o.title ?? o.file, text: o.visibleText ?? '' }),
          );
        }}
      />
      {adder.duplicate && (
        <div role="status" className="qm-notice">
          “{adder.duplicate.existing.title}” with exactly this text is already in the library.{' '}
          <button type="button" onClick={adder.openExisting}>
            Open existing article
          </button>{' '}
          <button type="button" onClick={adder.addAnyway}>
            Add a copy anyway
          </button>{' '}
          <button type="button" className="qm-quiet" onClick={adder.dismissDuplicate}>
            Dismiss
          </button>
        </div>
      )}
      {deletion.deleted && (
        <div role="status" className="qm-notice">
          Deleted “{deletion.deleted.article.title}” and its {plural(deletion.deleted.statements.length, 'statement')}.{' '}
          <button type="button" onClick={deletion.undo}>
            Undo delete
          </button>{' '}
          <button type="button" className="qm-quiet" onClick={deletion.dismiss}>
            Dismiss
          </button>
        </div>
      )}
      {articles && articles.length > 0 && (
        <SearchSortBar
          searchLabel="Search articles"
          placeholder="Title or text"
          query={query}
          onQuery={setQuery}
          sortLabel="Sort by"
          sorts={ARTICLE_SORTS}
          sort={sort}
          onSort={setSort}
        />
      )}
      {articles && matching && (
        <p role="status" className="qm-hint">
          {shown.length} of {plural(articles.length, 'article')} match “{query}”
        </p>
      )}
      {articles && awaitingTexts && (
        <p role="status" className="qm-hint" aria-busy="true">
          Searching the articles for “{query}”…
        </p>
      )}
      {!articles ? (
        <p aria-busy="true">Loading…</p>
      ) : articles.length === 0 ? (
        <p className="qm-empty">No articles yet. Load the sample, paste an article or open a file to begin.</p>
      ) : shown.length === 0 ? (
        <p className="qm-empty">No article matches “{query}”.</p>
      ) : (
        <ArticleTable
          articles={shown}
          onDelete={deletion.ask}
          projectNames={projectNames}
          canDelete={(a) => !a.projectId || !projectNames.has(a.projectId) || ownedProjects.has(a.projectId)}
        />
      )}
      {deletion.asking && (
        <ConfirmDialog
          title="Delete article"
          confirmLabel="Delete"
          onConfirm={deletion.confirm}
          onCancel={deletion.cancel}
        >
          <p>
            Delete “{deletion.asking.title}” and its {plural(deletion.asking.statementCount, 'statement')}? Speakers and
            topics stay.
            {deletion.asking.projectId && projectNames.has(deletion.asking.projectId) && (
              <>
                {' '}
                It also leaves the project “{projectNames.get(deletion.asking.projectId)}” for every coder; their
                statements on it stay in their layers.
              </>
            )}
          </p>
        </ConfirmDialog>
      )}
      <PasteArticleDialog open={pasting} onClose={() => setPasting(false)} onAdd={adder.add} />
    </section>
  );
}
