import type { Lookups } from "../../engine/rule.js";
import type { ChangedFile } from "../../model/change.js";
import { baseFacts, baseText, headText } from "../../syntax/change-facts.js";
import type { FileFacts } from "../../syntax/facts.js";
import { lineFacts } from "../../syntax/line-view.js";
import { linesOf } from "../../text/text-lines.js";
import { perReviewFile } from "../review-memo.js";
import { freshCodeNames } from "../tests-naming-changed.js";

/**
 * A source as tests-required's gates read it: its text at head by line, its facts, its text at base
 * and the functions it had. A score of gates judge each source, and each looked these up again (and
 * rebuilt the set of the base's function names); the view does it once per file and review, each
 * part when first asked, so a gate that stops early still parses nothing it did not need.
 */
export interface FileView {
  text: string | undefined;
  /** The head text's lines, shared (frozen: copy before changing). */
  textLines: string[] | undefined;
  facts: FileFacts | undefined;
  base: string | undefined;
  /** The names of the functions the file had at base. */
  had: Set<string>;
  /** The names the fresh lines' code declares or sits in (see freshCodeNames), once per set of fresh lines. */
  freshNames(fresh: Set<number>): Set<string>;
}

export const fileView = perReviewFile((f: ChangedFile, found: Lookups): FileView => {
  const known: { facts?: [FileFacts | undefined]; had?: Set<string>; lines?: [string[] | undefined] } = {};
  const names = new WeakMap<Set<number>, Set<string>>();
  const text = headText(f, found);
  return {
    text,
    get textLines() {
      return (known.lines ??= [text === undefined ? undefined : linesOf(text)])[0];
    },
    get facts() {
      return (known.facts ??= [lineFacts(f, found)])[0];
    },
    base: baseText(f, found),
    get had() {
      return (known.had ??= new Set((baseFacts(f, found)?.functions ?? []).map((fn) => fn.name)));
    },
    freshNames(fresh) {
      let got = names.get(fresh);
      if (!got) {
        const { textLines, facts } = this;
        names.set(fresh, (got = textLines === undefined || !facts ? new Set<string>() : freshCodeNames(fresh, textLines, facts.functions)));
      }
      return got;
    },
  };
});
