import { createMasker } from "../text/mask-code.js";
import { languageOf } from "../text/languages.js";
import { linesOf } from "../text/text-lines.js";
import type { SafeRegex } from "../util/safe-regex.js";

/**
 * Code its authors excluded from coverage on purpose: a reviewer does not ask for a test of what
 * the project decided not to test (tqdm's matplotlib GUI, `class tqdm_gui(tqdm):  # pragma: no
 * cover`, judged set 7). The markers are the coverage tools' own, so a project that writes one
 * has said so deliberately.
 */

/** A whole file excluded: istanbul's `/* istanbul ignore file *\/`, Dart's `// coverage:ignore-file`. */
const FILE_MARKER = /\b(istanbul|c8|v8)\s+ignore\s+file\b|\bcoverage:ignore-file\b/;

/** Only the first lines of a file carry a file-wide marker: one further down speaks of something else. */
const FILE_MARKER_LINES = 40;

/** Whether a file says it is excluded from coverage as a whole. */
export function fileExcludedFromCoverage(text: string): boolean {
  const head = text.split("\n", FILE_MARKER_LINES);
  if (head.some((l) => FILE_MARKER.test(l) && /^\s*(\/\/|\/\*|\*|#)/.test(l))) return true;
  // A module whose opening comments, before any code, say `# pragma: no cover` (a GUI or a shim its authors do not test).
  const opening = head.slice(
    0,
    Math.max(
      0,
      head.findIndex((l) => l.trim() !== "" && !l.startsWith("#")),
    ),
  );
  return opening.some((l) => /^#\s*pragma:\s*no\s*cover\b/.test(l));
}

/** A marker on a block's header, or on the lines just above it, that excludes the whole block. */
const BLOCK_MARKER =
  /#\s*pragma:\s*no\s*cover\b|\b(istanbul|c8|v8)\s+ignore\s+next\b|\[(System\.Diagnostics\.CodeAnalysis\.)?ExcludeFromCodeCoverage(Attribute)?\b|@codeCoverageIgnore\b(?!Start|End)|#\[(cfg_attr\([^)]*,\s*)?coverage\(off\)|#\[cfg\(not\(tarpaulin_include\)\)\]/;

/** Markers that open and close an excluded region, each tool's pair. */
const REGION_START = /\b(c8|v8)\s+ignore\s+start\b|@codeCoverageIgnoreStart\b|\bcoverage:ignore-start\b|\bLCOV_EXCL_START\b/;
const REGION_END = /\b(c8|v8)\s+ignore\s+stop\b|@codeCoverageIgnoreEnd\b|\bcoverage:ignore-end\b|\bLCOV_EXCL_STOP\b/;
/** simplecov's `# :nocov:` toggles: every other one closes the region. */
const NOCOV_TOGGLE = /^\s*#\s*:nocov:\s*$/;
/** A word every marker above holds (FILE_MARKER's and the opening `# pragma: no cover` too): a text without one has none. */
const ANY_MARKER = /ignore|pragma|Coverage|coverage|tarpaulin|LCOV_EXCL|:nocov:/;

/**
 * The lines (1-based) of a file that its coverage markers exclude: a whole file, a block whose
 * header or attributes carry a marker (Python by indentation, brace languages to the closing
 * brace), or a region between a tool's start and stop markers.
 */
export function linesExcludedFromCoverage(path: string, text: string, excludes: SafeRegex[] = []): Set<number> {
  const out = new Set<number>();
  // Most files carry no marker at all: one look at the whole text, not four patterns on every line.
  if (!ANY_MARKER.test(text) && excludes.length === 0) return out;
  const lines = linesOf(text);
  if (fileExcludedFromCoverage(text)) {
    for (let i = 1; i <= lines.length; i++) out.add(i);
    return out;
  }
  regions(lines, out);
  const python = languageOf(path) === "python";
  // The project's own exclusion patterns (coverage.py's `exclude_also`, tests-coverage-omit.ts) mark lines as the pragma does.
  const marked = (line: string) => BLOCK_MARKER.test(line) || (excludes.length > 0 && line.length < 2000 && excludes.some((re) => re.test(line)));
  for (let i = 0; i < lines.length; i++) {
    if (!marked(lines[i])) continue;
    const [from, to] = python ? pythonBlock(lines, i) : braceBlock(path, lines, i);
    for (let l = from; l <= to; l++) out.add(l + 1);
  }
  return out;
}

function regions(lines: string[], out: Set<number>): void {
  let open = -1;
  for (let i = 0; i < lines.length; i++) {
    const toggle = NOCOV_TOGGLE.test(lines[i]);
    if (open < 0 && (REGION_START.test(lines[i]) || toggle)) open = i;
    else if (open >= 0 && (REGION_END.test(lines[i]) || toggle)) {
      for (let l = open; l <= i; l++) out.add(l + 1);
      open = -1;
    }
  }
}

/** Python: a block header's line (`class X:  # pragma: no cover`) and every line indented under it; a plain line alone. */
function pythonBlock(lines: string[], at: number): [number, number] {
  const indent = (l: string) => l.length - l.trimStart().length;
  const code = lines[at].replace(/#.*$/, "").trimEnd();
  if (!code.endsWith(":")) return [at, at];
  let end = at;
  for (let i = at + 1; i < lines.length; i++) {
    if (lines[i].trim() === "") continue;
    if (indent(lines[i]) <= indent(lines[at])) break;
    end = i;
  }
  return [at, end];
}

/** The most lines between a marker and the declaration it stands on (attributes, a doc comment). */
const MAX_LINES_TO_DECLARATION = 12;

/**
 * Brace languages: from the marker to the brace that closes the first block opened after it (the
 * declaration it stands on: `[ExcludeFromCodeCoverage] public class X {…}`). A marker followed by
 * no block within a few lines excludes its own line only.
 */
function braceBlock(path: string, lines: string[], at: number): [number, number] {
  const masker = createMasker(languageOf(path));
  let depth = 0;
  let opened = false;
  for (let i = at; i < lines.length; i++) {
    const code = masker.mask(lines[i]).code;
    for (const ch of code) {
      if (ch === "{") {
        depth++;
        opened = true;
      } else if (ch === "}" && opened && --depth === 0) return [at, i];
    }
    // A statement ended before any block opened: the marker stood on it alone (`/* istanbul ignore next */ x();`).
    if (!opened && (i - at >= MAX_LINES_TO_DECLARATION || /;\s*$/.test(code))) return [at, i];
  }
  return [at, opened ? lines.length - 1 : at];
}
