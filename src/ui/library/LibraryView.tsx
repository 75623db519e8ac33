import { useState } from 'react';
import type { ArticleInput } from '../../core/articles/prepareArticle';
import { exportFileName } from '../../core/exchange/exportFileName';
import { appDatabase } from '../../storage/appDatabase';
import { addArticle } from '../../storage/articleRepository';
import { exportLibrary } from '../../storage/exportLibrary';
import { downloadFile } from '../common/downloadFile';
import { useArticleSummaries } from '../data/useArticleSummaries';
import { articleHref } from '../routing/parseRoute';
import { navigate } from '../routing/useHashRoute';
import { ArticleTable } from './ArticleTable';
import { PasteArticleDialog } from './PasteArticleDialog';
import { fetchSampleArticle } from './sampleArticle';

/** The start page: every article, and the ways in and out of the library. */
export function LibraryView() {
  const articles = useArticleSummaries();
  const [pasting, setPasting] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const add = async (input: ArticleInput) => {
    const result = await addArticle(appDatabase, input);
    if (result.ok) navigate(articleHref(result.value.id));
    return result;
  };

  const loadSample = async () => {
    setError(null);
    try {
      const result = await add(await fetchSampleArticle());
      if (!result.ok) setError(result.error);
    } catch (e) {
      setError(`The sample article could not be loaded: ${(e as Error).message}.`);
    }
  };

  const exportJson = async () => {
    setError(null);
    try {
      const envelope = await exportLibrary(appDatabase);
      downloadFile(exportFileName('library', 'json'), JSON.stringify(envelope, null, 2), 'application/json');
    } catch (e) {
      setError(`The library could not be exported: ${(e as Error).message}.`);
    }
  };

  return (
    <section className="qm-library" aria-labelledby="library-heading">
      <h1 id="library-heading">Library</h1>
      <div className="qm-toolbar" role="toolbar" aria-label="Library actions">
        <button type="button" onClick={loadSample}>
          Load sample article
        </button>
        <button type="button" onClick={() => setPasting(true)}>
          Paste article
        </button>
        <button type="button" onClick={exportJson}>
          Export JSON
        </button>
      </div>
      {error && (
        <p role="alert" className="qm-error">
          {error}
        </p>
      )}
      {articles ? <ArticleTable articles={articles} /> : <p aria-busy="true">Loading…</p>}
      <PasteArticleDialog open={pasting} onClose={() => setPasting(false)} onAdd={add} />
    </section>
  );
}
