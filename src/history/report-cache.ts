import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { ResolvedConfig } from "../config/resolve-config.js";
import type { ChangeRecord } from "./change-record.js";

/** Bumped whenever ChangeRecord changes meaning, so old cache entries are never misread. */
const RECORD_VERSION = 1;

/**
 * Change records cached per commit SHA under `<git dir>/bottomline/report-cache/<key>/`, where the
 * key hashes the Bottomline version and the config: a commit's review depends only on these three.
 */
export class ReportCache {
  readonly dir: string;
  hits = 0;
  /** Why writing failed (a read-only repository), once; the report still runs, only slower next time. */
  writeProblem?: string;

  constructor(gitDir: string, version: string, config: ResolvedConfig) {
    const key = createHash("sha256").update(JSON.stringify({ RECORD_VERSION, version, config })).digest("hex").slice(0, 16);
    this.dir = join(gitDir, "bottomline", "report-cache", key);
  }

  get(sha: string): ChangeRecord | undefined {
    try {
      const record = JSON.parse(readFileSync(join(this.dir, `${sha}.json`), "utf8")) as ChangeRecord;
      if (record.sha !== sha) return undefined;
      this.hits++;
      return record;
    } catch {
      return undefined; // missing or torn entry: review again
    }
  }

  put(record: ChangeRecord): void {
    if (this.writeProblem) return;
    try {
      mkdirSync(this.dir, { recursive: true });
      // Write then rename, so a run killed mid-write never leaves half an entry behind.
      const tmp = join(this.dir, `${record.sha}.json.${process.pid}.tmp`);
      writeFileSync(tmp, JSON.stringify(record));
      renameSync(tmp, join(this.dir, `${record.sha}.json`));
    } catch (err) {
      this.writeProblem = `cannot write the report cache in ${this.dir} (${(err as Error).message}); the next run reviews every change again`;
    }
  }
}
