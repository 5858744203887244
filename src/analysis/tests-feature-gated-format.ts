import type { FileFacts } from "../syntax/facts.js";
import { attributeAbove, enclosingImpl } from "./rust-impl-header.js";

/**
 * A second way to print a type, built only with an optional feature (#11, session 13): chrono's
 * `#[cfg(feature = "defmt")] impl defmt::Format for NaiveTime`, beside the `impl fmt::Debug for
 * NaiveTime` it mirrors, and `#[cfg_attr(feature = "defmt", derive(defmt::Format))]` beside a
 * `#[derive(Debug)]`. It is glue for another logging or formatting framework: the default test run
 * does not compile it, its output goes to a device log, and a project tests the format it already
 * had, not each framework's copy (judged set 11: "chrono never added tests for these impls").
 * Only where the type already prints through `Debug` or `Display` in the same file: a feature's
 * first and only formatting of a type is its behaviour and is still asked about.
 */

/**
 * Another framework's formatting trait: `impl defmt::Format for X`, `impl<'a> ufmt::uDisplay for
 * Y<'a>`, `impl other::Debug for X`; not the standard library's `fmt::Display`, which a feature may
 * gate (`#[cfg(feature = "std")]`) as the type's one way to print.
 */
const FORMAT_IMPL = /^\s*impl\b(?:\s*<[^{]*?>)?\s*((?:\w+::)*)(Format|Debug|Display|uDebug|uDisplay)\s*(?:<[^{]*?>)?\s+for\s+&?([A-Za-z_]\w*)/;
const STD_FMT = /^(?:(?:core|std|alloc)::)?(?:fmt::)?$/;

/** The type a framework's formatting impl is for, if the header is one. */
function formattedType(header: string): string | undefined {
  const m = FORMAT_IMPL.exec(header);
  if (!m) return undefined;
  const [, path, trait, type] = m;
  return trait.startsWith("u") || trait === "Format" || !STD_FMT.test(path) ? type : undefined;
}
const FEATURE_CFG = /^\s*#\[cfg\((?:all\(|any\()?\s*feature\s*=\s*"[^"]+"/;
/** A feature-gated derive of formatting traits only: `#[cfg_attr(feature = "defmt", derive(defmt::Format))]`. */
const GATED_FORMAT_DERIVE =
  /^\s*#\[cfg_attr\(\s*feature\s*=\s*"[^"]+"\s*,\s*derive\(\s*(?:[\w:]*::)?(?:Format|uDebug|uDisplay)(?:\s*,\s*(?:[\w:]*::)?(?:Format|uDebug|uDisplay))*\s*\)\s*\)\]\s*$/;
const PLAIN_DEBUG_DERIVE = /^\s*#\[derive\([^)]*\bDebug\b[^)]*\)\]/;

/** The fresh lines (1-based) of feature-gated formatting impls and derives for types that already format. */
export function gatedFormatLines(fresh: Set<number>, lines: string[], facts: FileFacts | undefined): Set<number> {
  const out = new Set<number>();
  if (!facts || facts.language !== "rust") return out;
  let text: string | undefined;
  // Once per type: a file may hold several impls for it.
  const known = new Map<string, boolean>();
  const formatsAlready = (type: string) => {
    text ??= lines.join("\n");
    if (!known.has(type)) known.set(type, printsThroughStd(text, type));
    return known.get(type)!;
  };
  for (const fn of facts.functions) {
    if (fn.kind !== "function" && fn.kind !== "method") continue;
    const impl = enclosingImpl(lines, fn.start);
    const type = impl === undefined ? undefined : formattedType(lines[impl - 1]);
    if (impl === undefined || type === undefined) continue;
    const cfg = attributeAbove(lines, impl, FEATURE_CFG);
    if (cfg === undefined || !formatsAlready(type)) continue;
    for (let l = cfg; l <= fn.end; l++) if (fresh.has(l)) out.add(l);
  }
  for (const l of fresh) if (GATED_FORMAT_DERIVE.test(lines[l - 1] ?? "") && besidePlainDebug(lines, l)) out.add(l);
  return out;
}

/** The file implements or derives the standard `Debug` or `Display` for the type. */
function printsThroughStd(text: string, type: string): boolean {
  const plain = new RegExp(`^\\s*impl\\b[^{\\n]*?\\b(?:fmt::)?(?:Debug|Display)\\s*(?:<[^{\\n]*?>)?\\s+for\\s+&?${type}\\b`, "m");
  const derived = new RegExp(`#\\[derive\\([^)\\n]*\\bDebug\\b[^)\\n]*\\)\\][^{;]*?\\b(?:struct|enum)\\s+${type}\\b`);
  return plain.test(text) || derived.test(text);
}

/** The attributes around a derive (the lines of `#[…]` above and below it) hold a plain `#[derive(…Debug…)]`. */
function besidePlainDebug(lines: string[], at: number): boolean {
  const attribute = (i: number) => /^\s*(#\[|\/\/)/.test(lines[i] ?? "");
  for (let i = at - 2; i >= 0 && attribute(i); i--) if (PLAIN_DEBUG_DERIVE.test(lines[i])) return true;
  for (let i = at; i < lines.length && attribute(i); i++) if (PLAIN_DEBUG_DERIVE.test(lines[i])) return true;
  return false;
}
