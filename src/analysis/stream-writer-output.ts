/**
 * A function that writes its output to a stream it is handed (puma 5e6e0737fc's Minitest reporter:
 * `def aggregated_results(io)`, whose body is `io.puts` line after line): a bare `puts ''` among those writes is
 * more of the same output, a separator printed to the console instead of `io`, not a value someone looked at.
 */

// The parameters in a function's header: `def aggregated_results(io)`, `def report io, opts`, `void dump(PrintStream out)`.
const PARAMETERS = /\(([^()]{0,300})\)|^\s*def\s+[\w.?!]+\s+([^#]{1,200})$/;
// A parameter named as a console stream. Not any writer: `res.write` in a request handler answers the client, and a
// leftover print beside it is still a leftover.
const STREAM_NAME = /^(?:io|out|output|stream|stdout|stderr|printer|console|ps|pw)$/i;
/** Writes to the stream a function needs before a bare print among them counts as part of its output. */
const WRITES = 2;
/** Lines of a function's body read for its writes: a long function is not scanned whole. */
const MAX_BODY = 200;

/** The names a header declares as parameters, without types, defaults or sigils. */
function parameterNames(header: string): string[] {
  const m = PARAMETERS.exec(header);
  const list = m?.[1] ?? m?.[2] ?? "";
  return list
    .split(",")
    .map((p) => /([A-Za-z_]\w*)\s*(?:[:=].*)?$/.exec(p.trim())?.[1])
    .filter((n): n is string => n !== undefined && STREAM_NAME.test(n));
}

/** Whether the function spanning `start`..`end` (1-based) writes to a stream parameter on at least two lines. */
export function writesHandedStream(head: readonly string[], start: number, end: number): boolean {
  const names = parameterNames(head[start - 1] ?? "");
  if (names.length === 0) return false;
  const writes = new RegExp(
    String.raw`(?<![\w.])(?:${names.join("|")})\s*\.\s*(?:puts|print|printf|println|write|Write|WriteLine)\b|(?<![\w.])(?:${names.join("|")})\s*<<`,
  );
  let n = 0;
  for (let l = start + 1; l <= end && l <= start + MAX_BODY && l <= head.length; l++) if (writes.test(head[l - 1]) && ++n >= WRITES) return true;
  return false;
}
