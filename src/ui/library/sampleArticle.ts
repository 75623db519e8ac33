import type { ArticleInput } from '../../core/articles/prepareArticle';

/** The bundled seed article (public/samples/, see its SOURCE.md). */
export const SAMPLE_ARTICLE = {
  path: 'samples/us-sanctions-xinjiang.txt',
  meta: {
    title: 'US announces sanctions for Chinese officials over human rights abuses',
    source: 'The Hill',
    publishedAt: '2021-03-22',
  } satisfies Omit<ArticleInput, 'text'>,
};

/** Fetch the sample's text from the app's own origin. */
export async function fetchSampleArticle(): Promise<ArticleInput> {
  const response = await fetch(`${import.meta.env.BASE_URL}${SAMPLE_ARTICLE.path}`);
  if (!response.ok) throw new Error(`the sample could not be loaded (HTTP ${response.status})`);
  return { ...SAMPLE_ARTICLE.meta, text: await response.text() };
}
