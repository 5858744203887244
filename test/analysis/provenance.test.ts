import { deletedOf, markMovedCode, movedLinesOf } from "../../src/analysis/provenance.js";
import type { ChangedFile } from "../../src/model/change.js";
import { isRestored } from "../../src/model/restored-lines.js";
import { addedFile, change } from "../helpers/make-change.js";

/** What a change deletes when it cuts `lines` out of another file. */
const keys = (lines: string[]) => deletedOf(change([{ ...addedFile("old/place.py", []), deletions: lines.length, deletedLines: lines }]));

describe("movedLinesOf: runs of added lines the change deletes elsewhere (#10, #11)", () => {
  const block = ["def total(rows):", "    subtotal = sum(row.amount for row in rows)", "    return subtotal * tax_rate_for(rows)"];

  it("marks a run of three lines that say something", () => {
    expect(movedLinesOf(addedFile("a.py", block), keys(block))).toEqual([1, 2, 3]);
  });

  it("does not end a run at the diff's unchanged lines between moved lines", () => {
    const file: ChangedFile = { ...addedFile("a.py", []), addedLines: block.map((text, i) => ({ line: i * 2 + 1, text })) };
    expect(movedLinesOf(file, keys(block))).toEqual([1, 3, 5]);
  });

  it("leaves two moved lines, or a run of trivial lines, alone", () => {
    expect(movedLinesOf(addedFile("a.py", block.slice(0, 2)), keys(block))).toEqual([]);
    const trivial = ["}", "return;", "} else {", "end"];
    expect(movedLinesOf(addedFile("a.js", trivial), keys(trivial))).toEqual([]);
  });

  it("ends a run at an added line the change wrote", () => {
    const head = [block[0], "    print(rows)", ...block.slice(1)];
    expect(movedLinesOf(addedFile("a.py", head), keys(block))).toEqual([]);
  });

  it("leaves a block re-indented in its own file (wrapped in a new `unless`) to the author, and marks it moved as written", () => {
    const body = ["    socket.write(request_line_for(datum))", "    response = read_status_line(socket)", "    datum[:status] = response.status_code"];
    const wrapped = ["  unless datum.has_key?(:response)", ...body.map((l) => `  ${l}`), "  end"];
    const own = (added: string[], deleted: string[]) => {
      const f = { ...addedFile("lib/connection.rb", added), deletions: deleted.length, deletedLines: deleted };
      return movedLinesOf(f, deletedOf(change([f])));
    };
    expect(own(wrapped, body)).toEqual([]);
    expect(own(body, body)).toEqual([1, 2, 3]);
  });

  it("marks a block moved to another hunk of its own file, re-indented (cc-rs f0153a4973: into `apple_flags`)", () => {
    const body = ['if target.contains("darwin") {', '    cmd.args.push("-arch".into());', "    cmd.args.push(arch_name.into());"];
    const f: ChangedFile = {
      ...addedFile(
        "src/lib.rs",
        body.map((l) => `        ${l}`),
        40,
      ),
      hunks: [
        { start: 10, length: 3 },
        { start: 38, length: 6 },
      ],
      deletions: 3,
      deletedLines: body.map((l) => `    ${l}`),
      deletedHunks: [0, 0, 0],
    };
    expect(movedLinesOf(f, deletedOf(change([f])))).toEqual([40, 41, 42]);
    // The same lines deleted in the hunk they are added back in: re-indented in place.
    const inPlace = { ...f, deletedHunks: [1, 1, 1] };
    expect(movedLinesOf(inPlace, deletedOf(change([inPlace])))).toEqual([]);
  });

  it("marks comment lines by a run of comments, code only by a run of code", () => {
    const mixed = ["// keep the cache warm between requests", "// so the first call is not slow", "warmCache(requestCache, startupTime);"];
    expect(movedLinesOf(addedFile("a.ts", mixed), keys(mixed))).toEqual([1, 2]);
  });
});

describe("markMovedCode: one pass over the change", () => {
  it("marks a file moved to a new path as restored, and leaves the files it was cut from", () => {
    const body = ["package app", "", "func Load(path string) ([]byte, error) {", "\tdata, err := os.ReadFile(path)", "\treturn decodeDocument(data), err", "}"];
    const moved = addedFile("internal/load.go", body, 1, { status: "added" });
    const old: ChangedFile = { ...addedFile("load.go", []), status: "removed", deletions: body.length, deletedLines: body };
    markMovedCode(change([moved, old]));
    expect(isRestored(moved)).toBe(true);
    expect(old.restoredLines).toBeUndefined();
  });

  it("stays linear on a 3,000-file change (hash sets, no pairwise comparison)", () => {
    const files: ChangedFile[] = [];
    for (let i = 0; i < 3000; i++) {
      const lines = Array.from({ length: 40 }, (_, j) => `    value_${i}_${j} = compute_something(${i}, ${j}, "argument")`);
      files.push({ ...addedFile(`pkg/m${i}.py`, lines), deletions: lines.length, deletedLines: lines.map((l) => l.replace("compute", "calc")) });
    }
    const start = Date.now();
    markMovedCode(change(files));
    // 240,000 lines in a few seconds on a loaded shared machine; a pairwise comparison would take hours.
    expect(Date.now() - start).toBeLessThan(20_000);
    expect(files.every((f) => f.restoredLines === undefined)).toBe(true);
  });
});
