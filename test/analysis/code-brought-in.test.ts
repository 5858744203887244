import { markImportedCode } from "../../src/analysis/imported-code.js";
import { MIN_CODE_LINES } from "../../src/analysis/foreign-packages.js";
import { MIN_MIRRORED_FILES } from "../../src/analysis/mirrored-copies.js";
import { notAuthored } from "../../src/analysis/not-authored.js";
import { prefetchProject } from "../../src/analysis/upstream-code.js";
import type { ChangedFile } from "../../src/model/change.js";
import { addedFile, change, commit } from "../helpers/make-change.js";

// Round 2 of session 19 (#10, #11): code the change's author did not write, found from what the files hold.
const added = (path: string, lines: string[]) => addedFile(path, lines, 1, { status: "added" });
const modified = (path: string, lines: string[], start = 10) => addedFile(path, lines, start, { status: "modified" });
const project = (base: string[], texts: { base?: Record<string, string>; head?: Record<string, string> } = {}) => ({
  basePaths: () => base,
  texts: (side: "base" | "head", paths: string[]) => {
    const on = texts[side] ?? {};
    return new Map(paths.flatMap((p) => (p in on ? [[p, on[p]] as const] : [])));
  },
});
const review = (
  files: ChangedFile[],
  base: string[],
  texts: { base?: Record<string, string>; head?: Record<string, string> } = {},
  message = "Add Unity Project",
) => {
  const c = change(files, { title: message, commits: [commit(message)] });
  markImportedCode(c, undefined, project(base, texts));
  return c;
};
const csharp = (namespace: string, n: number, tag = "x") => [
  "using System;",
  `namespace ${namespace}`,
  "{",
  ...Array.from({ length: n }, (_, i) => `    static int ${tag}${i}() => Compute(${i}, "${tag}");`),
  "}",
];

describe("mirrored copies: a build step's copy of the repository's own files", () => {
  const source = csharp("ZLogger", 30, "m");
  const sourceText = source.join("\n");

  // Four more new files beside the mirror: a build step mirrors a folder (MIN_MIRRORED_FILES), and only then is the tree read.
  const others = Array.from({ length: MIN_MIRRORED_FILES - 1 }, (_, i) =>
    added(`src/ZLogger.Unity/Assets/Scripts/Own${i}.cs`, csharp("ZLogger.Unity", 10, `o${i}`)),
  );

  it("a new file that the same-named file holds after the change is not the change's", () => {
    const c = review([added("src/ZLogger.Unity/Assets/Scripts/ZLogger/LogInfo.cs", source), ...others], ["src/ZLogger/LogInfo.cs", "README.md"], {
      head: { "src/ZLogger/LogInfo.cs": sourceText },
    });
    expect(notAuthored("src/ZLogger.Unity/Assets/Scripts/ZLogger/LogInfo.cs", c)).toMatch(/a mirror of src\/ZLogger\/LogInfo.cs/);
    expect(notAuthored("src/ZLogger.Unity/Assets/Scripts/Own0.cs", c)).toBeUndefined();
  });

  it("a mirror of a vendored file is the change's: the vendored file's new lines are judged nowhere else", () => {
    const c = review([added("src/ZLogger.Unity/Assets/Scripts/ZLogger/LogInfo.cs", source), ...others], ["vendor/ZLogger/LogInfo.cs"], {
      head: { "vendor/ZLogger/LogInfo.cs": sourceText },
    });
    expect(notAuthored("src/ZLogger.Unity/Assets/Scripts/ZLogger/LogInfo.cs", c)).toBeUndefined();
  });

  it("a single new file is not searched for at head (copy-originals.ts compares it at base)", () => {
    const c = review([added("src/ZLogger.Unity/Assets/Scripts/ZLogger/LogInfo.cs", source)], ["src/ZLogger/LogInfo.cs"], {
      head: { "src/ZLogger/LogInfo.cs": sourceText },
    });
    expect(notAuthored("src/ZLogger.Unity/Assets/Scripts/ZLogger/LogInfo.cs", c)).toBeUndefined();
  });

  it("C#: a mirror the build step rewrote mechanically (nullable annotations stripped) is still a mirror", () => {
    const nullable = source.map((l) => l.replace("static int", "static int?"));
    const c = review([added("src/ZLogger.Unity/Assets/Scripts/ZLogger/LogInfo.cs", source), ...others], ["src/ZLogger/LogInfo.cs"], {
      head: { "src/ZLogger/LogInfo.cs": nullable.join("\n") },
    });
    expect(notAuthored("src/ZLogger.Unity/Assets/Scripts/ZLogger/LogInfo.cs", c)).toMatch(/a mirror of/);
  });

  it("a new file that differs from its namesake is the change's", () => {
    const c = review([added("src/ZLogger.Unity/Assets/Scripts/ZLogger/LogInfo.cs", csharp("ZLogger", 30, "other")), ...others], ["src/ZLogger/LogInfo.cs"], {
      head: { "src/ZLogger/LogInfo.cs": sourceText },
    });
    expect(notAuthored("src/ZLogger.Unity/Assets/Scripts/ZLogger/LogInfo.cs", c)).toBeUndefined();
  });

  it("the same lines added to two edited files of one name: the deeper is the mirror, the other is judged", () => {
    const edit = ["    public void Flush()", "    {", '        Console.WriteLine("flush");', "        stream.Flush();", "        count = 0;", "    }"];
    const c = review([modified("src/ZLogger/Writer.cs", edit), modified("src/ZLogger.Unity/Assets/Scripts/ZLogger/Writer.cs", edit)], []);
    expect(notAuthored("src/ZLogger.Unity/Assets/Scripts/ZLogger/Writer.cs", c)).toMatch(/the same edit as src\/ZLogger\/Writer.cs/);
    expect(notAuthored("src/ZLogger/Writer.cs", c)).toBeUndefined();
  });

  it("a shallower twin in a sandbox or a vendored folder does not take a product file's edit out of review", () => {
    const edit = ["    public void Flush()", "    {", '        Console.WriteLine("flush");', "        stream.Flush();", "        count = 0;", "    }"];
    const sandbox = review([modified("sandbox/Writer.cs", edit), modified("src/ZLogger/Io/Writer.cs", edit)], []);
    expect(notAuthored("src/ZLogger/Io/Writer.cs", sandbox)).toBeUndefined();
    const vendored = review([modified("vendor/Writer.cs", edit), modified("src/ZLogger/Io/Writer.cs", edit)], []);
    expect(notAuthored("src/ZLogger/Io/Writer.cs", vendored)).toBeUndefined();
  });

  // Set 41: MemoryPack ce867e6c63 refreshes the Unity copy of `BitPackFormatter.cs`, whose original was edited two days before.
  const UNITY = "src/MemoryPack.Unity/Assets/Plugins/MemoryPack/Runtime/MemoryPack.Core/Compression/BitPackFormatter.cs";
  const ORIGINAL = "src/MemoryPack.Core/Compression/BitPackFormatter.cs";
  const grown = csharp("MemoryPack", 30, "bit");

  it("an edit of a Unity copy whose original, untouched by the change, holds its lines is not the change's", () => {
    const c = review([modified(UNITY, grown.slice(5, 25))], [UNITY, ORIGINAL], { head: { [ORIGINAL]: grown.join("\n") } }, "Sync Unity sources");
    expect(notAuthored(UNITY, c)).toMatch(/a mirror of src\/MemoryPack.Core\/Compression\/BitPackFormatter.cs, which held these lines already/);
  });

  it("a Unity copy's lines its original does not hold are the change's", () => {
    const c = review([modified(UNITY, csharp("MemoryPack", 30, "new").slice(5, 25))], [UNITY, ORIGINAL], { head: { [ORIGINAL]: grown.join("\n") } });
    expect(notAuthored(UNITY, c)).toBeUndefined();
  });

  it("the original edited in the same change is the twin edits' case, not a catch-up", () => {
    const c = review([modified(UNITY, grown.slice(5, 25)), modified(ORIGINAL, csharp("MemoryPack", 30, "other").slice(5, 25))], [UNITY, ORIGINAL], {
      head: { [ORIGINAL]: grown.join("\n") },
    });
    expect(notAuthored(UNITY, c)).toBeUndefined();
  });

  it("a file outside a Unity project's assets is not read as a mirror", () => {
    const path = "src/MemoryPack.Other/Runtime/MemoryPack.Core/Compression/BitPackFormatter.cs";
    const c = review([modified(path, grown.slice(5, 25))], [path, ORIGINAL], { head: { [ORIGINAL]: grown.join("\n") } });
    expect(notAuthored(path, c)).toBeUndefined();
  });

  it("the App reads the tree and the original for a Unity copy's edit", async () => {
    const c = change([modified(UNITY, grown.slice(5, 25))], { title: "Sync", commits: [commit("Sync")] });
    const asked: string[][] = [];
    const reader = await prefetchProject(
      c,
      async () => [UNITY, ORIGINAL, "README.md"],
      async (base, head) => {
        asked.push(head);
        return [new Map(), new Map([[ORIGINAL, grown.join("\n")]])];
      },
    );
    expect(asked.flat()).toContain(ORIGINAL);
    markImportedCode(c, undefined, reader);
    expect(notAuthored(UNITY, c)).toMatch(/a mirror of/);
  });

  it("different edits to two files of one name are both the change's", () => {
    const one = ["    void A()", "    {", "        a = 1;", "        b = 2;", "        c = 3;", "    }"];
    const two = ["    void B()", "    {", "        x = 1;", "        y = 2;", "        z = 3;", "    }"];
    const c = review([modified("jvm/src/Codec.kt", one), modified("js/src/Codec.kt", two)], []);
    expect(notAuthored("jvm/src/Codec.kt", c)).toBeUndefined();
    expect(notAuthored("js/src/Codec.kt", c)).toBeUndefined();
  });
});

describe("foreign packages: another project's package added whole under its own manifest", () => {
  const base = ["src/ZLogger/ZLogger.csproj", "src/ZLogger/LogInfo.cs", "src/ZLogger/Options.cs"];
  const baseTexts = { base: { "src/ZLogger/LogInfo.cs": csharp("ZLogger", 3).join("\n"), "src/ZLogger/Options.cs": csharp("ZLogger.Options", 3).join("\n") } };
  const pkg = (dir: string, namespace: string, manifest = "ZString.asmdef") => [
    added(`${dir}/${manifest}`, ["{", '  "name": "ZString"', "}"]),
    added(`${dir}/Format.cs`, csharp(namespace, MIN_CODE_LINES / 2)),
    added(`${dir}/Concat.cs`, csharp(namespace, MIN_CODE_LINES / 2, "c")),
    added(`${dir}/Shims.cs`, csharp("System.Text", 40, "s")),
  ];

  it("C#: a Unity assembly in a namespace the repository never declares", () => {
    const c = review(pkg("src/ZLogger.Unity/Assets/Scripts/ZString", "Cysharp.Text"), base, baseTexts);
    expect(notAuthored("src/ZLogger.Unity/Assets/Scripts/ZString/Format.cs", c)).toMatch(/another project's package/);
    expect(notAuthored("src/ZLogger.Unity/Assets/Scripts/ZString/Shims.cs", c)).toMatch(/another project's package/);
  });

  it("Java: a Maven module of another organisation's packages", () => {
    const java = (pkgName: string, n: number, tag: string) => [
      `package ${pkgName};`,
      "",
      "class A {",
      ...Array.from({ length: n }, (_, i) => `  int ${tag}${i}() { return ${i}; }`),
      "}",
    ];
    const c = review(
      [added("third/guava-lite/pom.xml", ["<project/>"]), added("third/guava-lite/src/Lists.java", java("com.google.common.collect", MIN_CODE_LINES, "l"))],
      ["src/main/java/com/acme/App.java"],
      { base: { "src/main/java/com/acme/App.java": java("com.acme.app", 3, "a").join("\n") } },
    );
    expect(notAuthored("third/guava-lite/src/Lists.java", c)).toMatch(/another project's package/);
  });

  it("C#: a Unity package whose editor scripts declare no namespace", () => {
    const bare = (n: number) => [
      "using UnityEditor;",
      "public static partial class UnitTestBuilder",
      "{",
      ...Array.from({ length: n }, (_, i) => `    static int b${i}() => ${i};`),
      "}",
    ];
    const c = review(
      [
        added("Assets/RuntimeUnitTestToolkit/package.json", ['{ "name": "jp.cysharp.runtimeunittesttoolkit" }']),
        added("Assets/RuntimeUnitTestToolkit/UnitTestRunner.cs", csharp("RuntimeUnitTestToolkit", 600)),
        added("Assets/RuntimeUnitTestToolkit/Editor/UnitTestBuilder.cs", bare(500)),
      ],
      base,
      baseTexts,
    );
    expect(notAuthored("Assets/RuntimeUnitTestToolkit/Editor/UnitTestBuilder.cs", c)).toMatch(/another project's package/);
  });

  it("a new module of the repository's own namespace stays the change's", () => {
    const c = review(pkg("src/ZLogger.Unity/Assets/Scripts/ZLoggerUnity", "ZLogger.Unity"), base, baseTexts);
    expect(notAuthored("src/ZLogger.Unity/Assets/Scripts/ZLoggerUnity/Format.cs", c)).toBeUndefined();
  });

  it("a small package stays the change's", () => {
    const c = review([added("src/Tiny/tiny.asmdef", ["{}"]), added("src/Tiny/Tiny.cs", csharp("Tiny.Lib", MIN_CODE_LINES / 4))], base, baseTexts);
    expect(notAuthored("src/Tiny/Tiny.cs", c)).toBeUndefined();
  });

  it("a folder without a manifest of its own, or one the change edits, stays the change's", () => {
    const noManifest = pkg("src/ZString", "Cysharp.Text").slice(1);
    expect(notAuthored("src/ZString/Format.cs", review(noManifest, base, baseTexts))).toBeUndefined();
    const edited = [...pkg("src/ZString", "Cysharp.Text"), modified("src/ZString/Old.cs", ["x = 1;"])];
    expect(notAuthored("src/ZString/Format.cs", review(edited, [...base, "src/ZString/Old.cs"], baseTexts))).toBeUndefined();
  });

  it("a project the repository's own solution now builds is its own, whatever its namespace", () => {
    const sln = modified("ZLogger.sln", ['Project("{FAE04EC0}") = "ZString", "src\\ZString\\ZString.csproj", "{1}"']);
    const c = review([...pkg("src/ZString", "Cysharp.Text"), sln], [...base, "ZLogger.sln"], baseTexts);
    expect(notAuthored("src/ZString/Format.cs", c)).toBeUndefined();
    const byName = modified("src/ZLogger/ZLogger.csproj", ['<PackageReference Include="ZString" Version="2.1.0" />']);
    expect(notAuthored("src/ZString/Format.cs", review([...pkg("src/ZString", "Cysharp.Text"), byName], base, baseTexts))).toMatch(/another project's package/);
  });

  it("the GitHub App reads the tree and a sample of the repository's files for such a package", async () => {
    const asked: string[][] = [];
    const c = change(pkg("src/ZLogger.Unity/Assets/Scripts/ZString", "Cysharp.Text"), { title: "Add Unity Project" });
    const reader = await prefetchProject(
      c,
      async () => base,
      async (b) => {
        asked.push(b);
        return [new Map(b.flatMap((p) => (p in baseTexts.base ? [[p, baseTexts.base[p as keyof typeof baseTexts.base]] as const] : []))), new Map()];
      },
    );
    expect(asked[0]).toEqual(expect.arrayContaining(["src/ZLogger/LogInfo.cs", "src/ZLogger/Options.cs"]));
    markImportedCode(c, undefined, reader);
    expect(notAuthored("src/ZLogger.Unity/Assets/Scripts/ZString/Format.cs", c)).toMatch(/another project's package/);
  });

  it("knowing none of the repository's namespaces, nothing is foreign", () => {
    const c = review(pkg("src/ZString", "Cysharp.Text"), ["README.md"]);
    expect(notAuthored("src/ZString/Format.cs", c)).toBeUndefined();
  });
});

describe("template outputs: a generated file's lines its template holds", () => {
  const template = [
    '<#@ template debug="false" hostspecific="false" language="C#" #>',
    '<#@ output extension=".cs" #>',
    "namespace ZLog",
    "{",
    "    // TODO:use ZLog.Prepare",
    "<# for (var i = 1; i <= 16; i++) { #>",
    "    public static void Define<#= i #>() { }",
    "<# } #>",
    "}",
  ];
  const output = ["namespace ZLog", "{", "    // TODO:use ZLog.Prepare", "    public static void Define1() { }", "    public static void Define2() { }", "}"];

  it("C#: a T4 template added with its output holds the TODO line", () => {
    const c = review([added("src/ZLog/ZLoggerMessage.tt", template), added("src/ZLog/ZLoggerMessage.cs", output)], []);
    const file = c.files.find((f) => f.path.endsWith(".cs"))!;
    expect(file.restoredLines).toContain(3);
    // What the template computes stays the change's.
    expect(file.restoredLines).not.toContain(4);
  });

  it("a `.tt` that declares no output of that kind writes nothing", () => {
    const c = review([added("src/ZLog/ZLoggerMessage.tt", template.slice(2)), added("src/ZLog/ZLoggerMessage.cs", output)], []);
    expect(c.files.find((f) => f.path.endsWith(".cs"))!.restoredLines).toBeUndefined();
  });

  it("Python: a template the change edits, named for the file it writes (`version.py.in`), read at head", () => {
    const py = ["# Generated: do not edit", "VERSION = '1.2.3'", "# TODO: drop the legacy alias", "LEGACY = VERSION"];
    const c = review(
      [modified("pkg/version.py", py, 1), modified("pkg/version.py.in", ["# TODO: drop the legacy alias"], 3)],
      ["pkg/version.py", "pkg/version.py.in"],
      {
        head: { "pkg/version.py.in": ["# Generated: do not edit", "VERSION = '@VERSION@'", "# TODO: drop the legacy alias", "LEGACY = VERSION"].join("\n") },
      },
    );
    expect(c.files[0].restoredLines).toEqual([1, 3, 4]);
  });

  it("an output edited without its template is edited by hand", () => {
    const c = review([modified("pkg/version.py", ["# TODO: drop the legacy alias", "LEGACY = VERSION"], 1)], ["pkg/version.py", "pkg/version.py.in"], {
      head: { "pkg/version.py.in": "# TODO: drop the legacy alias\nLEGACY = VERSION" },
    });
    expect(c.files[0].restoredLines).toBeUndefined();
  });

  it("a file with no template beside it is left as it is", () => {
    const c = review([added("src/ZLog/ZLoggerMessage.tt", template), added("src/ZLog/Other.cs", output)], []);
    expect(c.files[1].restoredLines).toBeUndefined();
  });
});

describe("an initial copy from another project into a near-empty repository", () => {
  const go = (n: number, tag: string) => ["package plugin", "", ...Array.from({ length: n }, (_, i) => `func ${tag}${i}() int { return ${i} }`)];
  const files = () => [added("client.go", go(300, "c")), added("server.go", go(150, "s")), added("discover.go", go(100, "d"))];

  it("Go: 'initial copy from Otto' after a README-only commit", () => {
    const c = review(files(), ["README.md"], {}, "initial copy from Otto");
    expect(notAuthored("client.go", c)).toMatch(/an initial import/);
  });

  it("the same files without a message saying where they were written stay the change's", () => {
    const c = review(files(), ["README.md"], {}, "add the plugin system");
    expect(notAuthored("client.go", c)).toBeUndefined();
  });
});
