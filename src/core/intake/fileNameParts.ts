/** A file's name split into its stem and its lower-case extension (with the dot, or ''). */
export interface FileNameParts {
  stem: string;
  extension: string;
}

/**
 * Split a file name at its last dot: "Report.2024.HTML" is stem
 * "Report.2024", extension ".html". Any folder part is dropped, and a
 * leading dot (".notes") is part of the stem, not an extension.
 */
export function fileNameParts(fileName: string): FileNameParts {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const dot = base.lastIndexOf('.');
  if (dot <= 0) return { stem: base, extension: '' };
  return { stem: base.slice(0, dot), extension: base.slice(dot).toLowerCase() };
}
