import { generatorCandidates, MAX_GENERATORS_READ, writtenByGenerator } from "../../src/text/generator-outputs.js";

describe("generator outputs", () => {
  it.each([
    ["bin/generate.php", "<?php\nfile_put_contents(__DIR__.'/../src/Mixin.php', (new MixinGenerator())->generate());", "src/Mixin.php"],
    ["scripts/gen_tables.py", "with open('lib/unicode/tables.py', 'w') as out:\n    out.write(render())", "lib/unicode/tables.py"],
    ["scripts/build-types.mjs", 'import fs from "node:fs";\nfs.writeFileSync("src/types.ts", types);', "src/types.ts"],
    ["tasks/update_idna.rb", 'File.write("lib/addressable/idna/tables.rb", data)', "lib/addressable/idna/tables.rb"],
    ["internal/gen/main.go", 'os.WriteFile("tables.go", src, 0o644)', "tables.go"],
    ["packages/a/bin/generate.php", "file_put_contents(__DIR__.'/../src/A.php', $code);", "packages/a/src/A.php"],
    ["tools/regen.sh", 'go run ./cmd/gen > "zz_table.go"', "zz_table.go"],
    ["hack/gen.sh", "#!/bin/sh\ngo run ./cmd/gentables > tables/tables.go", "tables/tables.go"],
    ["scripts/generate-types.js", 'const out = path.join(__dirname, "../src/types.ts");\nfs.writeFileSync(out, render());', "src/types.ts"],
    ["grammar/rebuildParser.php", "<?php\nfile_put_contents(dirname(__DIR__) . '/lib/Parser.php', $source);", "lib/Parser.php"],
    [
      "grammar/preprocessor.php",
      "<?php\nconst IN  = './zend_language_parser.pre.phpy';\nconst OUT = './zend_language_parser.phpy';\n\n$code = file_get_contents(IN);\n$code = resolve($code);\n\n\nfile_put_contents(OUT, $code);",
      "grammar/zend_language_parser.phpy",
    ],
    [
      "scripts/gen_tables.py",
      "OUT_FILE = 'lib/tables.py'\n\ndef main():\n    rows = build()\n    text = render(rows)\n    with open(OUT_FILE, 'w') as f:\n        f.write(text)",
      "lib/tables.py",
    ],
    // OneOf's LINQPad script (set 37: its two pr-size findings counted the files it writes, judged *wrong*).
    [
      "OneOf/CreateFile.linq",
      'var outpath = Path.Combine(Path.GetDirectoryName(Util.CurrentQueryPath), "OneOf.cs");\nFile.WriteAllText(outpath.Dump(), output);',
      "OneOf/OneOf.cs",
    ],
  ])("a script that names a file and writes one is its generator (%s)", (script, text, output) => {
    expect(writtenByGenerator(output, new Map([[script, text]]))).toBe(true);
  });

  it.each([
    ["a script that only reads the file", "bin/generate.php", "$x = file_get_contents(__DIR__.'/../src/Mixin.php');", "src/Mixin.php"],
    [
      "a script that reads the file and writes another",
      "scripts/update-readme.mjs",
      'const cli = fs.readFileSync("src/cli.ts", "utf8");\nconst help = usageOf(cli);\nconst readme = render(help);\n\nfs.writeFileSync("README.md", readme);',
      "src/cli.ts",
    ],
    ["a script that opens the file to read it", "scripts/gen_docs.py", "with open('lib/tables.py') as f:\n    src = f.read()", "lib/tables.py"],
    ["a script that writes another file of the same name elsewhere", "bin/generate.php", "file_put_contents('build/Mixin.php', $c);", "src/Mixin.php"],
    ["a script that writes a longer path ending alike", "bin/generate.php", "file_put_contents('src/OldMixin.php', $c);", "Mixin.php"],
    ["a script naming a bare name without a quote or ./ before it", "scripts/gen.py", "open('out/tables.go', 'w')", "tables.go"],
    ["a shell script redirecting into a longer path", "hack/gen.sh", "go run ./cmd/gentables > mytables/tables.go", "tables/tables.go"],
    ["a shell script redirecting its errors", "hack/gen.sh", "go run ./cmd/gentables 2> tables/tables.go", "tables/tables.go"],
    [
      "a script that keeps the path in a name it only reads",
      "grammar/preprocessor.php",
      "<?php\nconst IN = './parser.pre.phpy';\nconst OUT = './out.phpy';\n$code = file_get_contents(IN);\n\n\nfile_put_contents(OUT, $code);",
      "grammar/parser.pre.phpy",
    ],
    [
      "a script that reads the file and writes it back, stamping a date (pyparsing's update_pyparsing_timestamp.py)",
      "update_pyparsing_timestamp.py",
      "with open('pyparsing.py', encoding='utf-8') as oldpp:\n    orig_code = oldpp.read()\n    new_code = stamp(orig_code)\n\nwith open('pyparsing.py','w', encoding='utf-8') as newpp:\n    newpp.write(new_code)",
      "pyparsing.py",
    ],
    [
      "a PHP script that bumps a version inside the file",
      "bin/update-version.php",
      "<?php\n$src = file_get_contents('src/Version.php');\n$src = preg_replace('/\\d+\\.\\d+/', $argv[1], $src);\nfile_put_contents('src/Version.php', $src);",
      "src/Version.php",
    ],
  ])("%s is not its generator", (_what, script, text, output) => {
    expect(writtenByGenerator(output, new Map([[script, text]]))).toBe(false);
  });

  it("generators are scripts near the root named for generating or in a scripts folder, not ones the change adds, and few", () => {
    const tree = [
      "bin/generate.php",
      "src/Assert.php",
      "scripts/gen_tables.py",
      "scripts/release.sh",
      "a/b/c/d/generate.py",
      "tools/codegen.ts",
      "bin/new-gen.php",
      ...Array.from({ length: 30 }, (_, i) => `x/generate${i}.py`),
    ];
    const found = generatorCandidates(tree, new Set(["bin/new-gen.php"]));
    expect(generatorCandidates(["grammar/rebuildParser.php", "grammar/preprocessor.php", "src/buildUrl.ts"], new Set())).toEqual([
      "grammar/preprocessor.php",
      "grammar/rebuildParser.php",
    ]);
    expect(found.slice(0, 3)).toEqual(["bin/generate.php", "scripts/gen_tables.py", "tools/codegen.ts"]);
    expect(found).not.toContain("src/Assert.php");
    expect(found).not.toContain("scripts/release.sh");
    expect(found).not.toContain("a/b/c/d/generate.py");
    expect(found).not.toContain("bin/new-gen.php");
    expect(found).toHaveLength(MAX_GENERATORS_READ);
  });
});

describe("generator candidates: C# scripts named in PascalCase (set 37)", () => {
  it("reads a LINQPad or .csx script named for creating, not a C# class file", () => {
    const found = generatorCandidates(["OneOf/CreateFile.linq", "tools/GenerateTables.csx", "OneOf/CreateFile.cs", "src/Creator.linq"], new Set());
    expect(found).toEqual(["OneOf/CreateFile.linq", "tools/GenerateTables.csx"]);
  });
});
