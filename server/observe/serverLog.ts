/** One line of JSON per event, to stderr (stdout carries what a person reads). */
export type ServerLog = (event: string, fields?: Record<string, unknown>) => void;

export function jsonLog(write: (line: string) => void = (line) => process.stderr.write(line)): ServerLog {
  return (event, fields = {}) => {
    write(`${JSON.stringify({ time: new Date().toISOString(), event, ...fields })}\n`);
  };
}

export const silentLog: ServerLog = () => undefined;
