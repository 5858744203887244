import { extensionOf } from "../languages.js";

// Which languages' tests can test each other's code (Kotlin of Java, TypeScript of JavaScript).

const JS_LIKE = new Set(["ts", "tsx", "js", "jsx", "mjs", "cjs", "mts", "cts"]);
const JVM = new Set(["java", "kt"]);

/** Whether a test in one file can test the other's code: the same language, or one that calls it (Kotlin tests of Java, TypeScript of JavaScript). */
export function sameLanguageFamily(a: string, b: string): boolean {
  return familyOf(a) === familyOf(b);
}

/**
 * A path's language family (sameLanguageFamily's): its extension, or one name for the JavaScript-like and the JVM ones (a
 * `/` cannot be in an extension, so these never equal one). Remembered by path: every source of a
 * change asks about every changed test (1,125 × 750 on the 3,000-file bench), and each question cut
 * two extensions out of two paths. Bounded: a history of many paths starts over.
 */
const familyByPath = new Map<string, string>();
const MAX_FAMILIES_KNOWN = 20_000;

export function familyOf(path: string): string {
  let family = familyByPath.get(path);
  if (family === undefined) {
    const ext = extensionOf(path);
    family = JS_LIKE.has(ext) ? "/js" : JVM.has(ext) ? "/jvm" : ext;
    if (familyByPath.size >= MAX_FAMILIES_KNOWN) familyByPath.clear();
    familyByPath.set(path, family);
  }
  return family;
}
