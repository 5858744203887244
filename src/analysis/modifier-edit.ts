import { lineKey } from "./line-origin.js";

/**
 * Whether an added line is a base line of the file with modifier keywords inserted and nothing else:
 * a sweep adding `final` to every parameter and local (commons-codec's "Use final where possible",
 * 90 files), `readonly` to fields, `override` to methods. The line's content is the one that was
 * there; the sweep's author did not write it and would not re-wrap it (set 11: "not worth saying").
 */
const MODIFIERS =
  /\b(?:final|readonly|const|static|sealed|override|abstract|virtual|public|private|protected|internal|open|inline|volatile|transient|synchronized|mut|pub)\b\s*/g;

const stripped = (text: string) => lineKey(text.replace(MODIFIERS, ""));

/** A test for added lines against the base text; the base is read once, on the first question. */
export function modifierOnlyEdit(base: string | undefined): (text: string) => boolean {
  if (base === undefined) return () => false;
  let keys: Set<string> | undefined;
  return (text) => {
    const key = stripped(text);
    if (key === lineKey(text) || key.length < 20) return false;
    keys ??= new Set(base.split("\n").map(stripped));
    return keys.has(key);
  };
}
