/**
 * One reason a library file cannot be imported: where in the file (a JSON
 * path such as `statements[3].quote.end`; '' for the file as a whole) and
 * what is wrong, in plain English.
 */
export interface ImportProblem {
  path: string;
  message: string;
}

const PLAIN_KEY = /^[A-Za-z_$][\w$]*$/;

/** Write path segments the way a person reads them: `statements[3].quote.end`. */
export function problemPath(segments: readonly PropertyKey[]): string {
  let path = '';
  for (const segment of segments) {
    if (typeof segment === 'number') path += `[${segment}]`;
    else {
      const key = String(segment);
      if (!PLAIN_KEY.test(key)) path += `[${JSON.stringify(key)}]`;
      else path += path ? `.${key}` : key;
    }
  }
  return path;
}
