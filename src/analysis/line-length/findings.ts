import type { Lookups, RawFinding } from "../../engine/rule.js";
import { alsoOn } from "../../text/also-on.js";

// The findings of max-line-length: one per block of long lines, a count for a file of many, the limit as said.

/**
 * A long line to say; `more` long lines next to it (its block, up to line `last`), the shortest and longest of
 * them all `shortest` and `longest` characters. `worth`: the line is worth saying on its own (see worthSaying); a
 * block is said when one of its lines is, and then names its neighbours too.
 */
export type Flagged = {
  line: number;
  length: number;
  max: number;
  from?: string;
  more?: number;
  last?: number;
  shortest?: number;
  longest?: number;
  worth?: boolean;
  /** Under a `bottomline-disable` directive: said on its own, so silencing it silences no other line. */
  directed?: boolean;
  /** Later lines of the same text: said once, but named among the file's other long lines. */
  repeats?: number[];
};

// The long lines said in this review, by text: the same line written into parallel files (ktor2's and ktor3's
// fetchers), or twice in one test, is said once, where it first appears. Kept per review (its lookups), as
// the engine may judge the files one by one.
// Per run of the rule too (its options): an override's run with another severity keeps its own findings.
const saidTexts = new WeakMap<Lookups, WeakMap<object, Map<string, string>>>();
export function firstOfItsText(path: string, text: string, found: Lookups, options: object): boolean {
  let runs = saidTexts.get(found);
  if (!runs) saidTexts.set(found, (runs = new WeakMap()));
  let said = runs.get(options);
  if (!said) runs.set(options, (said = new Map()));
  const key = text.trim();
  const first = said.get(key);
  if (first === undefined) said.set(key, path);
  return first === undefined || first === path;
}

/** Long lines this close together (at most one line between them) are one block: a paragraph, a statement, a table. */
const BLOCK_GAP = 2;

// A suppression directive (`bottomline-disable-line`, or `-next-line` on the line above): the engine silences that
// line's finding, so the line is said on its own, never as the head of a block that would be silenced with it.
export const DIRECTIVE = /bottomline-disable/;

/** One finding per block of adjacent long lines (a KDoc paragraph written long), on its first, counting the others. */
export function blocks(flagged: Array<Flagged & { text: string }>, directedAbove: (line: number) => boolean, groupOver: number): Flagged[] {
  const out: Flagged[] = [];
  let last: (Flagged & { text?: string }) | undefined;
  let lastLine = -Infinity;
  const seen = new Map<string, Flagged>();
  for (const f of flagged) {
    // The same text twice in the file (two tests building the same value) is said once, its other lines named
    // with it (joda-time 0109c4334e: seven equal 125-character lines read "also on line 104", set 21).
    const first = seen.get(f.text.trim());
    if (first) {
      (first.repeats ??= []).push(f.line);
      continue;
    }
    if (DIRECTIVE.test(f.text) || directedAbove(f.line)) {
      out.push({
        line: f.line,
        length: f.length,
        max: f.max,
        from: f.from,
        worth: f.worth,
        directed: true,
      });
      last = undefined;
      seen.set(f.text.trim(), out[out.length - 1]);
    } else if (last && groupOver > 0 && f.line - lastLine <= BLOCK_GAP) {
      last.more = (last.more ?? 0) + 1;
      last.last = f.line;
      last.shortest = Math.min(last.shortest ?? last.length, f.length);
      last.longest = Math.max(last.longest ?? last.length, f.length);
      last.worth ||= f.worth;
      seen.set(f.text.trim(), last);
    } else {
      last = {
        line: f.line,
        length: f.length,
        max: f.max,
        from: f.from,
        worth: f.worth,
      };
      out.push(last);
      seen.set(f.text.trim(), last);
    }
    lastLine = f.line;
  }
  // A block of simple lines under a guide says nothing; one line worth saying brings its neighbours along.
  return out.filter((b) => b.worth);
}

/** More lines over a file's limit than `groupOver` are bulk (a converted or pasted file): said once, not line by line. */
export function report(path: string, flagged: Flagged[], groupOver: number): RawFinding[] {
  const count = flagged.reduce((n, f) => n + 1 + (f.more ?? 0), 0);
  if (groupOver > 0 && count > groupOver) {
    const longest = Math.max(...flagged.map((f) => f.longest ?? f.length));
    return [
      {
        messageId: "manyTooLong",
        path,
        line: flagged[0].line,
        data: { count, limit: limitOf(flagged[0]), longest },
      },
    ];
  }
  // Several long lines (or blocks) of one file are one finding on the first, naming the others, as
  // the other line rules say them: one reviewer's remark per file, not one per line (#11).
  if (groupOver === 0) return flagged.map((f) => said(path, f, ""));
  const [f, ...others] = flagged.filter((g) => !g.directed);
  const own = flagged.filter((g) => g.directed).map((g) => said(path, g, ""));
  const also = [...(f?.repeats ?? []), ...others.flatMap((o) => [o.line, ...(o.repeats ?? [])])].sort((a, b) => a - b);
  return f ? [said(path, f, alsoOn(also)), ...own].sort((a, b) => (a.line ?? 0) - (b.line ?? 0)) : own;
}

/** The finding for one long line or block, naming `also` the file's other long lines. */
function said(path: string, f: Flagged, also: string): RawFinding {
  const { line, length, max, from, more } = f;
  if (more) {
    const data = {
      first: line,
      last: f.last ?? line,
      count: more + 1,
      shortest: f.shortest ?? length,
      longest: f.longest ?? length,
      limit: limitOf(f),
      also,
    };
    return { messageId: "blockTooLong", path, line, data };
  }
  return from
    ? {
        messageId: "tooLongForFormatter",
        path,
        line,
        data: { length, max, from, also },
      }
    : { messageId: "tooLong", path, line, data: { length, max, also } };
}

function limitOf({ max, from }: Flagged): string {
  return from ? `max ${max}, from ${from}` : `max ${max}`;
}
