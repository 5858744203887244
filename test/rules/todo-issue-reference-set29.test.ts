import { addedFile, change, commit } from "../helpers/make-change.js";
import type { InvalidCase, ValidCase } from "../helpers/rule-tester.js";
import { testRule } from "../helpers/rule-tester.js";
import { emptyLookups } from "../../src/engine/rule.js";

// Sets 29 and 30 (#10): mongo-csharp-driver keys every commit to Jira (`CSHARP-6191: Test against 9.0 builds`), and its
// TODOs name their ticket wherever it fits (`// TODO: handle initializers (see CSHARP-5853)`): judged *wrong* when
// said. A key counts anywhere in the TODO when the change's own title or commit subjects use its prefix; without
// that evidence only a key right after the marker does (`ISO-8859` or `SHA-256` in prose are not tickets).
// RxJava's tests: Eclipse writes `// TODO Auto-generated method stub` into every method it generates (not worth saying).
const LINE = "            // TODO: handle initializers (see CSHARP-5853)";
const PATH = "src/MongoDB.Driver/Linq/SerializerFinderVisitListInit.cs";
const keyed = (subject: string) => change([addedFile(PATH, [LINE], 34)], { commits: [commit(subject)] });

const valid: ValidCase[] = [
  { name: "C#: a Jira key inside the TODO, the commit keyed to the same project", change: keyed("CSHARP-5853: Support ListInit in the serializer finder") },
  {
    name: "C#: the key's project named by the pull request's title",
    change: change([addedFile(PATH, [LINE], 34)], { title: "[CSHARP-5853] Support ListInit" }),
  },
  {
    name: "Java: Eclipse's generated stubs",
    change: change([
      addedFile("src/test/java/io/reactivex/FlowableTests.java", [
        "        // TODO Auto-generated method stub",
        "        // TODO Auto-generated constructor stub",
        "            // TODO Auto-generated catch block",
      ]),
    ]),
  },
  // Set 30: nowinandroid ccb822286f's bug key on the TODO's next line (judged *wrong* when said).
  {
    name: "Kotlin: `See: b/226919874` under the TODO is its reference",
    change: change([
      addedFile("core-domain/src/main/java/LocalNewsRepository.kt", [
        "        // TODO: Create a separate method for saving shells with proper conflict resolution",
        "        //  See: b/226919874",
      ]),
    ]),
  },
  // Set 30: Avalonia's CONTRIBUTING.md: `TODOXX` is "do in the next major release" (`TODO-13` judged not worth saying).
  {
    name: "C#: a `TODO-13` release tag",
    change: change([addedFile("src/ColorView.cs", ["        // TODO-13: Remove this unused method", "        // TODO13: and this"])]),
  },
  // Set 30: rdoc 11b093a59b commits kpeg's output `lib/rdoc/markdown.rb` beside `markdown.kpeg`: its TODOs are not the commit's.
  {
    name: "Ruby: a TODO in a parser generator's output beside its grammar",
    change: change([addedFile("lib/rdoc/markdown.rb", ["  # TODO handle nested emphasis"], 1, { status: "added" })]),
    lookups: { ...emptyLookups(), fileTree: ["lib/rdoc/markdown.kpeg", "lib/rdoc/markdown.rb"] },
  },
];

const invalid: InvalidCase[] = [
  {
    name: "Ruby: the same TODO with no grammar beside it",
    change: change([addedFile("lib/rdoc/markdown.rb", ["  # TODO handle nested emphasis"], 1, { status: "added" })]),
    lookups: { ...emptyLookups(), fileTree: ["lib/rdoc/markdown.rb"] },
    findings: [{ messageId: "untracked", line: 1 }],
  },
  {
    name: "Kotlin: a See line naming no tracker key",
    change: change([
      addedFile("core-domain/src/main/java/LocalNewsRepository.kt", [
        "        // TODO: Create a separate method for saving shells",
        "        //  See: the DAO",
      ]),
    ]),
    findings: [{ messageId: "untracked", line: 1 }],
  },
  {
    name: "C#: `TODO - 13 callers left` is a marker",
    change: change([addedFile("src/ColorView.cs", ["        // TODO - 13 callers left"])]),
    findings: [{ messageId: "untracked", line: 1 }],
  },
  { name: "C#: a key of another project than the commits'", change: keyed("JAVA-5853: Support ListInit"), findings: [{ messageId: "untracked", line: 34 }] },
  { name: "C#: commits not keyed to a tracker", change: keyed("Support ListInit in the serializer finder"), findings: [{ messageId: "untracked", line: 34 }] },
  {
    name: "C#: a key in the commit's body only (a body may quote anything)",
    change: change([addedFile(PATH, [LINE], 34)], { commits: [commit("Support ListInit\n\nLike CSHARP-5000 did.")] }),
    findings: [{ messageId: "untracked", line: 34 }],
  },
  {
    name: "Java: a TODO that only starts like a stub",
    change: change([addedFile("src/main/java/io/reactivex/Flowable.java", ["        // TODO generate the method stubs for the new operators"])]),
    findings: [{ messageId: "untracked", line: 1 }],
  },
];

testRule("todo-issue-reference", { valid, invalid });
