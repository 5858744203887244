import { type Lookups } from "../../engine/rule.js";
import type { ChangedFile } from "../../model/change.js";
import { addInto, minus, type LineCounts } from "../../text/line-counts.js";
import type { Delta } from "./file-delta.js";
import { sidesOf } from "./file-sides.js";

// A database project keeps each object's definition in its own file (SSDT's `src/Sql/dbo/Stored
// Procedures/*.sql`) and ships every change again as a migration script that restates the objects
// whole (`util/Migrator/DbScripts/2026-08-10_00_AddAccessRule.sql`: `CREATE OR ALTER PROCEDURE …`).
// The script's copy is read against the definition the change also edits, not as new code
// (bitwarden/server a0a31b625c, set 31: 654 of its 1,042 counted lines, judged wrong).

/** A SQL script in a migrations folder (`Migrations/`, `migrations/`, `DbScripts/`, `db/migrate/`). */
const MIGRATION_SCRIPT = /(?:^|\/)(?:[^/]*migrat[^/]*|dbscripts)\/(?:[^/]+\/)*[^/]+\.sql$/i;
const SQL = /\.sql$/i;

/**
 * The deltas with each migration script's added lines that restate another changed SQL file's
 * head taken out: that file's own edit counts them (or they are its unchanged text). Only when the
 * change edits or adds a definition file beside the script; the others' deltas are returned as they were.
 */
export function withoutRestatedSchema(files: ChangedFile[], deltas: Delta[], found: Lookups): Delta[] {
  const scripts = files.map((f) => f.status !== "removed" && MIGRATION_SCRIPT.test(f.path));
  if (!scripts.some(Boolean)) return deltas;
  const definitions: LineCounts = new Map();
  files.forEach((f, i) => {
    if (scripts[i] || f.status === "removed" || !SQL.test(f.path)) return;
    // The head's lines as the deltas key them, counted once per review already (file-sides.ts).
    const head = sidesOf(f, found)?.head;
    if (head) addInto(definitions, head);
  });
  if (definitions.size === 0) return deltas;
  return deltas.map((d, i) => (scripts[i] ? { ...d, added: minus(d.added, definitions) } : d));
}
