import { addedFile, change } from "../helpers/make-change.js";
import { testRule } from "../helpers/rule-tester.js";
import { emptyLookups, type Lookups } from "../../src/engine/rule.js";

// Session 15 (#11): TODOs set 14's judges found "not worth saying" because this change did not write
// them: a folder automation syncs from elsewhere (Arcade's `eng/common/tools.sh`), and a module
// copied into a new package with its TODOs (jotai's `src/utils/selectAtom.ts` → `src/vanilla/utils/`).

const lookups = (tree: string[], head: Record<string, string>): Lookups => ({ ...emptyLookups(), fileContents: new Map(Object.entries(head)), fileTree: tree });
const ARCADE_README = "# Don't touch this folder\n\n!!! Changes made in this directory are subject to being overwritten by automation !!!\n";
const TODO = "# TODO: Remove the tools/ check once all supported versions have the toolset folder.";
const COPIED = "// TODO we should revisit this for a better solution than refAtom";

testRule("todo-issue-reference", {
  valid: [
    {
      // dotnet/command-line-api fa1991f84b eng/common/tools.sh:437.
      name: "shell: a TODO in a folder whose readme says automation overwrites it",
      change: change([addedFile("eng/common/tools.sh", [TODO], 437, { deletions: 1 })]),
      lookups: lookups(["eng/common/README.md", "eng/common/tools.sh"], { "eng/common/README.md": ARCADE_README }),
    },
    {
      name: "YAML: a TODO in a folder synced from another repository, its readme says",
      change: change([addedFile(".ci/shared/deploy.yml", ["# TODO: drop the legacy feed when every repository has moved"], 3)]),
      lookups: lookups([".ci/shared/README.md", ".ci/shared/deploy.yml"], {
        ".ci/shared/README.md": "These files are synced from https://github.com/acme/ci-templates. Edit them there.\n",
      }),
    },
    {
      // jotai f05d9edf10 src/vanilla/utils/selectAtom.ts:37.
      name: "TypeScript: a TODO copied with its module into a new package (its namesake in a folder of the same name)",
      change: change([addedFile("src/vanilla/utils/selectAtom.ts", ["import { atom } from './atom'", COPIED], 1, { status: "added" })]),
      lookups: lookups(["src/utils/selectAtom.ts", "src/vanilla/utils/selectAtom.ts"], { "src/utils/selectAtom.ts": `const x = 1\n    ${COPIED}\n` }),
    },
    {
      // jotai f05d9edf10 src/vanilla/utils/unwrapAtom.ts:13, the same TODO pasted from selectAtom.
      name: "TypeScript: the copied TODO pasted into a third new file is the same old one",
      change: change([
        addedFile("src/vanilla/utils/selectAtom.ts", [COPIED], 1, { status: "added" }),
        addedFile("src/vanilla/utils/unwrapAtom.ts", ["import { atom } from './atom'", COPIED], 1, { status: "added" }),
      ]),
      lookups: lookups(["src/utils/selectAtom.ts"], { "src/utils/selectAtom.ts": `    ${COPIED}\n` }),
    },
    {
      name: "Python: a TODO copied with its module into a new package",
      change: change([addedFile("pkg/v2/io/reader.py", ["# TODO: stream the rows instead of reading the whole file"], 1, { status: "added" })]),
      lookups: lookups(["pkg/io/reader.py"], { "pkg/io/reader.py": "def read(path):\n    # TODO: stream the rows instead of reading the whole file\n" }),
    },
  ],
  invalid: [
    {
      name: "a folder whose readme only explains it keeps its TODOs",
      change: change([addedFile("eng/tools.sh", [TODO], 437, { deletions: 1 })]),
      lookups: lookups(["eng/README.md", "eng/tools.sh"], { "eng/README.md": "# Engineering\n\nRun ./build.sh to build.\n" }),
      findings: [{ messageId: "untracked", line: 437 }],
    },
    {
      name: "a readme the change adds does not take its folder's TODOs out",
      change: change([
        addedFile("eng/common/tools.sh", [TODO], 437, { deletions: 1 }),
        addedFile("eng/common/README.md", ARCADE_README.split("\n"), 1, { status: "added" }),
      ]),
      lookups: lookups(["eng/common/README.md", "eng/common/tools.sh"], { "eng/common/README.md": ARCADE_README }),
      findings: [{ messageId: "untracked", line: 437 }],
    },
    {
      name: "a namesake's other TODO does not cover a new one",
      change: change([
        addedFile("src/vanilla/utils/selectAtom.ts", ["// TODO we should memoize the selector result per store instance"], 1, { status: "added" }),
      ]),
      lookups: lookups(["src/utils/selectAtom.ts"], { "src/utils/selectAtom.ts": `    ${COPIED}\n` }),
      findings: [{ messageId: "untracked", line: 1 }],
    },
    {
      name: "an edited file's namesake elsewhere does not vouch for its new TODO",
      change: change([addedFile("src/vanilla/utils/selectAtom.ts", [COPIED], 37)]),
      lookups: lookups(["src/utils/selectAtom.ts"], { "src/utils/selectAtom.ts": `    ${COPIED}\n` }),
      findings: [{ messageId: "untracked", line: 37 }],
    },
    {
      name: "the same new module without its namesake at base keeps its TODO",
      change: change([addedFile("src/vanilla/utils/selectAtom.ts", ["import { atom } from './atom'", COPIED], 1, { status: "added" })]),
      lookups: lookups(["src/vanilla/utils/selectAtom.ts"], {}),
      findings: [{ messageId: "untracked", line: 2 }],
    },
    {
      name: "Python: without its namesake at base the TODO is new",
      change: change([addedFile("pkg/v2/io/reader.py", ["# TODO: stream the rows instead of reading the whole file"], 1, { status: "added" })]),
      lookups: lookups([], {}),
      findings: [{ messageId: "untracked", line: 1 }],
    },
    {
      name: "shell: a TODO in eng/common/ without a readme there is the project's",
      change: change([addedFile("eng/common/tools.sh", [TODO], 437, { deletions: 1 })]),
      lookups: lookups(["eng/common/tools.sh"], {}),
      findings: [{ messageId: "untracked", line: 437 }],
    },
  ],
});
