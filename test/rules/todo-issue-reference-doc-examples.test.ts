import { addedFile, change } from "../helpers/make-change.js";
import type { InvalidCase, ValidCase } from "../helpers/rule-tester.js";
import { testRule } from "../helpers/rule-tester.js";
import { emptyLookups } from "../../src/engine/rule.js";

// Set 27 (#11): graphql-ruby 5920bdf5bf documented `object_from_id` with a YARD `@example` whose sample body says
// `# TODO: use context[:current_user] to determine if this object is authorized.`: it tells the reader what their
// own implementation should do, not work left in this code (judged "wrong"). A TODO in a doc example is sample code.
const one = (path: string, lines: string[]) => change([addedFile(path, lines, 1150)]);

const yard = (todo: string) => [
  "      # Fetch an object based on an incoming ID and the current context.",
  "      #",
  "      # @example Fetching an object with Rails's GlobalID",
  "      #   def self.object_from_id(object_id, _context)",
  "      #     GlobalID.find(global_id)",
  `      #     ${todo}`,
  "      #   end",
  "      # @param object_id [String] The ID to fetch an object for.",
  "      def object_from_id(object_id, context)",
  "        raise GraphQL::RequiredImplementationMissingError",
  "      end",
];

/** The head text of an edited file: an old example block, one TODO line added into it at line 6. */
const editedExample = () => {
  const head = yard("# TODO: check that the user may see it").join("\n");
  return {
    change: change([addedFile("lib/graphql/schema.rb", ["      #     # TODO: check that the user may see it"], 6)]),
    lookups: { ...emptyLookups(), fileContents: new Map([["lib/graphql/schema.rb", head]]) },
  };
};

const valid: ValidCase[] = [
  { name: "Ruby: a TODO in a YARD @example's sample body", change: one("lib/graphql/schema.rb", yard("# TODO: use `context[:current_user]` to authorize.")) },
  {
    name: "JavaScript: a TODO in a JSDoc @example",
    change: one("src/loader.js", [
      "/**",
      " * Loads a page.",
      " * @example",
      " * load(url).then((page) => {",
      " *   // TODO: render the page",
      " * });",
      " */",
      "export function load(url) {}",
    ]),
  },
  { name: "Ruby: a TODO added into an example block the file already had", ...editedExample() },
];

const invalid: InvalidCase[] = [
  {
    name: "JavaScript: a TODO in a tag's prose after the example is the project's own",
    change: one("src/loader.js", [
      "/**",
      " * @example",
      " * load(url);",
      " * @param url where to load from",
      " * TODO: accept a URL object",
      " */",
      "export function load(url) {}",
    ]),
    findings: [{ messageId: "untracked", line: 1154 }],
  },
  {
    // anvil 3dbea3f50c (set 27): Gradle's testFixtures source set is code the tests share, written by the author.
    name: "Kotlin: a TODO in a Gradle testFixtures helper",
    change: one("compiler-utils/src/testFixtures/java/com/squareup/anvil/compiler/internal/testing/AnvilCompilationMode.kt", [
      "// TODO: Repurpose this as a way to pass a spec into `compile(...)` in tests,",
      "//  instead of individual flags.",
      "public sealed class AnvilCompilationMode(public val analysisBackend: AnalysisBackend)",
    ]),
    findings: [{ messageId: "untracked", line: 1150 }],
  },
  {
    name: "Ruby: a TODO in a doc comment with no example",
    change: one("lib/a.rb", ["# Loads the page.", "# TODO: follow redirects", "def load(url)", "end"]),
    findings: [{ messageId: "untracked", line: 1151 }],
  },
];

testRule("todo-issue-reference", { valid, invalid });

// Set 43: byteunits 1807718478's package doc shows a sample method in Javadoc's `<pre><code>`, its body a TODO for the
// reader to fill in (judged *wrong*). After `</pre>`, the doc comment's TODO is the project's again.
const javadoc = (after: string[]) => [
  "/**",
  " * Method parameter for specifying a resource size.",
  " * <pre><code>",
  " * public void installDiskCache(long count, ByteUnit unit) {",
  " *   long size = unit.toBytes(count);",
  " *   // TODO Install disk cache of 'size' bytes.",
  " * }",
  " * </code></pre>",
  ...after,
  " */",
  "package com.jakewharton.byteunits;",
];
const PKG = "src/main/java/com/jakewharton/byteunits/package-info.java";

testRule("todo-issue-reference", {
  valid: [{ name: "Java: a TODO in a Javadoc <pre> sample (byteunits 1807718478)", change: change([addedFile(PKG, javadoc([]))]) }],
  invalid: [
    {
      name: "Java: a TODO after the sample's </pre>",
      change: change([addedFile(PKG, javadoc([" * TODO document the bit units too."]))]),
      findings: [{ messageId: "untracked", line: 9 }],
    },
  ],
});
