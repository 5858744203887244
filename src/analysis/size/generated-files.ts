import { type Lookups } from "../../engine/rule.js";
import type { ChangedFile } from "../../model/change.js";
import { looksGeneratedText } from "../../syntax/generated.js";
import { rebuiltBundle } from "../bundled-script.js";

// Files a generator wrote, by their headers at head and base.

/**
 * A file whose header says a generator wrote it: a new one at head, a deleted one at base, an
 * edited one at head and at base (the engine recognises new generated files only, by their added lines).
 */
export function generated(file: ChangedFile, found: Lookups): boolean {
  const base = file.status === "added" ? undefined : found.baseContents?.get(file.previousPath ?? file.path);
  if (file.status === "removed") return base !== undefined && generatedHeader(base);
  const text = found.fileContents.get(file.path);
  // A bundler's output rebuilt from the project's sources (pug's root `jade.js`, rebuilt each release: its
  // 2,000 to 6,000 lines counted five times on set 24, each judged wrong): a bundle at base and at head.
  if (text !== undefined && base !== undefined && rebuiltBundle(file.path, text, base)) return true;
  // An edited file's header counts only where it was there at base: a mark the change writes is the author's word.
  return text !== undefined && generatedHeader(text) && (file.status === "added" || (base !== undefined && generatedHeader(base)));
}

function generatedHeader(text: string): boolean {
  return looksGeneratedText(text) || MORE_GENERATED_HEADERS.test(text.slice(0, HEADER_CHARS));
}

// Headers of generated files that the shared markers miss: `# DON'T EDIT THIS FILE BY HAND. This
// file has been generated from a template` (sentry-python's tox.ini). Read in the first 400 characters only.
const MORE_GENERATED_HEADERS = /\bdo(?:n'?t| not) edit this file\b|\b(?:file|this) has been (?:auto-?)?generated\b/i;
const HEADER_CHARS = 400;
