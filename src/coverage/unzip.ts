import { inflateRawSync } from "node:zlib";
import { CoverageError } from "./coverage-report.js";

export interface ZipEntry {
  name: string;
  text: string;
}

/**
 * The files of a zip archive (a GitHub Actions artifact download), read from its central
 * directory with node's zlib: stored and deflated entries, which is what GitHub writes. Each
 * entry inflates under `maxBytes` (all of them together too), so a zip bomb is an error, not an
 * out-of-memory. Folders and anything else are skipped.
 */
export function unzip(zip: Buffer, name: string, maxBytes: number): ZipEntry[] {
  const eocd = findEndOfCentralDirectory(zip);
  if (eocd < 0) throw new CoverageError(`${name}: not a zip archive (no end-of-central-directory record)`);
  const count = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  const out: ZipEntry[] = [];
  let total = 0;
  for (let i = 0; i < count; i++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== 0x02014b50)
      throw new CoverageError(`${name}: the zip's central directory is damaged at entry ${i + 1}`);
    const nameLength = zip.readUInt16LE(at + 28);
    const entry: CentralEntry = {
      name: zip.toString("utf8", at + 46, at + 46 + nameLength),
      method: zip.readUInt16LE(at + 10),
      compressed: zip.readUInt32LE(at + 20),
      local: zip.readUInt32LE(at + 42),
    };
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    if (entry.name.endsWith("/")) continue;
    const body = entryBody(zip, entry, name, { maxBytes, used: total });
    total += body.length;
    if (total > maxBytes) throw new CoverageError(`${name}: over the ${megabytes(maxBytes)} MB a coverage report may have`);
    out.push({ name: entry.name, text: body.toString("utf8") });
  }
  return out;
}

/** What the central directory says of one entry. */
interface CentralEntry {
  name: string;
  method: number;
  compressed: number;
  /** Offset of the entry's local header. */
  local: number;
}

/** One entry's bytes, inflated within what the report may still hold. */
function entryBody(zip: Buffer, entry: CentralEntry, name: string, limit: { maxBytes: number; used: number }): Buffer {
  const { local, method } = entry;
  if (local + 30 > zip.length || zip.readUInt32LE(local) !== 0x04034b50) throw new CoverageError(`${name}: the zip entry ${entry.name} is damaged`);
  if (method !== 0 && method !== 8)
    throw new CoverageError(`${name}: ${entry.name} uses zip compression method ${method}; only stored and deflated entries are read`);
  const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
  const data = zip.subarray(start, start + entry.compressed);
  if (method === 0) return data;
  try {
    return inflateRawSync(data, { maxOutputLength: limit.maxBytes - limit.used });
  } catch {
    throw new CoverageError(`${name}: ${entry.name} does not inflate, or is larger than the ${megabytes(limit.maxBytes)} MB a coverage report may have`);
  }
}

function megabytes(bytes: number): number {
  return Math.round(bytes / 1024 / 1024);
}

function findEndOfCentralDirectory(zip: Buffer): number {
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 65_557); i--) if (zip.readUInt32LE(i) === 0x06054b50) return i;
  return -1;
}
