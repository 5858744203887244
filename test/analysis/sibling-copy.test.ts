import { copiedFromSibling, originalName, siblingCopyPaths } from "../../src/analysis/sibling-copy.js";
import { addedFile, change } from "../helpers/make-change.js";

const original = Array.from({ length: 40 }, (_, i) => `    Console.WriteLine("step ${i}");`);
const lookups = (text: string[]) => ({
  issues: new Map(),
  fileContents: new Map(),
  baseContents: new Map([["RestSharp.IntegrationTests/MultipartFormDataTests.cs", text.join("\n")]]),
});
const copy = (lines: string[], extra = {}) => addedFile("RestSharp.IntegrationTests1/MultipartFormDataTests.cs", lines, 1, { status: "added", ...extra });

describe("copiedFromSibling: a new file that copies a file of a folder the base has (#10)", () => {
  it("a copy with a line or two changed (a namespace renamed) is a copy", () => {
    const edited = [...original.slice(0, 39), "namespace RestSharp.IntegrationTests1"];
    const file = copy(edited);
    expect(copiedFromSibling(file, change([file]), lookups(original))).toBe(true);
  });

  it("a file that shares less than 95% of its lines is the change's own", () => {
    const edited = original.map((l, i) => (i < 4 ? `    Assert.Equal(${i}, x);` : l));
    const file = copy(edited);
    expect(copiedFromSibling(file, change([file]), lookups(original))).toBe(false);
  });

  it("a file the source found put back from history counts as a copy, whatever the base folders hold", () => {
    const file = copy(original, { restoredLines: original.map((_, i) => i + 1), restoredFrom: "deleted in bb78013ad6" });
    expect(copiedFromSibling(file, change([file]), lookups([]))).toBe(true);
  });

  it("a copy beside its original, named with a copy's or a target framework's suffix, is compared with the original", () => {
    const file = addedFile("src/Serilog/Events/LogEvent-net40.cs", original, 1, { status: "added" });
    expect(siblingCopyPaths(file, change([file]))).toEqual(["src/Serilog/Events/LogEvent.cs"]);
    const found = { issues: new Map(), fileContents: new Map(), baseContents: new Map([["src/Serilog/Events/LogEvent.cs", original.join("\n")]]) };
    expect(copiedFromSibling(file, change([file]), found)).toBe(true);
  });

  it("a copy may come from the top folder of any file the change edits: each folder once, in the change's order, at most four", () => {
    const edited = (path: string, extra = {}) => addedFile(path, ["x"], 1, extra);
    const file = addedFile("Tests1/Api/Client.cs", original, 1, { status: "added" });
    const others = [
      edited("Core/A.cs"),
      edited("Tests1/B.cs"),
      edited("Core/C.cs"),
      edited("README.md"),
      addedFile("New/D.cs", ["x"], 1, { status: "added" }),
      edited("Web/E.cs", { previousPath: "Site/E.cs" }),
      edited("Docs/F.md"),
      edited("Tools/G.cs"),
    ];
    const files = [file, ...others];
    const expected = ["Tests/Api/Client.cs", "Core/Api/Client.cs", "Site/Api/Client.cs", "Docs/Api/Client.cs"];
    expect(siblingCopyPaths(file, change(files))).toEqual(expected);
    // Asked again of the same list (every rule asks), and after the list grew: the same answer, then the longer list's.
    expect(siblingCopyPaths(file, change(files))).toEqual(expected);
    const second = addedFile("Lib/Api/Client.cs", original, 1, { status: "added" });
    files.push(second);
    expect(siblingCopyPaths(second, change(files))).toEqual(["Core/Api/Client.cs", "Tests1/Api/Client.cs", "Site/Api/Client.cs", "Docs/Api/Client.cs"]);
  });

  it.each([
    ["LogEvent-net40.cs", "LogEvent.cs"],
    ["Json.netstandard2.0.cs", "Json.cs"],
    ["Parser_portable.cs", "Parser.cs"],
    ["app - Copy.js", "app.js"],
    ["util.old.py", "util.py"],
    ["LogEvent.cs", undefined],
    ["net40.cs", undefined],
    ["Socket-network.cs", undefined],
  ])("originalName(%s) is %s", (name, expected) => expect(originalName(name)).toBe(expected));
});
