/**
 * A log call the change comments out, that was a live line at base: gunicorn's `#log.info("Client
 * connected: %s:%s" % addr)` under load. Commenting it out silences a noisy log on purpose; the
 * line says what is no longer logged, and a reviewer would at most suggest a lower level. Not a
 * leftover of a debugging session.
 */

// A logger's call at an informational level: `log.info(…)`, `self.logger.debug(…)`, `LOG.trace(…)`, `_log.verbose(…)`.
const LOG_CALL =
  /^(?:[\w$]+(?:\.|->|::))*(?:log|logger|_log|_logger|LOG|LOGGER|Log|Logger)(?:\.|->|::)(?:info|debug|trace|verbose|fine|finer|finest|notice)\s*\(/;

/** Whether the commented code is one logger call that the file's text at base held live, the same line. */
export function silencesLog(code: string[], baseLines: readonly string[]): boolean {
  const lines = code.map((l) => l.replace(/^\s*(?:\/\/|#)\s*/, "").trim()).filter((l) => l !== "");
  if (lines.length !== 1 || !LOG_CALL.test(lines[0])) return false;
  return baseLines.some((b) => b.trim() === lines[0]);
}
