/**
 * Whether a file's text is W3C Web Annotations rather than a Quotemark
 * library, judged from its start so a large file is not parsed twice: a
 * JSON-LD `@context` (an IRI or a list, whatever its position among the
 * keys), an Annotation, AnnotationPage or AnnotationCollection `type`, or a
 * list, unless it says it is a Quotemark library. A `"@context"` inside an
 * article's text is escaped (`\"@context\"`), so it does not count.
 */
export function isW3CText(text: string): boolean {
  const start = text.slice(0, 2000);
  if (/"format"\s*:\s*"quotemark"/.test(start)) return false;
  return (
    /"@context"\s*:/.test(start) || /"type"\s*:\s*"Annotation(Collection|Page)?"/.test(start) || /^\s*\[/.test(start)
  );
}
