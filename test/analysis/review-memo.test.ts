import { inNeedsPass, perNeedsPass, perReviewFile, perReviewFiles } from "../../src/analysis/review-memo.js";
import { emptyLookups } from "../../src/engine/rule.js";
import type { Change, ChangedFile } from "../../src/model/change.js";

const file = (path: string): ChangedFile => ({
  path,
  status: "modified",
  binary: false,
  additions: 1,
  deletions: 0,
  addedLines: [{ line: 1, text: "x" }],
  hunks: [],
});

describe("per-review memo", () => {
  it("computes a file's value once per review, whatever number of rules ask", () => {
    const calls: string[] = [];
    const lengthOf = perReviewFile((f, found) => {
      calls.push(f.path);
      return found.fileContents.get(f.path)?.length;
    });
    const found = { ...emptyLookups(), fileContents: new Map([["a.ts", "abc"]]) };
    const a = file("a.ts");
    expect([lengthOf(a, found), lengthOf(a, found), lengthOf(a, found)]).toEqual([3, 3, 3]);
    expect(calls).toEqual(["a.ts"]);
  });

  it("keeps files and reviews apart: the same file object with other texts is computed again", () => {
    const lengthOf = perReviewFile((f, found) => found.fileContents.get(f.path)?.length);
    const [a, b] = [file("a.ts"), file("a.ts")];
    const first = { ...emptyLookups(), fileContents: new Map([["a.ts", "abc"]]) };
    const second = { ...emptyLookups(), fileContents: new Map([["a.ts", "abcdef"]]) };
    expect([lengthOf(a, first), lengthOf(b, first), lengthOf(a, second)]).toEqual([3, 3, 6]);
  });

  it("remembers an undefined value too (a file without text is not looked up again)", () => {
    let calls = 0;
    const none = perReviewFile(() => {
      calls++;
      return undefined;
    });
    const found = emptyLookups();
    const a = file("a.ts");
    none(a, found);
    none(a, found);
    expect(calls).toBe(1);
  });

  it("shares a value of a set of files between rule runs that hold the same files in other arrays", () => {
    const calls: string[][] = [];
    const paths = perReviewFiles((files) => {
      calls.push(files.map((f) => f.path));
      return files.map((f) => f.path).join(",");
    });
    const [a, b] = [file("a.ts"), file("b.ts")];
    const found = emptyLookups();
    // Two runs of the same review (each its own change object and files array), then a run with one of the files.
    expect([paths([a, b], found), paths([a, b], found), paths([a], found)]).toEqual(["a.ts,b.ts", "a.ts,b.ts", "a.ts"]);
    expect(calls).toEqual([["a.ts", "b.ts"], ["a.ts"]]);
  });

  it("computes a set of files again for another order, other members or another review", () => {
    let calls = 0;
    const count = perReviewFiles(() => ++calls);
    const [a, b] = [file("a.ts"), file("b.ts")];
    const found = emptyLookups();
    count([a, b], found);
    count([b, a], found);
    count([a, file("b.ts")], found);
    count([a, b], emptyLookups());
    count([], found);
    expect(calls).toBe(5);
  });
});

describe("needs-pass memo", () => {
  const change = (files: ChangedFile[], title = "t"): Change => ({ title, body: "", labels: [], commits: [], files, baseSha: "b", headSha: "h", gaps: [] });

  it("computes once per pass for runs that hold the same files, and again in the next pass", () => {
    let calls = 0;
    const paths = perNeedsPass((c: Change, upper: boolean) => {
      calls++;
      return c.files.map((f) => (upper ? f.path.toUpperCase() : f.path));
    });
    const [a, b] = [file("a.ts"), file("b.ts")];
    const reviewed = change([a, b]);
    inNeedsPass(() => {
      // Each rule's run has a change object of its own with a list of its own.
      expect(paths({ ...reviewed, files: [a, b] }, false)).toEqual(["a.ts", "b.ts"]);
      expect(paths({ ...reviewed, files: [a, b] }, false)).toEqual(["a.ts", "b.ts"]);
      expect(calls).toBe(1);
      // Another option, other files, another order or another field: computed again.
      expect(paths({ ...reviewed, files: [a, b] }, true)).toEqual(["A.TS", "B.TS"]);
      expect(paths({ ...reviewed, files: [b, a] }, false)).toEqual(["b.ts", "a.ts"]);
      expect(paths({ ...reviewed, files: [a] }, false)).toEqual(["a.ts"]);
      expect(paths({ ...reviewed, title: "other", files: [a, b] }, false)).toEqual(["a.ts", "b.ts"]);
      expect(calls).toBe(5);
    });
    inNeedsPass(() => paths({ ...reviewed, files: [a, b] }, false));
    expect(calls).toBe(6);
  });

  it("computes every time outside a pass", () => {
    let calls = 0;
    const count = perNeedsPass((c: Change) => (calls++, c.files.length));
    const c = change([file("a.ts")]);
    expect([count(c, undefined), count(c, undefined)]).toEqual([1, 1]);
    expect(calls).toBe(2);
  });
});
