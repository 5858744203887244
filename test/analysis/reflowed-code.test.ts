import { reflowed, rewrapped } from "../../src/analysis/reflowed-code.js";
import { nameLegend } from "../../src/analysis/name-legend.js";
import { changed } from "../helpers/base-head.js";

/** The head lines `reflowed` marks, for a file changed from `base` to `head`. */
function marked(base: string, head: string[]): number[] {
  const { change, lookups } = changed("src/A.java", base, head.join("\n"));
  const file = change.files[0];
  return file.addedLines.map((l) => l.line).filter((l) => reflowed(file, lookups!, l));
}

describe("reflowed", () => {
  const lines = ["class A {", "    void run() {", "        helper.configureEverything(options, defaults, overrides);", "        start(options);", "    }", "}"];

  it("marks every line of a file whose line breaks were restored", () => {
    expect(marked(lines.join(""), lines)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it("marks a statement split over lines, and one joined from lines", () => {
    const split = [
      "class A {",
      "    void run() {",
      "        helper.configureEverything(",
      "            options, defaults, overrides);",
      "        start(options);",
      "    }",
      "}",
    ];
    expect(marked(lines.join("\n"), split)).toEqual([3, 4]);
    expect(marked(split.join("\n"), lines)).toEqual([3]);
  });

  it("leaves new lines, and live code the change commented out, unmarked", () => {
    const added = [...lines.slice(0, 4), "        stop(options, defaults, everything);", ...lines.slice(4)];
    expect(marked(lines.join("\n"), added)).toEqual([]);
    const commented = [
      "class A {",
      "    void run() {",
      "        // helper.configure(options,",
      "        //     defaults);",
      "        start(options);",
      "    }",
      "}",
    ];
    expect(marked(lines.join("\n"), commented)).toEqual([]);
  });

  it("marks nothing without the base text", () => {
    const { change } = changed("src/A.java", undefined, lines.join("\n"));
    const file = change.files[0];
    const found = { issues: new Map(), fileContents: new Map() };
    expect(file.addedLines.some((l) => reflowed(file, found, l.line))).toBe(false);
  });
});

describe("rewrapped", () => {
  const lines = ["class A {", "    void run() {", "        helper.configureEverything(options, defaults, overrides);", "        start(options);", "    }", "}"];
  const rewrappedLines = (base: string, head: string[]) => {
    const { change, lookups } = changed("src/A.java", base, head.join("\n"));
    const file = change.files[0];
    return file.addedLines.map((l) => l.line).filter((l) => rewrapped(file, lookups!, l));
  };

  it("marks lines whose breaks differ from the base's", () => {
    expect(rewrappedLines(lines.join(""), lines)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it("leaves a copy laid out line for line as at base unmarked, though reflowed reads it at base", () => {
    const copied = [...lines.slice(0, 5), "    void again() {", lines[2], lines[3], "    }", "}"];
    const { change, lookups } = changed("src/A.java", lines.join("\n"), copied.join("\n"));
    const file = change.files[0];
    expect(file.addedLines.some((l) => reflowed(file, lookups!, l.line))).toBe(true);
    expect(rewrappedLines(lines.join("\n"), copied)).toEqual([]);
  });
});

describe("nameLegend", () => {
  it("reads names spelled out by their initials or their start as a legend", () => {
    expect(nameLegend(["", "S = State", "A = Action", "OP = OwnProps", ""])).toBe(true);
    expect(nameLegend(["K = Key, V = Value"])).toBe(true);
    expect(nameLegend(["idx = index; cnt = count"])).toBe(false);
    expect(nameLegend(["pos = position; acc = accumulator"])).toBe(true);
  });

  it("does not read assignments, or one entry alone, as a legend", () => {
    expect(nameLegend(["S = State.from(store)", "A = Action.next(S)"])).toBe(false);
    expect(nameLegend(["x = y", "a = b"])).toBe(false);
    expect(nameLegend(["S = State"])).toBe(false);
  });
});
