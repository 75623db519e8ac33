import { useState } from 'react';
import { fileSizeProblem } from '../../core/intake/fileSizeProblem';
import { appDatabase } from '../../storage/database/appDatabase';
import { addArticle } from '../../storage/repositories/articleRepository';
import { settleWrite } from '../common/settleWrite';
import { findDuplicateArticle } from './findDuplicateArticle';
import type { ImportOutcome } from './importOutcome';
import { errorMessage } from '../../core/errorMessage';

// Readability, DOMPurify and marked load with the first import, not with the app.
const loadIntake = async () => {
  const [{ readArticleFile }, { htmlEnvironment }] = await Promise.all([
    import('../../core/intake/readArticleFile'),
    import('../../core/intake/htmlEnvironment'),
  ]);
  return { readArticleFile, env: htmlEnvironment(window) };
};

/**
 * Turn opened or dropped files into articles, one by one, so a bad file never
 * stops the others. Each file's outcome is reported; progress is counted.
 */
export function useFileImport() {
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [outcomes, setOutcomes] = useState<ImportOutcome[]>([]);

  const importFiles = async (files: readonly File[]): Promise<ImportOutcome[]> => {
    const results: ImportOutcome[] = [];
    setOutcomes([]);
    setProgress({ done: 0, total: files.length });
    for (const file of files) {
      results.push(await importFile(file));
      setProgress({ done: results.length, total: files.length });
    }
    setProgress(null);
    setOutcomes(results);
    return results;
  };

  return { importFiles, progress, outcomes, clear: () => setOutcomes([]) };
}

async function importFile(file: File): Promise<ImportOutcome> {
  const name = file.name;
  // Refused before reading, so a huge file never has to fit in memory.
  const tooLarge = fileSizeProblem(name, file.size);
  if (tooLarge) return { file: name, status: 'failed', message: `${tooLarge}.` };
  try {
    const { readArticleFile, env } = await loadIntake();
    const bytes = new Uint8Array(await file.arrayBuffer());
    const read = readArticleFile(name, bytes, env);
    if (!read.ok) return { file: name, status: 'failed', ...read.error };
    const existing = await findDuplicateArticle(read.value.input.text);
    if (existing) return { file: name, status: 'duplicate', existingId: existing.id, existingTitle: existing.title };
    const added = await settleWrite(addArticle(appDatabase, read.value.input));
    if (!added.ok) return { file: name, status: 'failed', message: `“${name}”: ${added.error}` };
    return {
      file: name,
      status: 'added',
      articleId: added.value.id,
      title: added.value.title,
      notices: read.value.notices,
    };
  } catch (e) {
    return { file: name, status: 'failed', message: `“${name}” could not be read: ${errorMessage(e)}` };
  }
}
