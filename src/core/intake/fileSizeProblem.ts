/** Five MiB: far beyond a news article; check `File.size` against it before reading. */
export const MAX_ARTICLE_FILE_BYTES = 5 * 1024 * 1024;

// Rounded up, so a file just over the limit never reads as equal to it.
const megabytes = (bytes: number) => `${(Math.ceil((bytes / 1024 / 1024) * 10) / 10).toFixed(1)} MB`;

/**
 * Why a file of this size is refused, or undefined when it is small enough.
 * Kept apart from the readers so the UI can check a file's size before it
 * reads the file or loads the intake code.
 */
export function fileSizeProblem(fileName: string, size: number): string | undefined {
  if (size <= MAX_ARTICLE_FILE_BYTES) return undefined;
  return `“${fileName}” is ${megabytes(size)}; the limit is ${MAX_ARTICLE_FILE_BYTES / 1024 / 1024} MB`;
}
