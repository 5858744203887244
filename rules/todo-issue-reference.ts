import { copiedLine, mayHoldCopies } from "../src/analysis/copy-originals.js";
import * as z from "zod";
import { commentBlocks, todoSegment, todosEditedInPlace } from "../src/analysis/todo-blocks.js";
import { creditedFunctionLines, thirdPartyOf, notAuthoredHere } from "../src/analysis/todo-authorship.js";
import { copiedFromSibling, siblingTodoKeys, siblingTodoPaths } from "../src/analysis/todo-sibling-copies.js";
import { syncedFolderReadmes } from "../src/analysis/synced-folders.js";
import { regexOption } from "../src/config/regex-option.js";
import { defineRule, type RawFinding } from "../src/engine/rule.js";
import { alsoOn } from "../src/text/also-on.js";
import { baseTodos, todoWords, wasTodoAtBase } from "../src/text/old-todos.js";
import { fileAboutIssue, todoHasReference } from "../src/text/todo-refs.js";
import { baseKeys, hasKnownKey, hasProjectKey, hasPublicTrackerKey, projectKeyPrefixes } from "../src/text/project-keys.js";
import { grammarOutputs } from "../src/text/grammar-outputs.js";
import { trailingTodo } from "../src/text/trailing-todo.js";
import { inDocExample } from "../src/text/doc-examples.js";
import { headText } from "../src/syntax/change-facts.js";
import { hackAsks, inExample, isContingentHint, isReaderInstruction, isTemplateTodo, isVersionGated, xxxIsNote } from "../src/text/todo-notes.js";
import type { RefOptions } from "../src/text/issue-refs.js";
import type { Change, ChangedFile } from "../src/model/change.js";
import type { Lookups } from "../src/engine/rule.js";

// Comment tokens only, and only where a marker leads its comment (`// TODO: …`, ` * @todo …`): a
// comment that merely talks about TODOs is not one. Unicode-aware edges, so "todos", "método"
// and "hackathon" never match. TODO and FIXME in any case; XXX and HACK only in capitals, since
// "hack" and "xxx" are ordinary words. A word joined on by a hyphen makes a compound name, not a
// marker: "// ---- todo-issue-reference ----" heads a section of this repository's own tests.
const LEAD = String.raw`^[\s*/#!<>-]*@?`;
// `TODO-13` is Avalonia's convention for "in the next major release" (`TODO13` too), a version tag, not a marker.
const ANY_CASE = new RegExp(`${LEAD}(todo|fixme)(?![\\p{L}\\p{N}_]|-[\\p{Ll}\\p{N}])`, "iu");
const CAPITALS = new RegExp(`${LEAD}(XXX|HACK)(?![\\p{L}\\p{N}_])`, "u");
// Cheap pre-check on the raw lines: no marker anywhere, nothing to parse.
const MARKER = /todo|fixme|XXX|HACK/i;

export default defineRule({
  meta: {
    id: "todo-issue-reference",
    description: "A TODO, FIXME, XXX or HACK comment added by the change carries an issue reference.",
    category: "readability",
    defaultSeverity: "warning",
    // Not per file: a TODO pasted into several files of the change is one finding, and whether a
    // file is third-party code depends on its neighbours (binaries shipped beside it).
    // Left until a change too big to review line by line comes in parts (src/engine/bulk-new-files.ts).
    setAsideInBulk: ["untracked", "untrackedMany", "untrackedGated", "untrackedGatedMany"],
    messages: {
      untracked: "This {marker} has no issue reference, so nobody will find it again.{elsewhere} Open an issue and write `{marker}(#N): …`, or do it now.",
      untrackedMany:
        "This {marker} and {count} more in this file{also} have no issue reference, so nobody will find them again.{elsewhere} Open an issue for each and write `{marker}(#N): …`, or do them now.",
      // A TODO that waits for a version is found by grepping it when the minimum moves: what it
      // lacks is a place in the plan, not a way to be found.
      untrackedGated:
        "This {marker} waits for a version but has no issue reference: a grep finds it when the minimum moves, but nothing puts that move in the plan.{elsewhere} Open an issue (or a milestone) and write `{marker}(#N): …`, or do it now.",
      untrackedGatedMany:
        "This {marker} and {count} more in this file{also} wait for a version but have no issue reference: a grep finds them when the minimum moves, but nothing puts that move in the plan.{elsewhere} Open an issue (or a milestone) and write `{marker}(#N): …`, or do them now.",
    },
  },
  options: z
    .object({
      tracker_patterns: z.array(regexOption).default([]).describe("RE2 patterns of other trackers' keys that count as references, e.g. [A-Z][A-Z0-9]+-\\d+."),
      hosts: z.array(z.string()).default(["github.com"]).describe("Hosts whose issue URLs count as references."),
      version_gated: z
        .boolean()
        .default(false)
        .describe('Also report TODOs that wait for a version to be required or dropped ("once MSRV >= 1.62", "when we drop Python 3.7").'),
    })
    .strict(),
  // Base texts, to tell a new TODO from one moved, re-indented or reworded: the files with a
  // marker in their added lines, and the files lines were deleted from (where one may have moved from).
  // The head text of an edited file with a marker: the unchanged lines around its added TODO find
  // the base lines it replaced (a TODO reworded in place), and its comment block's unchanged lines.
  needs(change) {
    if (!change.files.some(hasMarker)) return {};
    // PHP's added lines alone are not inside `<?php`: parsed without their file they hold no comments.
    // Every edited file with a marker: its added lines alone may not parse as the comment they are in
    // (kotlinx-io f85bebd107's TODO inside a `finally` block was said only while other rules had read its text).
    const edited = change.files.filter((f) => f.status !== "added" && hasMarker(f));
    return {
      baseContents: [...new Set(change.files.filter((f) => f.status !== "added" && (hasMarker(f) || f.deletions > 0)).map((f) => f.previousPath ?? f.path))],
      ...(edited.length > 0 ? { fileContents: edited.map((f) => f.path) } : {}),
      // The tree names the untouched siblings a TODO may have been copied from with its code.
      fileTree: true,
      // A new file with a TODO may be a copy of a file the repository has: the TODO came with it.
      ...(mayHoldCopies(change.files.filter((f) => f.status === "added" && hasMarker(f))) ? { copyOriginals: true } : {}),
    };
  },
  laterNeeds(change, _opts, found) {
    if (!found.fileTree) return [];
    const marked = change.files.filter(hasMarker);
    if (marked.length === 0) return [];
    // And the readmes of their folders: one may say its folder is synced from elsewhere (`eng/common/`).
    return [...siblingTodoPaths(marked, change, found.fileTree), ...syncedFolderReadmes(change.files, found.fileTree)];
  },
  check(change, opts, found) {
    const refOpts = { hosts: opts.hosts, trackers: opts.tracker_patterns };
    const thirdParty = thirdPartyOf(change);
    // A parser generator's output beside its grammar (kpeg's `markdown.rb`): its TODOs are the grammar's or the generator's.
    const outputs = grammarOutputs(change.files, found.fileTree);
    const perFile: Array<{ file: ChangedFile; todos: Untracked[] }> = [];
    for (const file of change.files) {
      if (!hasMarker(file) || notAuthoredHere(file, change, found, thirdParty) || fileAboutIssue(file.path, headerOf(file, found))) continue;
      // An example is a sample for readers: its TODO says what the sample leaves out, not the product's work.
      if (inExample(file.path) || outputs.has(file)) continue;
      const todos = untrackedTodos(file, change, found, refOpts);
      // A TODO that waits for a version is found by grepping that version when the minimum moves:
      // the version is its tracking key, and judges called asking for an issue not worth saying.
      perFile.push({ file, todos: opts.version_gated ? todos : todos.filter((t) => !t.gated) });
    }
    return groupFindings(perFile);
  },
});

interface Untracked {
  line: number;
  marker: string;
  /** The TODO's words: the same TODO written twice has the same key. */
  key: string;
  /** It waits for a version ("once MSRV >= 1.62"): findable by it, but still unplanned. */
  gated: boolean;
}

/** The TODOs added to a file with no issue reference in their comment block, and not already at base. */
function untrackedTodos(file: ChangedFile, change: Change, found: Lookups, refOpts: RefOptions): Untracked[] {
  const lines = commentBlocks(file, found, (text) => MARKER.test(text));
  const siblingKeys = siblingTodoKeys(change, found);
  const editedInPlace = todosEditedInPlace(file, found, isTodoLine, (raw) => wasTodoAtBase(raw.slice(markerAt(raw)), todosAtBase(found)));
  // The tracker keys the file already wrote (project-keys.ts), read from its base text once, and only if a TODO needs them.
  let keys: ReadonlySet<string> | undefined;
  const fileKeys = () => (keys ??= baseKeys(file.status === "added" ? undefined : found.baseContents?.get(file.previousPath ?? file.path)));
  const out: Untracked[] = [];
  let lastLine = 0;
  // The file's lines at head, else its added lines (a doc example's tag may be old, its TODO new).
  let headLines: Map<number, string> | undefined;
  const headLine = (n: number) => (headLines ??= linesAtHead(file, found)).get(n);
  for (const [i, { line, text, added }] of lines.entries()) {
    if (!added || line === lastLine) continue;
    // A TODO trailing a commented-out statement (`// foo(); // TODO: …`) is one of its own, read alone (trailing-todo.ts).
    const note = trailingTodo(text, isMarker);
    const own = note ?? text;
    const m = ANY_CASE.exec(own) ?? CAPITALS.exec(own);
    if (!m || (note === undefined && continuesSentence(lines[i - 1], line, own.slice(m.index + m[0].length)))) continue;
    const afterMarker = own.slice(m.index + m[0].length);
    const segment = note ?? todoSegment(lines, i, isMarker).join("\n");
    if (
      todoHasReference(segment, afterMarker, refOpts) ||
      hasProjectKey(segment, projectKeyPrefixes(change)) ||
      hasKnownKey(segment, fileKeys()) ||
      hasPublicTrackerKey(segment) ||
      isTemplateTodo(afterMarker) ||
      isReaderInstruction(afterMarker) ||
      isContingentHint(afterMarker)
    )
      continue;
    if (m[1] === "XXX" && xxxIsNote(segment)) continue;
    // Inside a doc comment's example (`@example`, `@sample`, `Examples:`): sample code telling readers what their code should do.
    if (inDocExample(line, headLine)) continue;
    if (m[1] === "HACK" && !hackAsks(segment)) continue;
    const from = own.slice(m.index + m[0].length - m[1].length);
    if (editedInPlace.has(line) || wasTodoAtBase(from, todosAtBase(found)) || copiedFromSibling(from, siblingKeys)) continue;
    // A new file copied from one the repository has (copy-originals.ts): the original's TODOs are old.
    if (copiedLine(file, line, found)) continue;
    // A line the source found brought in, not written (a mirror's, a template's literal line: imported-code.ts).
    if (file.restoredLines?.includes(line)) continue;
    // A function the change adds whole, credited to another source in its doc comment: its TODOs came with it.
    if (creditedFunctionLines(file, found).has(line)) continue;
    lastLine = line;
    out.push({ line, marker: m[1].toUpperCase(), key: todoWords(from), gated: isVersionGated(segment) });
  }
  return out;
}

/**
 * One finding per file, on its first untracked TODO, naming the others: a file given five TODOs
 * is one thing to fix, and inline comments stay few. A TODO written in several files of the change
 * (a project-wide marker pasted on purpose) is reported in the first only.
 */
function groupFindings(perFile: Array<{ file: ChangedFile; todos: Untracked[] }>): RawFinding[] {
  const firstFile = new Map<string, string>();
  // For each file reported, the other files whose TODOs it stands for.
  const standsFor = new Map<string, Set<string>>();
  const kept = perFile.map(({ file, todos }) => {
    const mine = todos.filter((t) => {
      const first = firstFile.get(t.key) ?? file.path;
      firstFile.set(t.key, first);
      if (first !== file.path) standsFor.set(first, (standsFor.get(first) ?? new Set()).add(file.path));
      return first === file.path;
    });
    return { file, todos: mine };
  });
  const out: RawFinding[] = [];
  for (const { file, todos } of kept) {
    if (todos.length === 0) continue;
    const [first, ...more] = todos;
    const others = standsFor.get(file.path)?.size ?? 0;
    const elsewhere = others > 0 ? ` The same TODO is in ${others} other file${others > 1 ? "s" : ""} of this change.` : "";
    const data = { marker: first.marker, also: alsoOn(more.map((t) => t.line)), count: more.length, elsewhere };
    const gated = todos.every((t) => t.gated) ? "Gated" : "";
    out.push({ messageId: `untracked${gated}${more.length > 0 ? "Many" : ""}`, path: file.path, line: first.line, data });
  }
  return out;
}

function isMarker(text: string): boolean {
  return ANY_CASE.test(text) || CAPITALS.test(text);
}

/** Where a raw line's marker starts (0 when none): the TODO's words are from there on. */
function markerAt(raw: string): number {
  return Math.max(0, raw.search(/todo|fixme|XXX|HACK/i));
}

/** A raw source line whose comment leads with a marker: `// TODO …`, or after code, `x = 1  # FIXME …`. */
function isTodoLine(raw: string): boolean {
  if (!MARKER.test(raw)) return false;
  const opener = /\/\/|#|\/\*|--/.exec(raw);
  return isMarker(raw) || (opener !== null && isMarker(raw.slice(opener.index)));
}

function linesAtHead(file: ChangedFile, found: Lookups): Map<number, string> {
  const head = headText(file, found);
  return head === undefined ? new Map(file.addedLines.map((l) => [l.line, l.text])) : new Map(head.split("\n").map((t, i) => [i + 1, t]));
}

/** The file's first lines: from its text at head, else from its added lines when they start it. */
function headerOf(file: ChangedFile, found: Lookups): string | undefined {
  const head = headText(file, found);
  if (head !== undefined) return head.slice(0, 1000);
  const top = file.addedLines.slice(0, 3);
  return top[0]?.line === 1 ? top.map((l) => l.text).join("\n") : undefined;
}

/** Whether a file's added lines hold a marker, once per list of lines: needs and check ask up to four times per file (#13). */
function hasMarker(file: ChangedFile): boolean {
  let known = markedLines.get(file.addedLines);
  if (known === undefined) markedLines.set(file.addedLines, (known = file.addedLines.some((l) => MARKER.test(l.text))));
  return known;
}

const markedLines = new WeakMap<ChangedFile["addedLines"], boolean>();

/** The TODOs of every base text the source fetched, read once per review (the lookups are shared by its steps). */
const baseTodoCache = new WeakMap<Map<string, string>, ReturnType<typeof baseTodos>>();
function todosAtBase(found: Lookups): ReturnType<typeof baseTodos> {
  const texts = found.baseContents;
  if (!texts || texts.size === 0) return [];
  let todos = baseTodoCache.get(texts);
  if (!todos) {
    todos = [...texts.values()].flatMap(baseTodos);
    baseTodoCache.set(texts, todos);
  }
  return todos;
}

/**
 * A marker that only begins a wrapped line of prose: the comment line above ends mid-sentence
 * ("…the same words as a base" / "TODO, give or take a typo") and the word is not followed by the
 * `:`, `(` or `-` that marks a real TODO. This repository's own doc comments about TODOs were flagged so.
 */
function continuesSentence(prev: { line: number; text: string } | undefined, line: number, afterMarker: string): boolean {
  if (!prev || prev.line !== line - 1 || /^\s*[:(\-!]/.test(afterMarker)) return false;
  return /[\p{L}\p{N},]\s*$/u.test(prev.text.replace(/\*\/\s*$/, ""));
}
