/**
 * Put an error nobody handled in the console with its stack, so a bug the
 * person sees can be found by whoever reads the console (a report, the
 * developer tools). `where` says which boundary caught it.
 */
export function logError(where: string, error: unknown, detail?: string): void {
  console.error(`Quotemark: ${where}`, error, ...(detail ? [detail] : []));
}
