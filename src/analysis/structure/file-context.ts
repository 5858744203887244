import type { Lookups } from "../../engine/rule.js";
import type { Change, ChangedFile } from "../../model/change.js";
import type { FunctionFact } from "../../syntax/facts.js";
import type { CodeView } from "../function-code.js";
import type { MovedFunctions, SimilarFunctions } from "./predecessors.js";

// What the verdicts on one file's functions share: the change, the file's code and its functions' pairs at base.

export interface FileContext {
  change: Change;
  found: Lookups;
  file: ChangedFile;
  code: CodeView;
  /** The file's functions at head, as the verdicts were found among them. */
  functions: FunctionFact[];
  matches: Map<FunctionFact, FunctionFact> | undefined;
  /** The file `matches` pairs with at base: the file itself, or the original of a new file that is a copy. */
  from: ChangedFile;
  moved: MovedFunctions;
  similar: SimilarFunctions;
}

/** A function over the limit as the change leaves it: its value, where to speak, its lines of new code. */
export interface Seen {
  fn: FunctionFact;
  value: number;
  line: number;
  fresh: Set<number>;
}

/**
 * The outermost function of the file that holds `fn` and is larger than it, if any (see
 * FunctionChange.around). Among the functions the verdicts were found in: asking the file's facts
 * again may hand back another parse's objects, which the pairs with base (keyed by function) do not know.
 */
export function outermostAround(ctx: FileContext, fn: FunctionFact): FunctionFact | undefined {
  let out: FunctionFact | undefined;
  for (const o of ctx.functions)
    if (o !== fn && o.start <= fn.start && o.end >= fn.end && (o.start < fn.start || o.end > fn.end) && (!out || o.start < out.start || o.end > out.end))
      out = o;
  return out;
}
