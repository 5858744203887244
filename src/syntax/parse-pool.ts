import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { jobSize, runParseJob, type ParseJob, type ParseResult } from "./parse-job.js";

/**
 * Parse workers: tree-sitter's parse and the walk are most of a large review's time, and they are
 * plain functions of a text, so the files of one review are parsed on every core. Each worker
 * loads web-tree-sitter and the grammars once and lives as long as the process (unreferenced
 * while idle, so it never keeps a CLI from exiting). The main thread parses too, from the same
 * queue: it would only wait otherwise, and one worker fewer is one copy of the runtime fewer.
 */
interface Slot {
  worker: Worker;
  alive: boolean;
}

type Answer = ParseResult & { error?: string };

let slots: Slot[] | undefined;
let workerUrl: URL | undefined | null = null;
let nextId = 1;
const waiting = new Map<number, { resolve: (r: Answer) => void; reject: (e: Error) => void; slot: Slot }>();

/**
 * Each worker costs ~60 MB while it lives (its heap, the runtime, the grammars, tree-sitter's
 * memory) and the rules after the parse run on one thread, so past a 4-core machine's worth more
 * workers cost memory the 400 MB target does not have for little gain.
 */
const MAX_DEFAULT_WORKERS = 3;

/**
 * Worker threads besides the main thread: BOTTOMLINE_PARSE_WORKERS when set (0 turns them off),
 * else one per core but the main thread's, at most MAX_DEFAULT_WORKERS.
 */
export function parseWorkerCount(env: NodeJS.ProcessEnv = process.env): number {
  const fromEnv = env.BOTTOMLINE_PARSE_WORKERS;
  if (fromEnv !== undefined && fromEnv.trim() !== "") {
    const n = Number(fromEnv);
    if (Number.isInteger(n) && n >= 0) return Math.min(n, 64);
  }
  return Math.max(0, Math.min(MAX_DEFAULT_WORKERS, availableParallelism() - 1));
}

/**
 * The worker's entry file. tsc's dist/ has it beside this module; the CLI bundle has it at its
 * root while this module sits in chunks/; the Action's bundle, beside index.js. Not found (tests
 * run the TypeScript sources), there are no workers and everything is parsed in this thread.
 */
function findWorker(): URL | undefined {
  for (const candidate of ["./parse-worker.js", "../parse-worker.js"]) {
    const url = new URL(candidate, import.meta.url);
    if (url.protocol === "file:" && existsSync(fileURLToPath(url))) return url;
  }
  return undefined;
}

/** Points the pool at a worker entry file (tests build one); undefined: look for it again. */
export function useParseWorker(url: URL | undefined): void {
  closeParsePool();
  workerUrl = url ?? null;
}

function startSlots(): Slot[] {
  if (slots) return slots.filter((s) => s.alive);
  if (workerUrl === null) workerUrl = findWorker();
  const count = workerUrl ? parseWorkerCount() : 0;
  slots = [];
  for (let i = 0; i < count; i++) slots.push(startSlot(workerUrl!));
  return slots;
}

function startSlot(url: URL): Slot {
  const worker = new Worker(url);
  const slot: Slot = { worker, alive: true };
  worker.unref();
  worker.on("message", (answer: Answer) => {
    const w = waiting.get(answer.id);
    waiting.delete(answer.id);
    w?.resolve(answer);
  });
  // A worker that dies (out of memory, a crash in WebAssembly) fails its jobs and is not used again.
  const fail = (err: Error) => {
    slot.alive = false;
    for (const [id, w] of waiting) {
      if (w.slot !== slot) continue;
      waiting.delete(id);
      w.reject(err);
    }
  };
  worker.on("error", fail);
  worker.on("exit", (code) => fail(new Error(`parse worker exited with code ${code}`)));
  return slot;
}

function send(slot: Slot, job: ParseJob): Promise<Answer> {
  return new Promise((resolve, reject) => {
    waiting.set(job.id, { resolve, reject, slot });
    slot.worker.postMessage(job);
  });
}

/** Ends the workers (tests; a process that parses nothing more). A later parse starts new ones. */
export function closeParsePool(): void {
  for (const s of slots ?? []) {
    s.alive = false;
    void s.worker.terminate();
  }
  slots = undefined;
}

/** Jobs each worker holds at once: the next one is there when it posts an answer, while the main thread may be busy. */
const IN_FLIGHT = 2;

/**
 * Parses each item's job, largest first, on the workers and this thread, and hands each result to
 * `onResult` as it comes (in this thread). Stops taking jobs once `stop()` says so; an item whose
 * worker failed gets no result (whoever needs those facts parses them later, in this thread).
 */
export async function parseInParallel<T>(
  items: T[],
  jobOf: (item: T) => Omit<ParseJob, "id">,
  onResult: (item: T, result: ParseResult) => void,
  stop: () => boolean,
): Promise<void> {
  const queue = items.map((item) => ({ item, job: { ...jobOf(item), id: nextId++ } })).sort((a, b) => jobSize(b.job) - jobSize(a.job));
  let next = 0;
  const take = () => (next < queue.length && !stop() ? queue[next++] : undefined);
  const workers = startSlots();
  for (const s of workers) s.worker.ref();
  const viaWorker = async (slot: Slot): Promise<void> => {
    while (slot.alive) {
      const entry = take();
      if (!entry) return;
      const answer = await send(slot, entry.job).catch(() => undefined);
      if (answer && !answer.error) onResult(entry.item, answer);
    }
  };
  const here = async (): Promise<void> => {
    for (let entry = take(); entry; entry = take()) {
      onResult(entry.item, runParseJob(entry.job));
      // Lets the workers' answers in, and hands them their next jobs.
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
  };
  active++;
  try {
    await Promise.all([...workers.flatMap((s) => Array.from({ length: IN_FLIGHT }, () => viaWorker(s))), here()]);
  } finally {
    for (const s of workers) if (s.alive) s.worker.unref();
    // Workers end with the last parse that needs them: their heaps and WebAssembly memory (tens of
    // MB each) would otherwise stay for the rules, whose facts are the review's peak of memory.
    if (--active === 0) closeParsePool();
  }
}

/** Parses in progress: the pool ends when the last one does. */
let active = 0;

/**
 * Starts the workers and has them load these grammars while the review reads its texts (a
 * large change), so the parse does not wait for them. Unused, they end after IDLE_MS.
 */
export function warmParsePool(languages: string[]): void {
  const workers = startSlots();
  for (const s of workers) s.worker.postMessage({ languages });
  if (workers.length > 0 && active === 0) setTimeout(() => active === 0 && closeParsePool(), IDLE_MS).unref();
}

const IDLE_MS = 60_000;

/** True when there are workers to share the parsing with (starting them if need be). */
export function hasParseWorkers(): boolean {
  return startSlots().length > 0;
}
