import { parentPort } from "node:worker_threads";
import type { LanguageId } from "./facts.js";
import { loadGrammars } from "./grammars.js";
import { runParseJob, type ParseJob } from "./parse-job.js";

/**
 * A parse worker (see parse-pool.ts): loads a grammar the first time a job needs it, parses, and
 * posts the facts back. Facts are plain data, so the structured clone hands the main thread the
 * same facts it would have made itself. A job that throws is answered with the error's message:
 * the main thread then parses that file itself, as it would without workers.
 */
const port = parentPort;
if (port) {
  port.on("message", async (job: ParseJob | { languages: LanguageId[] }) => {
    // Warming up (warmParsePool): load the grammars a review will need while it reads its texts.
    if ("languages" in job) return void loadGrammars(job.languages).catch(() => {});
    try {
      await loadGrammars([job.language]);
      port.postMessage(runParseJob(job));
    } catch (err) {
      port.postMessage({ id: job.id, error: err instanceof Error ? err.message : String(err) });
    }
  });
}
