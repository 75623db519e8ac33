import { searchKey } from '../../core/text/searchKey';

/** What an article is searched by. */
export interface SearchableArticle {
  id: string;
  title: string;
  text: string;
}

/**
 * Whether an article matches a query's search key (see searchKey): its title
 * or its text contains it, ignoring case, diacritics and differences in
 * spacing. The one rule of the Library's search, in memory or in storage.
 */
export function articleMatches(key: string, article: Pick<SearchableArticle, 'title' | 'text'>): boolean {
  return key === '' || searchKey(article.title).includes(key) || searchKey(article.text).includes(key);
}

/**
 * The Library's search over articles held in memory: each article's title
 * and text keyed once (the texts of a thousand articles take tens of
 * milliseconds to key), then every keystroke a scan of those keys, with no
 * read of storage. Keys are made on the first search, or ahead of it in
 * slices (prepare) while the page is idle.
 */
export class ArticleSearchIndex {
  private readonly titles: string[] = [];
  private readonly texts: string[] = [];

  constructor(private readonly articles: readonly SearchableArticle[]) {}

  /** Key more articles until `hasTime` says to stop; true once every article is keyed. */
  prepare(hasTime: () => boolean = () => true): boolean {
    while (this.texts.length < this.articles.length && hasTime()) {
      const article = this.articles[this.texts.length];
      if (!article) break;
      this.titles.push(searchKey(article.title));
      this.texts.push(searchKey(article.text));
    }
    return this.texts.length === this.articles.length;
  }

  /** Ids of the articles matching `query`, or undefined when the query is empty (every article matches). */
  matching(query: string): Set<string> | undefined {
    const key = searchKey(query);
    if (key === '') return undefined;
    this.prepare();
    const ids = new Set<string>();
    this.articles.forEach((article, i) => {
      if (this.titles[i]?.includes(key) || this.texts[i]?.includes(key)) ids.add(article.id);
    });
    return ids;
  }
}
