import type { Lookups, Needs } from "../../engine/rule.js";
import type { Change, ChangedFile } from "../../model/change.js";
import { parseShared } from "../../syntax/change-facts.js";
import type { FunctionFact } from "../../syntax/facts.js";
import { syntaxLanguageOf } from "../../syntax/grammars.js";
import { isNotAnalysed } from "../../syntax/parse-file.js";
import { practiceTexts, samplePaths } from "../practice-sample.js";

/**
 * How long (or branchy, or deep) the project's own functions run near a changed file, read at base
 * from the texts practice-sample.ts chooses (untouched files near it, its own base text, its kin's),
 * parsed into facts. A new function over the limit that the project writes that way already there is
 * its practice, not this change's choice.
 *
 * Why (set 21): of eleven new functions over the length limit, judges agreed with one. The others were
 * long the way their project writes that kind of code: MessagePack-CSharp's IL-emitting resolvers and
 * unrolled binary writers, language-ext's Roslyn SyntaxFactory builders (`MakeToString`,
 * `MakeOrderingMembers`), serf's command `Run`s ("every serf command's Run looks like this").
 */
export interface Practice {
  /** Declared functions sampled (of at least MIN_COUNTED lines of code: a getter says nothing of how long work runs). */
  measured: number;
  /** Of them, over the limit. */
  over: number;
  /** The highest value among them. */
  longest: number;
}

/** Sampled texts longer than this are not parsed (a generated table, a bundle); the sample's parse time stays bounded. */
const MAX_TEXT_CHARS = 200_000;
/** Characters parsed per changed file's sample in all (twelve files of ordinary size). */
const MAX_SAMPLE_CHARS = 600_000;
/** Functions shorter than this are not counted: accessors and one-liners would make every limit look kept. */
const MIN_COUNTED = 5;
/**
 * At least this many functions over the limit, and this share of those counted, make exceeding it the practice. Set 21:
 * where judges found the new or grown function long as the project writes it, 5–10% of the sampled functions were over
 * (serf's commands 7 of 68, language-ext's CodeGenUtil 3 of 57, MessagePack's dynamic resolvers 5 of 58 and 64); where
 * they agreed, at most two were, the function's own base version aside (actix's resource.rs 1 of 164, kotest's schema
 * matcher 0 of 31, serf's agent 1 of 43, MessagePack's serializer 2 of 54). Parsing is bounded by MAX_SAMPLE_CHARS per
 * changed file, done only once a function there is found over the limit, and once per file per review.
 */
const MIN_OVER = 3;
const PRACTICE_SHARE = 0.05;

// The declared functions of each sampled file, per lookups (the three structure rules share them).
const sampled = new WeakMap<Lookups, Map<string, FunctionFact[]>>();

/** The declared functions (not lambdas nor callbacks: those belong to the function around them) of the texts around `file`. */
function sampledFunctions(change: Change, file: ChangedFile, found: Lookups): FunctionFact[] {
  let known = sampled.get(found);
  if (!known) sampled.set(found, (known = new Map()));
  let out = known.get(file.path);
  if (out) return out;
  known.set(file.path, (out = []));
  const language = syntaxLanguageOf(file.path);
  if (language === undefined) return out;
  let chars = 0;
  for (const text of practiceTexts(change, file, found)) {
    if (text === undefined || text.length > MAX_TEXT_CHARS || chars + text.length > MAX_SAMPLE_CHARS) continue;
    chars += text.length;
    const facts = parseShared(language, text);
    if (isNotAnalysed(facts)) continue;
    for (const fn of facts.functions) if (fn.kind !== "lambda" && fn.kind !== "callback" && fn.codeLines >= MIN_COUNTED) out.push(fn);
  }
  return out;
}

/**
 * The project's practice around `file` for a measure `value` limited to `max`. `self`, the judged function's own
 * version at base, is left out: a function grown past the limit is not its own precedent.
 */
export function functionPractice(
  change: Change,
  file: ChangedFile,
  found: Lookups,
  value: (fn: FunctionFact) => number,
  max: number,
  self?: FunctionFact,
): Practice {
  let over = 0;
  let longest = 0;
  const same = (fn: FunctionFact) => self !== undefined && fn.name === self.name && fn.start === self.start && fn.end === self.end;
  const fns = sampledFunctions(change, file, found).filter((fn) => !same(fn));
  for (const fn of fns) {
    const v = value(fn);
    if (v > max) over++;
    longest = Math.max(longest, v);
  }
  return { measured: fns.length, over, longest };
}

/**
 * Whether `value` over `max` is within the project's practice: a good share of its functions there are over the
 * limit too, and this one is not beyond the longest of them (language-ext's `GenerateAsync`, grown to 878 lines
 * beside builders of 100 to 200, is still said).
 */
export function withinPractice(practice: Practice, value: number): boolean {
  return practice.over >= MIN_OVER && practice.over >= PRACTICE_SHARE * practice.measured && value <= practice.longest;
}

/**
 * Changed files that may hold a finding: code with at least `minAdded` added lines (the rule's least growth; a new
 * function over the limit adds more). Only they are sampled for, and only their samples are parsed, when a finding is near.
 */
function candidates(change: Change, minAdded: number): ChangedFile[] {
  return change.files.filter((f) => f.status !== "removed" && f.addedLines.length >= minAdded && syntaxLanguageOf(f.path) !== undefined);
}

/** The structure rule's needs, with the file tree where a file may need a sample (its paths come with laterNeeds). */
export function withPracticeTree(needs: Needs, change: Change, minAdded: number): Needs {
  return needs.fileTree || candidates(change, minAdded).length === 0 ? needs : { ...needs, fileTree: true };
}

/** The sampled files to read for the candidates (see samplePaths: bounded per change). */
export function practicePaths(change: Change, tree: string[] | undefined, minAdded: number): string[] {
  return tree ? samplePaths(change, tree, candidates(change, minAdded)) : [];
}
