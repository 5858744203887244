import { addedFile, change } from "../helpers/make-change.js";
import { testRule } from "../helpers/rule-tester.js";
import type { ChangedFile } from "../../src/model/change.js";
import { emptyLookups, type Lookups } from "../../src/engine/rule.js";
import { markRestored } from "../../src/model/restored-lines.js";

// Session 15 (#11): set 14's pr-size findings were all code the project did not write here: a folder
// automation syncs from elsewhere (Arcade's `eng/common/`), files a script of the repository writes
// under a templated name (`sprintf('%s/../library/Mixins/%s.php', …)`, `> "data/iso_3166-2/${alpha_1}.json"`),
// and a data folder's small tables.

/** Lines that share no token-level replacement and read as code. */
const distinct = (prefix: string, n: number) =>
  Array.from({ length: n }, (_, i) => (i % 2 ? `${prefix}${i} = f${i * 3}[${i * 7}]` : `${prefix}${i} = f${i * 3}(${i * 7})`));
const newFile = (path: string, n: number, prefix = "n") => addedFile(path, distinct(prefix, n), 1, { status: "added" });
const editedFile = (path: string, n: number, prefix = "e") => addedFile(path, distinct(prefix, n), 1, { deletions: n });
const lookups = (tree: string[], head: Record<string, string> = {}): Lookups => ({
  ...emptyLookups(),
  fileContents: new Map(Object.entries(head)),
  baseContents: new Map(),
  fileTree: tree,
});

const ARCADE_README =
  "# Don't touch this folder\n\n!!! Changes made in this directory are subject to being overwritten by automation !!!\n\nThe files in this directory are shared by all Arcade repos and managed by automation.\n";
const OWN_README = "# Build scripts\n\nRun `./build.sh` to build the solution. Edit `tools.sh` to change the SDK version.\n";

/** An Arcade update: `eng/common/` scripts edited and added (900 lines in three parts), and a small edit of the project's own. */
const arcadeUpdate = (readme: string, readmeAdded = false): { change: ReturnType<typeof change>; lookups: Lookups } => {
  const files: ChangedFile[] = [
    editedFile("eng/common/tools.sh", 400, "t"),
    newFile("eng/common/core-templates/job.yml", 300, "j"),
    editedFile("eng/common/cross/build-rootfs.sh", 300, "r"),
    editedFile("global.json", 3, "g"),
  ];
  if (readmeAdded) files.push(addedFile("eng/common/README.md", readme.split("\n"), 1, { status: "added" }));
  return {
    change: change(files),
    lookups: lookups(["eng/common/README.md", "eng/common/tools.sh", "eng/common/cross/build-rootfs.sh", "global.json"], { "eng/common/README.md": readme }),
  };
};

const MIXIN_SCRIPT = `#!/usr/bin/env php
<?php
function overwriteFile(string $content, string $basename): void
{
    file_put_contents(sprintf('%s/../library/Mixins/%s.php', __DIR__, $basename), $content);
}
`;
const ISO_SCRIPT = `#!/usr/bin/env bash
for alpha_1 in $(list); do
    echo "{
  \\"subdivisions\\": {" > "data/iso_3166-2/\${alpha_1}.php"
done
`;
const PY_SCRIPT = `import json\n\nfor name in tables():\n    with open(f"src/tables/{name}.py", "w") as out:\n        out.write(render(name))\n`;
const READS_ONLY = `#!/usr/bin/env php\n<?php\n$text = file_get_contents(sprintf('%s/../library/Mixins/%s.php', __DIR__, $name));\necho $text;\n`;

/** `n` files of a folder, 200 lines each, that a script may write, and 100 lines of hand-written code. */
const scripted = (folder: string, ext: string, script: string, scriptText: string, n = 6, scriptAdded = false) => {
  const outputs = Array.from({ length: n }, (_, i) => newFile(`${folder}/T${i}.${ext}`, 200, `t${i}_`));
  // Own work of 200 lines beside the outputs: a second piece to review apart (a fifth of the limit or more).
  const files = [...outputs, editedFile(`src/Own.${ext}`, 200)];
  if (scriptAdded) files.push(addedFile(script, scriptText.split("\n"), 1, { status: "added" }));
  return { change: change(files), lookups: lookups([script, ...files.map((f) => f.path)], { [script]: scriptText }) };
};

const MIT =
  "// Copyright (c) Acme Contributors. All rights reserved.\n// Licensed under the MIT license. See LICENSE file in the project root for full license information.\n";
/** command-line-api edee3cf6c1: the repository's own binding code (1,200 lines) moved into a new package, and 600 lines of its own work. */
const movedPackage = () => {
  const moved = Array.from({ length: 6 }, (_, i) => {
    const f = newFile(`src/Acme.Binder/Part${i}.cs`, 200, `m${i}_`);
    markRestored(
      f,
      f.addedLines.map((l) => l.line),
      `a copy of src/Acme/Binding/Part${i}.cs at base`,
    );
    return f;
  });
  const own = editedFile("src/Acme/Invocation/Handler.cs", 600, "h");
  return {
    change: change([...moved, own], { repository: { owner: "acme", name: "cli" } }),
    lookups: lookups([], {
      ...Object.fromEntries(moved.map((f, i) => [f.path, MIT + distinct(`m${i}_`, 200).join("\n")])),
      LICENSE: "The MIT License (MIT)\n\nCopyright (c) Other Holder\n",
    }),
  };
};

/** A PHP exception class of the boilerplate shape, or (`odd`) one whose shape is its own. */
const exceptionClass = (name: string, i: number, odd = false) =>
  [
    "<?php",
    "namespace Acme\\Exceptions;",
    `final class ${name}Exception extends ValidationException`,
    "{",
    "    protected $defaultTemplates = [",
    "        self::MODE_DEFAULT => [",
    `            self::STANDARD => '{{name}} must be ${name.toLowerCase()}',`,
    ...(odd ? [`    protected $depth = ${"[".repeat(i % 12)}${"]".repeat(i % 12)};`] : []),
    "        ],",
    "        self::MODE_NEGATIVE => [",
    `            self::STANDARD => '{{name}} must not be ${name.toLowerCase()}',`,
    "        ],",
    "    ];",
    ...(odd ? [`    protected $width = ${"(".repeat(Math.floor(i / 12))}1${")".repeat(Math.floor(i / 12))};`] : []),
    "}",
  ].join("\n");
/** Respect/Validation e4f2c8154a: `n` exception classes deleted (their messages moved into attributes) and 700 lines of new code. */
const exceptionsDeleted = (n: number, odd = false) => {
  const names = Array.from({ length: n }, (_, i) => `Rule${String.fromCharCode(65 + (i % 26))}${i}`);
  const paths = names.map((name) => `library/Exceptions/${name}Exception.php`);
  const texts = names.map((name, i) => exceptionClass(name, i, odd));
  return {
    change: change([
      ...paths.map((p, i) => addedFile(p, [], 1, { status: "removed", additions: 0, deletions: texts[i].split("\n").length })),
      newFile("library/Message/TemplateCollector.php", 700),
    ]),
    lookups: { ...emptyLookups(), fileContents: new Map(), baseContents: new Map(paths.map((p, i) => [p, texts[i]])) },
  };
};

testRule("pr-size", {
  valid: [
    {
      // dotnet/command-line-api fa1991f84b, eb0ff63fae, 935269e0cd: "Update dependencies from dotnet/arcade".
      name: "a folder whose readme says automation overwrites it (Arcade's eng/common/) is another project's files",
      ...arcadeUpdate(ARCADE_README),
    },
    {
      name: "a readme that says synced from a URL marks its folder too",
      ...arcadeUpdate("# Shared workflows\n\nThese files are synced from https://github.com/acme/shared-ci; edit them there.\n"),
    },
    {
      // Respect/Validation 74c018bced: `bin/create-mixin` writes `library/Mixins/%s.php`.
      name: "PHP: files a script without extension writes through sprintf('%s/../library/Mixins/%s.php') are its output",
      ...scripted("library/Mixins", "php", "bin/create-mixin", MIXIN_SCRIPT),
    },
    {
      // Respect/Validation 6173757f63, 1e2f75287c: `bin/update-iso-codes` (bash) writes `data/iso_3166-2/${alpha_1}.php`.
      name: "shell: files a bash script redirects into a templated path are its output",
      ...scripted("data/iso_3166-2", "php", "bin/update-iso-codes", ISO_SCRIPT),
    },
    {
      name: "Python: files a generator opens for writing by an f-string path are its output",
      ...scripted("src/tables", "py", "scripts/gen_tables.py", PY_SCRIPT),
    },
    {
      // Respect/Validation 718bacad04: one small JSON table per country replaces the per-country classes.
      name: "JSON tables in a data/ folder are data however small each one is",
      change: change([
        ...Array.from({ length: 60 }, (_, i) => newFile(`data/iso_3166-2/C${i}.json`, 20, `c${i}_`)),
        editedFile("library/Helpers/Subdivisions.php", 50),
      ]),
    },
    {
      // command-line-api edee3cf6c1: judged "wrong" for calling the project's own moved code another project's.
      name: "C#: the repository's own code moved into a new package is not another project's copy",
      ...movedPackage(),
    },
    {
      // Respect/Validation e4f2c8154a: judged "not worth saying", one mechanical migration.
      name: "PHP: a family of boilerplate classes deleted together counts once",
      ...exceptionsDeleted(120),
    },
    {
      name: "Java: per-type handler classes deleted for one generic handler count once",
      ...(() => {
        const paths = Array.from({ length: 120 }, (_, i) => `src/main/java/acme/handlers/Type${i}Handler.java`);
        const text = (i: number) =>
          `package acme.handlers;\n\nimport acme.Handler;\n\npublic final class Type${i}Handler extends Handler<Type${i}> {\n    @Override\n    public String name() {\n        return "type-${i}";\n    }\n\n    @Override\n    public int code() {\n        return ${i * 3};\n    }\n}\n`;
        return {
          change: change([
            ...paths.map((p, i) => addedFile(p, [], 1, { status: "removed", additions: 0, deletions: text(i).split("\n").length })),
            newFile("src/main/java/acme/GenericHandler.java", 700),
          ]),
          lookups: { ...emptyLookups(), fileContents: new Map(), baseContents: new Map(paths.map((p, i) => [p, text(i)])) },
        };
      })(),
    },
  ],
  invalid: [
    {
      name: "PHP: deleted classes of shapes of their own each count",
      ...exceptionsDeleted(120, true),
      findings: [{ messageId: "tooBig" }],
    },
    {
      name: "a folder whose readme only explains it is the project's own",
      ...arcadeUpdate(OWN_README),
      findings: [{ messageId: "tooBig" }],
    },
    {
      name: "a readme the change adds cannot take its own folder out of the count",
      ...(() => {
        const update = arcadeUpdate(ARCADE_README, true);
        return { change: update.change, lookups: { ...update.lookups, fileTree: update.lookups.fileTree!.filter((p) => !p.endsWith("README.md")) } };
      })(),
      findings: [{ messageId: "tooBig" }],
    },
    {
      name: "a script that only reads the templated path writes nothing",
      ...scripted("library/Mixins", "php", "bin/create-mixin", READS_ONLY),
      findings: [{ messageId: "tooBig" }],
    },
    {
      name: "a template with no folder ('%s.php') claims nothing",
      ...scripted("library/Mixins", "php", "bin/create-mixin", `#!/usr/bin/env php\n<?php\nfile_put_contents(sprintf('%s.php', $name), $code);\n`),
      findings: [{ messageId: "tooBig" }],
    },
    {
      name: "a generator script the change adds is not trusted to take files out",
      ...scripted("library/Mixins", "php", "bin/create-mixin", MIXIN_SCRIPT, 6, true),
      findings: [{ messageId: "tooBig" }],
    },
    {
      name: "code in a data/ folder is still code (a Python module there)",
      change: change([...Array.from({ length: 6 }, (_, i) => newFile(`pkg/data/loader${i}.py`, 150, `c${i}_`)), editedFile("pkg/core.py", 200)]),
      findings: [{ messageId: "tooBig" }],
    },
  ],
});
