/** A refusal or failure, announced to screen readers; nothing when there is none. */
export function ErrorMessage({ message }: { message: string | null | undefined }) {
  if (!message) return null;
  return (
    <p role="alert" className="qm-error">
      {message}
    </p>
  );
}
