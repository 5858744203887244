/**
 * Commented trace points as a file's convention (#10): socketry/async keeps `# logger.debug(self) {"…"}`
 * and `# Console.logger.info(self, "-> io_wait", …)` lines throughout its reactor, task and scheduler, each
 * a log call at a tracing level that the maintainer switches on while working on the event loop (set 20,
 * four findings judged "not worth saying": "the maintainer's deliberate trace-point convention"). Where
 * the files the change edits already held such lines at base, one more is the project's habit, not a
 * leftover of a debugging session.
 *
 * Only the base decides: a pull request cannot make its own commented logs a convention, since the
 * lines it adds are not at base. Only logger calls at a tracing level count, not prints (`print`,
 * `console.log`, `puts`): a print is what a debugging session leaves; a trace point at debug level is a
 * switch of the logging facility the project uses.
 */

// A commented logger call at a tracing level: `# logger.debug(…)`, `// log.trace(…)`, `# Console.logger.info(self, …)`,
// `// _logger.LogDebug(…)`, `// debug!(…)` (Rust's log macros).
const TRACE_CALL =
  /^(?:(?:[\w$]+(?:\.|->|::))*(?:log|logger|_log|_logger|LOG|LOGGER|Log|Logger)(?:\.|->|::)(?:info|debug|trace|verbose|fine|finer|finest|Log(?:Debug|Trace|Information))|(?:log::)?(?:debug|trace)!)\s*[({]/;
/** Commented trace points one file must hold at base for them to be its convention: one may be a leftover itself. */
export const CONVENTION_MIN = 2;
/** Lines of a base text read, at most: the scan stays linear in a bounded text. */
const MAX_LINES = 20_000;

const LINE_COMMENT = /^\s*(?:#|\/\/)\s*/;

/** Whether a comment's text (its delimiter stripped, as the facts hold it) is a logger call at a tracing level. */
export function tracePoint(content: string): boolean {
  return TRACE_CALL.test(content.trim());
}

/** Whether a line of a source text is a line comment that holds a logger call at a tracing level. */
function commentedTracePoint(line: string): boolean {
  return LINE_COMMENT.test(line) && tracePoint(line.replace(LINE_COMMENT, ""));
}

/** Whether one of the base texts holds CONVENTION_MIN commented trace points or more. */
export function keepsTracePoints(baseTexts: Iterable<string>): boolean {
  for (const text of baseTexts) {
    let seen = 0;
    const lines = text.split("\n", MAX_LINES);
    for (const l of lines) if (commentedTracePoint(l) && ++seen >= CONVENTION_MIN) return true;
  }
  return false;
}

/**
 * Whether a block of commented code (the comment's text, as the facts hold it) is trace points only (every non-blank line one), in a change whose files
 * kept such trace points at base: the convention of the project, not a debugging session's leftover.
 */
export function tracePointByConvention(codeLines: readonly string[], keptAtBase: () => boolean): boolean {
  const lines = codeLines.filter((l) => l.trim() !== "");
  return lines.length > 0 && lines.every(tracePoint) && keptAtBase();
}

/** Whether the base texts keep trace points, computed once, on first use: most changes have no commented trace point to judge. */
export function tracePointsAtBase(baseTexts: () => Iterable<string>): () => boolean {
  let kept: boolean | undefined;
  return () => (kept ??= keepsTracePoints(baseTexts()));
}
