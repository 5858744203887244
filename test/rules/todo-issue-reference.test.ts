import { addedFile, change, commit } from "../helpers/make-change.js";
import { testRule } from "../helpers/rule-tester.js";
import { rules } from "../../rules/index.js";
import { emptyLookups } from "../../src/engine/rule.js";

const one = (path: string, lines: string[]) => change([addedFile(path, lines)]);
/** Lookups holding these base texts, as the source fetches them for the rule's needs. */
const atBase = (texts: Record<string, string>) => ({ ...emptyLookups(), baseContents: new Map(Object.entries(texts)) });
/** A file edited in place: `lines` added at `start` of the head text `head`, replacing lines of `base`. */
const editedIn = (path: string, base: string, head: string, start: number, lines: string[], deletions = 1) => ({
  change: change([addedFile(path, lines, start, { deletions })]),
  lookups: { ...atBase({ [path]: base }), fileContents: new Map([[path, head]]) },
});
const autoBase = [
  "      if (x) {",
  "        // <? extends T>[], which we must simplify to T[].",
  "        // TODO - returns null?",
  "        comp = asWildcard(comp).getExtendsBound();",
  "      }",
];
const autoHead = autoBase.map((l) => l.replace("// TODO - returns null?", "// TODO: what if getExtendsBound() returns null?"));

const QUIRKS_BASE = [
  "                tb.onNodeInserted(doctype);",
  "                // todo: quirk state check on doctype ids",
  "                if (d.isForceQuirks()) {",
];

/** Forty lines of the project's own code: what keeps a function's doc comment out of the file's header. */
const ownCode = (stmt: (i: number) => string) => Array.from({ length: 40 }, (_, i) => stmt(i));
/** A new file: the project's own code, then a function under `doc` with a TODO in its body. */
const creditedFile = (path: string, lines: string[]) => addedFile(path, lines, 1, { status: "added" });
const pyCredited = (doc: string) =>
  creditedFile("boltons/funcutils.py", [
    ...ownCode((i) => `X${i} = ${i}`),
    "def inspect_formatargspec(",
    "        args, varargs=None,",
    "        formatvalue=lambda value: '=' + repr(value)):",
    `    """${doc}"""`,
    "    specs = []",
    "    # TODO: keyword-only defaults",
    "    return specs",
  ]);
/** `apart`: the doc block set apart from the function by a blank line, as some files write every one (debug's node.js). */
const jsCredited = (doc: string, apart = false) =>
  creditedFile("src/base64.js", [
    ...ownCode((i) => `const x${i} = ${i};`),
    "/**",
    ` * ${doc}`,
    " */",
    ...(apart ? [""] : []),
    "function encode(input) {",
    "  // TODO: stream large inputs",
    "  return input;",
    "}",
  ]);

testRule("todo-issue-reference", {
  valid: [
    // node-fs-extra cc0556bd3e (set 6): the test file is about gh #89, by its name and its first line.
    {
      name: "JavaScript: a TODO in a file named for an issue, or whose first lines link one",
      change: change([
        addedFile("test/copy/async/copy-gh-89.test.js", ["    // TODO: decide behavior"], 39),
        addedFile("spec/issue_123_spec.rb", ["# TODO: cover the retry"], 12),
        addedFile("test/regress.js", ["// relevant: https://github.com/acme/lib/issues/89", "", "// TODO: decide behavior"], 1, { status: "added" }),
      ]),
    },
    // black 99b68e59ce, crossbeam 7f5ddf32c4 (set 8): a HACK that explains why the code under it exists is not a task.
    {
      name: "Python, Rust: a HACK that explains a workaround in place",
      change: change([
        addedFile("src/black/trans.py", [
          "            # HACK: The following 'if' statement is a hack to fix the custom",
          "            # breakpoint index in the case of either: (a) substrings that were",
          "            # f-strings but will have the 'f' prefix removed.",
        ]),
        addedFile("src/atomic_cell.rs", [
          "        // HACK: This is equivalent to transmute_copy by value, but available in const",
          "        // context even on older rustc (const transmute_copy requires Rust 1.74), and",
          "        // can work around an error (until const_refs_to_cell stabilized).",
        ]),
      ]),
    },
    // go-yaml 86f5ed62f8: `TODO(v3)` is done at the v3 release; grepping the tag finds them all.
    { name: "Go: a major version as the TODO's key", change: one("decode.go", ["\t// TODO(v3): Drop this.", "\t// TODO (v2) keep order"]) },
    // formik d92ea8d96f: the XXX came with the tests copied from test/Field.test.tsx, which the change does not touch.
    {
      name: "TypeScript: a TODO copied word for word from an untouched sibling file is not new",
      change: change([
        addedFile("test/FastField.test.tsx", ["        .then(); // XXX: Waiting for validateField's promise, should be fixed :("], 123, { deletions: 3 }),
      ]),
      lookups: {
        ...emptyLookups(),
        fileTree: ["test/FastField.test.tsx", "test/Field.test.tsx"],
        fileContents: new Map([["test/Field.test.tsx", "it('x', () => {\n  x.then(); // XXX: Waiting for validateField's promise, should be fixed :(\n});\n"]]),
      },
    },
    {
      // coil 30ae894a50: the function and its TODO moved to a new source set, "non-Android" now "non-JVM".
      name: "Kotlin: a TODO reworded as it moved with its code to another file is not new",
      change: change([
        addedFile("core/src/nonJvmMain/kotlin/contexts.kt", ["    // TODO: Figure out how to compute the total available memory on non-JVM platforms."]),
        addedFile("core/src/nonAndroidMain/kotlin/contexts.kt", [], 1, { deletions: 4 }),
      ]),
      lookups: atBase({
        "core/src/nonAndroidMain/kotlin/contexts.kt": "// TODO: Compute the total available memory on non-Android platforms.\nfun total(): Long = 512L\n",
      }),
    },
    {
      // immer caa44dcb2e: the TODO's next line points to where its blocker is explained.
      name: "TS: a 'More info: <url>' line under the TODO is its reference",
      change: one("__tests__/draft.ts", [
        "// TODO: Uncomment this when readonly tuples are supported.",
        "//       More info: https://stackoverflow.com/a/53822074/2228559",
        "// let val: Readonly<[1, 2]> = _",
      ]),
    },
    {
      name: "Python: a 'See: <url>' line under the TODO is its reference",
      change: one("pkg/mod.py", ["# TODO: drop the shim once 3.12 is the oldest supported", "# See: https://peps.python.org/pep-0594/"]),
    },
    {
      // joi 0a8eb534d3: DefinitelyTyped's typings imported as a stop-gap, with upstream's TODOs.
      name: "TS: typings copied from DefinitelyTyped keep upstream's TODOs",
      change: change([
        addedFile(
          "lib/index.d.ts",
          [
            "// The following definitions have been copied (almost) as-is from:",
            "// https://github.com/DefinitelyTyped/DefinitelyTyped/tree/master/types/hapi__joi",
            "",
            "// TODO express type of Schema in a type-parameter (.default, .valid, .example etc)",
            "declare namespace Joi {}",
          ],
          1,
          { status: "added" },
        ),
      ]),
    },
    {
      // attrs c5baf90dbc: an example notes what a type checker accepts that it should not.
      name: "Python: an XXX in an example file notes what the example shows",
      change: one("typing-examples/pyrefly.py", ['vs.e = "foo"  # XXX: should only allow the literals we know']),
    },
    {
      // jsoup 8601e85f96: the TODO the parent had, with words added; not a new TODO.
      name: "Java: a base TODO extended with more words",
      ...editedIn(
        "src/main/java/org/jsoup/parser/HtmlTreeBuilderState.java",
        QUIRKS_BASE.join("\n"),
        QUIRKS_BASE.map((l) => l.replace("on doctype ids", "on more doctype ids, if deemed useful (most are ancient legacy)")).join("\n"),
        2,
        ["                // todo: quirk state check on more doctype ids, if deemed useful (most are ancient legacy)"],
      ),
    },
    {
      name: "Java: a base TODO extended with more words, written as a new line of the hunk",
      change: change([
        addedFile("src/main/java/Parser.java", ["        // todo: quirk state check on more doctype ids, if deemed useful"], 40, { deletions: 0 }),
      ]),
      lookups: atBase({ "src/main/java/Parser.java": QUIRKS_BASE.join("\n") }),
    },
    {
      // koin 6b3723b6a1: a hint to whoever copies the sample test, over the commented rule.
      name: "Kotlin: 'TODO uncomment to use LiveData in Test' tells a reader how to switch it on",
      change: one("examples/android-mvp/src/test/java/DetailPresenterMockTest.kt", [
        "    // TODO uncomment to use LiveData in Test",
        "//    @get:Rule",
        "//    val rule = InstantTaskExecutorRule()",
      ]),
    },
    // Humanizer 38c8aefb88: Visual Studio's UWP template writes these into every new test app.
    {
      name: "C#: a Visual Studio project template's TODOs",
      change: one("src/Humanizer.Tests.Uwp/UnitTestApp.xaml.cs", [
        "                    //TODO: Load state from previously suspended application",
        "            //TODO: Save application state and stop any background activity",
        "            // TODO: Add your initialization code here",
      ]),
    },
    // Humanizer ff085d61cd: a NuGet source package unpacked into App_Packages is another project's code.
    {
      name: "C#: TODOs in a NuGet source package under App_Packages/",
      change: one("src/Tests/App_Packages/ApiApprover.3.0.1/PublicApiGenerator.cs", ["// TODO: Assembly references?"]),
    },
    // regex c79c40a39e: `FIXME(1.59)` is keyed by the Rust version that allows the fix.
    {
      name: "Rust: a version as the FIXME's key",
      change: one("src/compiler.rs", ["// FIXME(1.59): use the 'TryFrom<char> for u8' impl.", "// TODO(v2.0): drop this", "// TODO(PHP 8.1): enums"]),
    },
    // bubbletea bf1216dfaf: an XXX that explains the code under it is an NB, not a work item.
    {
      name: "Go: an XXX that only explains",
      change: one("tea.go", [
        "\t// XXX: This is used to enable mouse mode on Windows. We need",
        "\t// to reinitialize the cancel reader to get the mouse events to",
        "\t// work.",
        '\tif runtime.GOOS == "windows" {',
      ]),
    },
    { name: "TS: TODO with an issue", change: one("src/a.ts", ["// TODO(#12): handle retries", "/* FIXME #3 */"]) },
    { name: "Python: TODO with a URL", change: one("app/a.py", ["# TODO see https://github.com/acme/api/issues/4"]) },
    { name: "Go: TODO with owner/repo#N", change: one("main.go", ["// TODO acme/api#9 remove after migration"]) },
    { name: "Jira key by option", options: { tracker_patterns: ["\\bPROJ-\\d+\\b"] }, change: one("A.java", ["// TODO PROJ-7 cleanup"]) },
    {
      name: "TODO inside a string is not a comment (Rust, C#)",
      change: change([addedFile("src/a.rs", ['let s = "// TODO: x";']), addedFile("A.cs", ['var s = @"# FIXME later";'])]),
    },
    { name: "Kotlin and PHP: TODO with an issue", change: change([addedFile("A.kt", ["// TODO(#4): x"]), addedFile("a.php", ["<?php", "# FIXME #5"])]) },
    {
      // Bottomline's own src/text/old-todos.ts: a doc comment about TODOs wraps a sentence onto a line that starts with the word.
      name: "TS, Python: a wrapped sentence that talks about TODOs is prose, not a marker",
      change: change([
        addedFile("src/a.ts", ["/**", " * True when the same words as a base", " * TODO, give or take a typo fixed, are at base.", " */"]),
        addedFile("app/a.py", ["# Builds the lines for the", "# TODO and issue-reference runs."]),
      ]),
    },
    { name: "words that contain todo", change: one("src/a.ts", ["// list all todos here", "// método de pago", "// hackathon results"]) },
    // Bottomline's own test/rules/provenance-moved-code.test.ts heads a section with the rule's id.
    { name: "a compound name joined by a hyphen", change: one("src/a.ts", ["// ---- todo-issue-reference ----", "# todo-list widget"]) },
    { name: "TODO inside a string is not a comment", change: one("src/a.ts", ['const label = "TODO: write tests";']) },
    { name: "Ruby: lowercase hack and xxx are ordinary words", change: one("lib/a.rb", ["# a quick hack around xxx placeholders"]) },
    {
      name: "a comment that talks about TODO markers is not one",
      change: one("src/a.ts", ["// Flags a TODO without an issue reference", "# the FIXME count"]),
    },
    { name: "Markdown TODO lists are not code comments", change: one("README.md", ["- [ ] TODO: docs"]) },
    // Every common shape of a reference (#11).
    {
      name: "GitHub shapes: TODO(#12), TODO #12, TODO(owner/repo#12), TODO: GH-12, an issue URL",
      change: one("src/a.ts", [
        "// TODO(#12): retry",
        "// TODO #12 retry",
        "// TODO(acme/api#12): retry",
        "// TODO: GH-12 retry",
        "// TODO https://github.com/acme/api/issues/12",
        "// TODO see https://github.com/acme/api/pull/13.",
      ]),
    },
    {
      name: "a tracker key right after the marker, unconfigured (stripe-node)",
      change: one("src/stripe.ts", ["// TODO(DEVSDK-3248) remove this", "// FIXME: PROJ-7 flaky", "// TODO [CORE-12] drop", "// TODO(b/123456): Google's bug"]),
    },
    {
      name: "another tracker's issue URL (GitLab, Jira, a go/ link)",
      change: one("app/a.py", [
        "# TODO: https://gitlab.com/acme/api/-/issues/12",
        "# TODO: see https://acme.atlassian.net/browse/ABC-12",
        "# TODO(MAJOR): https://go/j/DEVSDK-3087",
        "# FIXME: https://bugzilla.mozilla.org/show_bug.cgi?id=1234",
      ]),
    },
    {
      name: "a public tracker's key in the TODO's text (kotlinx.collections.immutable b6dda56a1e, set 47)",
      change: one("core/TrieNode.kt", ["// TODO: replace with a direct call after KT-30016 gets fixed", "// TODO: remove once JDK-8251234 ships"]),
    },
    {
      name: "an issue URL on the TODO's next line, its slash doubled as typed (xxhash 91747467f0, set 45)",
      change: one("xxhash.go", [
        "// TODO(caleb): Consider removing this if an optimization is ever added to make",
        "// it unnecessary: https://golang.org/issue//2205.",
        "func Sum64String(s string) uint64 {",
        "}",
      ]),
    },
    {
      name: "an issue URL on a GitHub Enterprise host",
      options: { hosts: ["git.acme.io"] },
      change: one("main.go", ["// TODO https://git.acme.io/a/b/issues/3"]),
    },
    {
      name: "the reference on the comment's next line",
      change: one("src/a.rs", ["// TODO: drop this once the upstream fix ships, see", "// https://github.com/acme/api/issues/4", "fn f() {}"]),
    },
    {
      name: "Go: a TODO re-indented (golangci-lint, cobra)",
      change: one("command_test.go", ["\t\t// TODO: currently PersistentPreRun* defined in parent does not"]),
      lookups: atBase({ "command_test.go": "func T() {\n\t// TODO: currently PersistentPreRun* defined in parent does not\n}" }),
    },
    {
      name: "Go: a typo fixed in an old TODO (cobra)",
      change: one("command_test.go", ["\t\t// TODO: currently PersistentPreRun* defined in parent does not"]),
      lookups: atBase({ "command_test.go": "\t\t// TODO: currently PersistenPreRun* defined in parent does not" }),
    },
    {
      name: "Java: a TODO moved into a lambda (gson)",
      change: one("Ctor.java", ["        // TODO: don't wrap if cause is unchecked?", "        // TODO: JsonParseException ?"]),
      lookups: atBase({ "Ctor.java": "  } catch (Exception e) {\n    // TODO: don't wrap if cause is unchecked?\n    // TODO: JsonParseException ?\n" }),
    },
    {
      name: "Ruby: code reformatted in front of an old TODO (sinatra)",
      change: one("lib/base.rb", ["      params.delete('ignore') # TODO: better params handling"]),
      lookups: atBase({ "lib/base.rb": '      params.delete("ignore")     # TODO: better params handling' }),
    },
    {
      name: "Python: a TODO moved from another file of the change",
      change: change([addedFile("app/new.py", ["# TODO: cache the parsed config per process"]), addedFile("app/old.py", [], 1, { deletions: 4 })]),
      lookups: atBase({ "app/old.py": "def f():\n    # TODO: cache the parsed config per process\n    pass" }),
    },
    {
      name: "TS: a TODO re-wrapped over two lines",
      change: one("src/a.ts", ["// TODO: Should probably not allow usage of Unsafe; instances might"]),
      lookups: atBase({ "src/a.ts": "// TODO: Should probably not allow usage of\n// Unsafe; instances might be in broken state" }),
    },
    {
      name: "Java: a TODO reworded in place is an edit, not a new TODO (google/auto)",
      ...editedIn("TypeVariables.java", autoBase.join("\n"), autoHead.join("\n"), 3, [autoHead[2]]),
    },
    {
      name: "a repository's URL is where the work is tracked (got: TODO: Update https://github.com/sindresorhus/get-stream)",
      change: change([
        addedFile("source/get-buffer.ts", ["// TODO: Update https://github.com/sindresorhus/get-stream"]),
        addedFile("lib/a.rb", ["# FIXME: fix upstream in https://gitlab.com/acme/parser."]),
      ]),
    },
    // The reference anywhere in the TODO's comment block, above it too (#11).
    {
      name: "the issue on the comment line above the TODO: Python #, JS //, Go //, Ruby #, Rust //, C# //",
      change: change([
        addedFile("app/a.py", ["# Works around https://github.com/acme/api/issues/4", "# TODO: remove once it is fixed", "x = 1"]),
        addedFile("src/a.js", ["// See #12.", "// TODO: drop the polyfill", "f();"]),
        addedFile("main.go", ["// Upstream bug: https://github.com/golang/go/issues/1234", "// TODO: remove when fixed", "func f() {}"]),
        addedFile("lib/a.rb", ["# Tracked in acme/api#9.", "# FIXME: slow on large inputs", "x = 1"]),
        addedFile("src/lib.rs", ["// https://github.com/rust-lang/rust/issues/42", "// TODO: use the std API once stable", "fn f() {}"]),
        addedFile("src/A.cs", ["class A {", "    // Tracked in #77; the API lands in .NET 9.", "    // TODO: switch to the new API", "}"]),
      ]),
    },
    {
      name: "TS, Python: the issue two lines above, or below in the same docstring",
      change: change([
        addedFile("src/a.ts", ["/*", " * Retries are capped, see #31.", " * The cap is arbitrary.", " * TODO: measure it", " */"]),
        addedFile("app/b.py", ["def f():", '    """TODO: handle the empty case.', "", "    Follows https://github.com/acme/api/issues/5.", '    """']),
      ]),
    },
    {
      name: "Go: the issue on an unchanged comment line above, when the file's text is at hand",
      change: one("main.go", ["// TODO: remove once fixed"]),
      lookups: {
        ...emptyLookups(),
        fileContents: new Map([
          ["main.go", "package main\n\n// Works around https://github.com/golang/go/issues/1234\n// TODO: remove once fixed\nfunc f() {}\n"],
        ]),
      },
    },
    // TODOs that came with copied-in code are not the author's (#11).
    {
      name: "C#: a vendored file whose header names another project's licence and home (SimpleJson.cs)",
      change: change([
        addedFile(
          "src/Acme/SimpleJson.cs",
          [
            "//-----------------------------------------------------------------------",
            '// <copyright file="SimpleJson.cs" company="The Outercurve Foundation">',
            "//    Copyright (c) 2011, The Outercurve Foundation.",
            '//    Licensed under the MIT License (the "License");',
            "// </copyright>",
            "// <website>https://github.com/facebook-csharp-sdk/simple-json</website>",
            "//-----------------------------------------------------------------------",
            "namespace SimpleJson {",
            "    // TODO: support decimals",
            "}",
          ],
          1,
          { status: "added" },
        ),
      ]),
      lookups: emptyLookups(),
    },
    {
      name: "Python, Go, JS, Ruby: vendored folders, third-party folders, GPL headers and 'adapted from' headers",
      change: change([
        addedFile("app/_vendor/vendor/six.py", ["# TODO: drop py2"]),
        addedFile("third_party/yaml/scan.go", ["// TODO: handle tabs"]),
        addedFile("src/dist/index.js", ["// TODO: inline"]),
        addedFile("lib/acme/optparse.rb", ["# Adapted from Ruby's optparse.", "module Acme", "  # TODO: short options", "end"], 1, { status: "added" }),
        addedFile("src/gpl.js", ["/* This program is free software under the GNU General Public License */", "// FIXME: slow"], 1, { status: "added" }),
      ]),
    },
    {
      // fluentassertions 66c294d587 (set 11): a docs site's libraries, copied in whole with their release banners.
      name: "JavaScript: a library's release, its banner naming version and holder",
      change: change([
        creditedFile("docs/assets/js/plugins/jquery.magnific-popup.js", [
          "/*! Magnific Popup - v1.1.0 - 2016-02-20",
          "* http://dimsemenov.com/plugins/magnific-popup/",
          "* Copyright (c) 2016 Dmitry Semenov; */",
          ";(function (factory) {",
          "  // TODO: find a way to avoid such cloning",
          "})();",
        ]),
        creditedFile("docs/assets/js/lunr/lunr.js", [
          "/**",
          " * lunr - http://lunrjs.com - A bit like Solr, but much smaller and not as bright - 2.1.5",
          " * Copyright (C) 2017 Oliver Nightingale",
          " * @license MIT",
          " */",
          ";(function(){",
          "  // TODO: This is an ugly hack",
          "})();",
        ]),
      ]),
    },
    {
      // boltons c5c1513d49 (set 11): a function added whole under a docstring or doc comment that credits its source.
      name: "Python, JavaScript: a TODO inside a new function credited to another source came with it",
      change: change([
        pyCredited("Copy formatargspec from python 3.7 standard library."),
        jsCredited('Thanks to "commons" project in ws.apache.org for the bitwise operations.'),
      ]),
    },
    {
      // debug-js/debug e4d021a223 (set 15): "Copied from `node/src/node.js`." above `createWritableStdioStream`, a blank line between.
      name: "JavaScript: a TODO inside a new function whose doc block, set apart by a blank line, says it was copied",
      change: change([jsCredited("Copied from `node/src/node.js`.", true)]),
    },
    {
      name: "C#: an edit to a vendored file whose header links to its home, when the file's text is at hand",
      change: change([addedFile("src/Acme/SimpleJson.cs", ["    // TODO: support decimals"], 9)], { repository: { owner: "acme", name: "api" } }),
      lookups: {
        ...emptyLookups(),
        fileContents: new Map([
          [
            "src/Acme/SimpleJson.cs",
            "// Copyright (c) 2011, The Outercurve Foundation.\n// Licensed under the MIT License.\n// <website>https://github.com/facebook-csharp-sdk/simple-json</website>\nnamespace SimpleJson {\n\n\n\n\n    // TODO: support decimals\n}\n",
          ],
        ]),
      },
    },
    {
      name: "Rust: a generated file's TODOs are the generator's",
      change: change([addedFile("src/gen.rs", ["// @generated by build.rs, do not edit", "// TODO: doc"], 1, { status: "added" })]),
    },
    // Copied TODOs: their text is already at base in the change's files (#11).
    {
      name: "Python: a project-wide marker already at base in another file of the change (click)",
      change: change([
        addedFile("src/cli/new_cmd.py", ["# TODO: when deprecating Click 7, remove this", "import click"], 1, { status: "added" }),
        addedFile("src/cli/other.py", ["x = 1"]),
      ]),
      lookups: atBase({ "src/cli/other.py": "import click\n# TODO: when deprecating Click 7, remove this\n" }),
    },
    // capybara dfaf958ea7: `TO DO` respelled to `TODO:` in a cleanup (judged wrong in set 7).
    {
      name: "Ruby: a base 'TO DO' respelled to 'TODO:' is the same TODO",
      change: one("lib/capybara/rack_test/form.rb", ["      # TODO: identify the click button here (in document order, rather"]),
      lookups: atBase({
        "lib/capybara/rack_test/form.rb":
          "    elsif %w[submit image].include? field['type']\n      # TO DO identify the click button here (in document order, rather\n      # than leaving until the end of the params)\n",
      }),
    },
    {
      // alacritty 2df8f860b9: a doc comment's XXX moved above it as a plain comment, its first clause kept and its end
      // reworded (judged wrong, set 28).
      name: "Rust: a TODO moved out of a doc comment, its first eight words kept and its end reworded",
      change: change([
        addedFile("alacritty/src/display/mod.rs", ["    // XXX: this function must not call to any `OpenGL` related tasks. Renderer updates are"], 591),
      ]),
      lookups: atBase({
        "alacritty/src/display/mod.rs":
          "    /// XXX: this function must not call to any `OpenGL` related tasks. Only logical update\n    /// of the state is being performed here.",
      }),
    },
  ],
  invalid: [
    {
      name: "an encoding or a hash named in a TODO is no tracker's key",
      change: one("core/Codec.kt", ["// TODO: support UTF-16 and SHA-256 here"]),
      findings: [{ messageId: "untracked", line: 1 }],
    },
    {
      name: "a second TODO after a blank comment line under a referenced one is its own (xxhash 91747467f0, set 45)",
      change: one("xxhash.go", [
        "// TODO(caleb): Consider removing this if an optimization is ever added to make",
        "// it unnecessary: https://golang.org/issue//2205.",
        "//",
        "// TODO(caleb): We still have a function call; we could instead write Go/asm",
        "// copies of Sum64 for strings to squeeze out a bit more speed.",
        "func Sum64String(s string) uint64 {",
        "}",
      ]),
      findings: [{ messageId: "untracked", line: 4 }],
    },
    {
      name: "Python: a TODO sharing only its first six words with a base one is new",
      change: change([addedFile("pkg/parser.py", ["# TODO: remove this once we drop the legacy tokenizer path"], 12)]),
      lookups: atBase({ "pkg/compat.py": "# TODO: remove this once we drop support for Python 3.8" }),
      findings: [{ messageId: "untracked", path: "pkg/parser.py", line: 12 }],
    },
    {
      // A credit must name a source, and credit it for code.
      name: "Python, JavaScript: a new function whose doc comment credits nothing keeps its TODO the author's",
      change: change([pyCredited("Based on the user's input."), jsCredited("Thanks to Bob Smith for reporting this.")]),
      findings: [
        { messageId: "untracked", path: "boltons/funcutils.py", line: 46 },
        { messageId: "untracked", path: "src/base64.js", line: 45 },
      ],
    },
    {
      // One blank line is a doc block's own spacing; a line comment or a block further up is about something else.
      name: "JavaScript: a doc block set apart by a blank line that credits no source still leaves the TODO asked about",
      change: change([jsCredited("Encodes the input in base64.", true)]),
      findings: [{ messageId: "untracked", path: "src/base64.js", line: 46 }],
    },
    {
      // The message is the author's word: it may quiet the structural rules on a port's new files, never this rule.
      name: "Rust: a change whose message calls it a port at a named commit still gets its TODOs asked about",
      change: change([addedFile("src/offset/tz_info/rule.rs", ["// TODO: handle leap seconds"], 1, { status: "added" })], {
        title: "parse tzinfo files",
        commits: [commit("parse tzinfo files\n\nBased on tz-rs commit b8675e2b5794d923f80970daf9ea548cfb998db2.")],
      }),
      findings: [{ messageId: "untracked", path: "src/offset/tz_info/rule.rs", line: 1 }],
    },
    {
      // A banner counts as the file is at base: one this change writes over an edit cannot vouch for its TODO.
      name: "JavaScript: a release banner written by the change into the project's own script does not hide its TODO",
      change: change([addedFile("static/app.js", ["/*! App v1.0.0 (c) 2016 Someone */", "// TODO: cache"], 1, { deletions: 1 })]),
      lookups: {
        ...atBase({ "static/app.js": "// TODO: old\nrun();\n" }),
        fileContents: new Map([["static/app.js", "/*! App v1.0.0 (c) 2016 Someone */\n// TODO: cache\nrun();\n"]]),
      },
      findings: [{ messageId: "untracked", path: "static/app.js", line: 2 }],
    },
    {
      name: "a header that links the repository, not an issue, and a name with a number that is no issue, are no reference",
      change: change([
        addedFile("src/debug1.js", ["// TODO: log less"], 5),
        addedFile("src/lib.js", ["// File helpers; docs at https://github.com/acme/lib/blob/main/README.md", "", "// TODO: decide behavior"], 1, {
          status: "added",
        }),
      ]),
      findings: [
        { messageId: "untracked", path: "src/debug1.js", line: 5 },
        { messageId: "untracked", path: "src/lib.js", line: 3 },
      ],
    },
    {
      name: "a TODO like one in an unrelated file, or too short to say it was copied, is new",
      change: change([
        addedFile("test/FastField.test.tsx", ["// XXX: Waiting for validateField's promise, should be fixed :("]),
        addedFile("src/Field.ts", ["// TODO: implement this"]),
      ]),
      lookups: {
        ...emptyLookups(),
        fileTree: ["test/FastField.test.tsx", "src/Field.ts", "lib/Field.test.tsx", "src/FieldArray.ts"],
        fileContents: new Map([
          ["lib/Field.test.tsx", "// XXX: Waiting for validateField's promise, should be fixed :(\n"],
          ["src/FieldArray.ts", "// TODO: implement this\n"],
        ]),
      },
      findings: [
        { messageId: "untracked", path: "test/FastField.test.tsx", data: { marker: "XXX" } },
        { messageId: "untracked", path: "src/Field.ts", data: { marker: "TODO" } },
      ],
    },
    {
      name: "Kotlin: a TODO that keeps most words of a removed one but asks for other work is new",
      change: change([
        addedFile("core/src/Cache.kt", ["    // TODO: cache the memory budget on every platform"]),
        addedFile("core/src/Old.kt", [], 1, { deletions: 4 }),
      ]),
      lookups: atBase({ "core/src/Old.kt": "// TODO: compute the memory budget on each platform\nfun total(): Long = 512L\n" }),
      findings: [{ messageId: "untracked", line: 1 }],
    },
    {
      name: "TS: a link to docs that is not pointed to as the reference does not track the TODO",
      change: one("src/a.ts", ["// TODO: parse https://example.com/a?b=c style URLs too"]),
      findings: [{ messageId: "untracked", line: 1 }],
    },
    {
      name: "Python: an XXX outside an example folder is still a task",
      change: one("src/attr/_make.py", ["x = 1  # XXX: should only allow the literals we know"]),
      findings: [{ messageId: "untracked", line: 1 }],
    },
    {
      name: "TS: a header that copies a value from a URL is no copied file",
      change: change([addedFile("src/token.ts", ["// Reads the token from https://api.example.com/token", "// TODO: cache it"], 1, { status: "added" })]),
      findings: [{ messageId: "untracked", line: 2 }],
    },
    {
      // A TODO elsewhere that starts like the base's one but does not keep its words is a new one.
      name: "Java: a new TODO sharing a base TODO's first words but not all its words",
      change: change([
        addedFile("src/main/java/Parser.java", ["        // todo: quirk state check when the tokeniser emits legacy public identifiers"], 40, { deletions: 0 }),
      ]),
      lookups: atBase({ "src/main/java/Parser.java": QUIRKS_BASE.join("\n") }),
      findings: [{ messageId: "untracked", line: 40 }],
    },
    {
      name: "Kotlin: 'TODO uncomment when the API is back' waits on something",
      change: one("src/main/kotlin/App.kt", ["    // TODO uncomment when the API is back", "//    api.call()"]),
      findings: [{ messageId: "untracked", line: 1 }],
    },
    {
      name: "Ruby: an 'Adapted from' header this change writes into the project's own file does not silence its new TODO",
      change: change([addedFile("lib/acme/parse.rb", ["# Adapted from Ruby's optparse.", "  # TODO: short options"], 1)]),
      lookups: {
        ...atBase({ "lib/acme/parse.rb": "module Acme\nend\n" }),
        fileContents: new Map([["lib/acme/parse.rb", "# Adapted from Ruby's optparse.\n  # TODO: short options\nmodule Acme\nend\n"]]),
      },
      findings: [{ messageId: "untracked", path: "lib/acme/parse.rb", line: 2 }],
    },
    {
      name: "Go: a TODO with a colon under a comment line that ends mid-sentence is still a marker",
      change: one("main.go", ["// compute the sum", "// TODO: handle overflow"]),
      findings: [{ messageId: "untracked", path: "main.go", line: 2 }],
    },
    {
      name: "Python: a TODO in a docstring, Ruby and Kotlin comments",
      change: change([
        addedFile("app/a.py", ["def f():", '    """TODO: document the options."""']),
        addedFile("lib/a.rb", ["x = 1 # TODO later"]),
        addedFile("A.kt", ["/* FIXME: overflow */ val x = 1"]),
      ]),
      findings: [
        { messageId: "untracked", path: "app/a.py", line: 2 },
        { messageId: "untracked", path: "lib/a.rb", line: 1 },
        { messageId: "untracked", path: "A.kt", line: 1 },
      ],
    },
    {
      name: "a TODO that names a version but waits for no version to be required, and 'to do' in prose at base, are said",
      change: one("src/a.ts", ["// TODO: once step 2 is done, merge the loops", "const x = 1;", "// TODO: decide what to do with the cache"]),
      lookups: atBase({ "src/a.ts": "// not sure what to do with the cache here\n" }),
      findings: [{ messageId: "untrackedMany", line: 1, data: { marker: "TODO", count: 1 } }],
    },
    // itertools 715b5568ab, testify e798dc2763 (set 7) and go-yaml 86f5ed62f8 (set 8) were judged not worth
    // saying: the version is the tracking key. Said only with `version_gated: true`, in other words.
    {
      name: "Rust, Go, Python: TODOs that wait for a version are said only when version_gated is on",
      options: { version_gated: true },
      change: change([
        addedFile("src/adaptors/mod.rs", ["        // TODO: once MSRV >= 1.62, use `then_some`."]),
        addedFile("assert/assertion_compare_can_convert.go", [
          "// TODO: once support for Go 1.16 is dropped, this file can be",
          "//       merged/removed with assertion_compare_legacy.go",
        ]),
        addedFile("pkg/compat.py", ["# TODO: when we drop Python 3.7, use the walrus here", "x = 1", "# TODO: after Rails 7 comes, drop this"]),
        addedFile("pkg/mixed.py", ["# TODO: when we drop Python 3.7, use the walrus here too", "x = 1", "# TODO: handle errors"]),
      ]),
      findings: [
        { messageId: "untrackedGated", path: "src/adaptors/mod.rs", line: 1, data: { marker: "TODO" } },
        { messageId: "untrackedGated", path: "assert/assertion_compare_can_convert.go", line: 1, data: { marker: "TODO" } },
        { messageId: "untrackedGatedMany", path: "pkg/compat.py", line: 1, data: { marker: "TODO", count: 1 } },
        { messageId: "untrackedMany", path: "pkg/mixed.py", line: 1, data: { marker: "TODO", count: 1 } },
      ],
    },
    {
      name: "by default a TODO that waits for a version is quiet, and a file's other TODOs are still said",
      change: change([
        addedFile("src/adaptors/mod.rs", ["        // TODO: once MSRV >= 1.62, use `then_some`."]),
        addedFile("pkg/mixed.py", ["# TODO: when we drop Python 3.7, use the walrus here too", "x = 1", "# TODO: handle errors"]),
      ]),
      findings: [{ messageId: "untracked", path: "pkg/mixed.py", line: 3, data: { marker: "TODO" } }],
    },
    {
      name: "TS: bare TODO",
      change: one("src/a.ts", ["const a = 1; // TODO: handle errors"]),
      findings: [{ messageId: "untracked", path: "src/a.ts", line: 1, data: { marker: "TODO" } }],
    },
    { name: "Python: FIXME", change: one("app/a.py", ["x = 1", "# fixme later"]), findings: [{ messageId: "untracked", line: 2, data: { marker: "FIXME" } }] },
    { name: "Go: XXX", change: one("main.go", ["// XXX: racy"]), findings: [{ messageId: "untracked", data: { marker: "XXX" } }] },
    {
      // bubbletea bf1216dfaf, jinja db7985dead, d6458e03f2: an XXX that asks, or names what to do or undo, is a work item.
      name: "XXX that asks a question, or names a workaround to remove",
      change: change([
        addedFile("tea.go", ["\t// XXX: Should we enable mouse mode on Windows?"]),
        addedFile("tests/test_parser.py", ["    # XXX: why is the whitespace there in front of the newline?"]),
        addedFile("tea_init.go", ["\t// XXX: This is a workaround so that Lip Gloss queries the terminal first.", "\t// It will be removed in v2."]),
      ]),
      findings: [
        { messageId: "untracked", path: "tea.go", data: { marker: "XXX" } },
        { messageId: "untracked", path: "tests/test_parser.py", data: { marker: "XXX" } },
        { messageId: "untracked", path: "tea_init.go", data: { marker: "XXX" } },
      ],
    },
    {
      name: "a person's TODO that only resembles a template's, and a terse XXX naming a defect, are said",
      change: change([addedFile("src/a.cs", ["// TODO: add tests here"]), addedFile("src/b.go", ["// XXX: hardcoded port"])]),
      findings: [
        { messageId: "untracked", path: "src/a.cs", data: { marker: "TODO" } },
        { messageId: "untracked", path: "src/b.go", data: { marker: "XXX" } },
      ],
    },
    {
      // Carbon 7870e27859: added to a PHP file with no deletion, the TODO is read in its file (inside `<?php`).
      name: "PHP: a TODO added to an existing file, with its head text",
      change: change([
        addedFile("src/Carbon/Traits/Date.php", ["            // @TODO allow to call new static() / unbind $this in PHP 8"], 4, { deletions: 0 }),
      ]),
      lookups: {
        ...emptyLookups(),
        fileContents: new Map([
          [
            "src/Carbon/Traits/Date.php",
            "<?php\ntrait Date {\n    function f() {\n            // @TODO allow to call new static() / unbind $this in PHP 8\n    }\n}\n",
          ],
        ]),
      },
      findings: [{ messageId: "untracked", line: 4, data: { marker: "TODO" } }],
    },

    {
      name: "Rust: a HACK in a block comment that asks for its removal",
      change: one("src/lib.rs", ["/* HACK: skip validation; remove this once the schema is fixed */"]),
      findings: [{ messageId: "untracked", data: { marker: "HACK" } }],
    },
    {
      name: "Python, Go: a HACK that asks a question or says it is temporary is a task",
      change: change([
        addedFile("src/a.py", ["# HACK: is there a better way than patching the module?"]),
        addedFile("src/b.go", ["// HACK: temporary until the API returns sizes"]),
      ]),
      findings: [
        { messageId: "untracked", path: "src/a.py", data: { marker: "HACK" } },
        { messageId: "untracked", path: "src/b.go", data: { marker: "HACK" } },
      ],
    },
    { name: "JSDoc @todo", change: one("src/a.js", ["/**", " * @todo remove", " */"]), findings: [{ messageId: "untracked", line: 2 }] },
    { name: "TODO(username) is not an issue", change: one("src/a.ts", ["// TODO(alice): refactor"]), findings: [{ messageId: "untracked" }] },
    {
      name: "words with a digit are not tracker keys: UTF-8, SHA-256",
      change: one("src/a.ts", ["// TODO: UTF-8 only for now", "// TODO(SHA-256): stronger hash"]),
      findings: [{ messageId: "untrackedMany", line: 1, data: { count: 1, also: " (also on line 2)" } }],
    },
    {
      name: "a key in the middle of a sentence counts only when configured",
      change: one("app/a.py", ["# TODO: handle the PROJ-12 case"]),
      findings: [{ messageId: "untracked", line: 1 }],
    },
    {
      name: "a URL that is not an issue (docs)",
      change: one("src/a.ts", ["// TODO: follow https://developer.mozilla.org/en-US/docs/Web/API/fetch"]),
      findings: [{ messageId: "untracked", line: 1 }],
    },
    {
      name: "Ruby: TODOs written where a comment without a marker was (thor) are new",
      ...editedIn(
        "lib/task.rb",
        "    # are merged.\n    #\n    # By default it removes the default namespace (TODO is this a good assumption?)\n    #\n    def formatted_usage",
        "    # are merged.\n    #\n    # TODO Ensure namespace is used only when class is sent\n    # TODO Ensure it removes the default namespace\n    #\n    def formatted_usage",
        3,
        ["    # TODO Ensure namespace is used only when class is sent", "    # TODO Ensure it removes the default namespace"],
      ),
      // The second line reads as the first's sentence wrapped (no `:` after its marker): one TODO.
      findings: [{ messageId: "untracked", line: 3 }],
    },
    {
      name: "Java: one TODO reworded in place and one more added: the second is new",
      ...editedIn(
        "TypeVariables.java",
        autoBase.join("\n"),
        [...autoHead.slice(0, 3), "        // TODO: and the super bound?", ...autoHead.slice(3)].join("\n"),
        3,
        [autoHead[2], "        // TODO: and the super bound?"],
      ),
      findings: [{ messageId: "untracked", line: 4 }],
    },
    {
      name: "TS: an old TODO kept by its words and a new one beside it, in place of it: the new one is flagged (got)",
      ...editedIn(
        "source/create.ts",
        "\t\t};\n\n\t\t// TODO: Remove this in Got 12.\n\t\tif (is.plainObject(url)) {",
        "\t\t};\n\n\t\t// TODO: Throw an error in Got 12.\n\t\t// TODO: Remove this in Got 13.\n\t\tif (is.plainObject(url)) {",
        3,
        ["\t\t// TODO: Throw an error in Got 12.", "\t\t// TODO: Remove this in Got 13."],
      ),
      findings: [{ messageId: "untracked", line: 3 }],
    },
    {
      name: "a section of a repository's README is documentation, not a reference (got)",
      change: one("source/hooks.ts", ["// TODO: The `Error` type should conform. See https://github.com/sindresorhus/got#hooksbeforeerror"]),
      findings: [{ messageId: "untracked", line: 1 }],
    },
    {
      name: "a repository's page that is not a repository, or a blog link, is no reference",
      change: change([
        addedFile("src/a.ts", ["// TODO: try https://github.com/features/copilot"]),
        addedFile("src/b.rs", ["// TODO: use panic! (https://blog.rust-lang.org/2021/12/02/Rust-1.57.0.html)"]),
      ]),
      findings: [
        { messageId: "untracked", path: "src/a.ts", line: 1 },
        { messageId: "untracked", path: "src/b.rs", line: 1 },
      ],
    },
    {
      name: "a new TODO next to other TODOs at base",
      change: one("src/a.ts", ["  // TODO: handle the empty list"]),
      lookups: atBase({ "src/a.ts": "// TODO: handle retries when the server hangs up\n// FIXME: the empty string" }),
      findings: [{ messageId: "untracked", line: 1 }],
    },
    {
      name: "Python: the TODOs of a file are one finding, and the same TODO in another file of the change is named on it (sentry-python)",
      change: change([
        addedFile("sentry_sdk/integrations/langchain.py", [
          "    # TODO: Remove this branch once `send_default_pii` is deprecated",
          "    x = 1",
          "        # TODO: Remove this branch once `send_default_pii` is deprecated",
          "    # TODO: a different one",
          "    # TODO: Remove this branch once `send_default_pii` is deprecated",
        ]),
        addedFile("sentry_sdk/integrations/openai.py", ["# TODO: Remove this branch once `send_default_pii` is deprecated"]),
      ]),
      findings: [
        {
          messageId: "untrackedMany",
          path: "sentry_sdk/integrations/langchain.py",
          line: 1,
          data: { count: 3, also: " (also on lines 3, 4 and 5)", elsewhere: " The same TODO is in 1 other file of this change." },
        },
      ],
    },
    {
      name: "PHP: bare TODOs in a file are one finding (Slim)",
      change: one("Slim/Http/Request.php", ["<?php", "function a() {", "    // TODO", "}", "function b() {", "    // TODO", "}"]),
      findings: [{ messageId: "untrackedMany", line: 3, data: { count: 1, also: " (also on line 6)" } }],
    },
    {
      name: "the next line's reference belongs to its own TODO",
      change: one("src/a.ts", ["// TODO: drop this", "// TODO(#4): and this"]),
      findings: [{ messageId: "untracked", line: 1 }],
    },
    {
      name: "Java: a hand-written mock package is the author's code (retrofit-mock)",
      change: one("retrofit-mock/src/main/java/retrofit2/mock/Calls.java", ["    // TODO delete this overload in Retrofit 3.0."]),
      findings: [{ messageId: "untracked", line: 1 }],
    },
    {
      name: "Go: a reference in another comment block (a blank line between) is not the TODO's",
      change: one("main.go", ["// See #12.", "", "// TODO: remove when fixed"]),
      findings: [{ messageId: "untracked", line: 3 }],
    },
    {
      name: "JS: a reference above belongs to the TODO that carries it, not the next one",
      change: one("src/a.js", ["// see #12", "// TODO(#12): a", "// TODO: b"]),
      findings: [{ messageId: "untracked", line: 3 }],
    },
    {
      name: "Python: a trailing TODO does not take the comment above its code line",
      change: one("app/a.py", ["# see #12", "x = 1  # TODO: later"]),
      findings: [{ messageId: "untracked", line: 2 }],
    },
    {
      name: "C#: a new file with the project's own licence header and home is the author's",
      change: change(
        [
          addedFile(
            "src/Acme/Client.cs",
            ["// Copyright (c) Acme. Licensed under the MIT License.", "// https://github.com/acme/api", "class Client {", "    // TODO: retry", "}"],
            1,
            { status: "added" },
          ),
        ],
        { repository: { owner: "acme", name: "api" } },
      ),
      lookups: emptyLookups(),
      findings: [{ messageId: "untracked", line: 4 }],
    },
    {
      name: "Go, Python: an edit to the project's own file that links to its own repository, or says a key is derived from a secret",
      change: change(
        [
          addedFile("client.go", ["// TODO: retry"], 4),
          addedFile("app/keys.py", ['"""Keys derived from the secret, adapted to the cipher."""', "# TODO: rotate"], 1, { status: "added" }),
        ],
        { repository: { owner: "acme", name: "api" } },
      ),
      lookups: {
        ...emptyLookups(),
        fileContents: new Map([["client.go", "// Copyright Acme. Licensed under MIT.\n// https://github.com/acme/api\npackage api\n// TODO: retry\n"]]),
      },
      findings: [
        { messageId: "untracked", path: "client.go", line: 4 },
        { messageId: "untracked", path: "app/keys.py", line: 2 },
      ],
    },
    {
      name: "Ruby, Rust, C#: many TODOs in a file are one finding on the first, naming the others",
      change: change([
        addedFile("lib/a.rb", ["# TODO: a", "x = 1", "# FIXME: b", "y = 2 # TODO: c"]),
        addedFile("src/lib.rs", ["// TODO: overflow", "fn f() {}", "// XXX: racy"]),
        addedFile("src/A.cs", ["class A {", "    // TODO: dispose", "    // HACK: skip the cache, and remove this when it is fixed", "}"]),
      ]),
      findings: [
        { messageId: "untrackedMany", path: "lib/a.rb", line: 1, data: { marker: "TODO", count: 2, also: " (also on lines 3 and 4)" } },
        { messageId: "untrackedMany", path: "src/lib.rs", line: 1, data: { count: 1, also: " (also on line 3)" } },
        { messageId: "untrackedMany", path: "src/A.cs", line: 2, data: { count: 1, also: " (also on line 3)" } },
      ],
    },
    {
      name: "Python: a new TODO written into several new files of the change is one finding",
      change: change([
        addedFile("app/a.py", ["# TODO: when deprecating v7, remove this"], 1, { status: "added" }),
        addedFile("app/b.py", ["# TODO: when deprecating v7, remove this"], 1, { status: "added" }),
        addedFile("app/c.py", ["# TODO: when deprecating v7, remove this", "# TODO: something else"], 1, { status: "added" }),
      ]),
      findings: [
        { messageId: "untracked", path: "app/a.py", line: 1, data: { elsewhere: " The same TODO is in 2 other files of this change." } },
        { messageId: "untracked", path: "app/c.py", line: 2, data: { elsewhere: "" } },
      ],
    },
    {
      name: "Python: a base text without that TODO does not excuse it",
      change: change([addedFile("src/cli/new_cmd.py", ["# TODO: when deprecating Click 7, remove this"], 1, { status: "added" })]),
      lookups: atBase({ "src/cli/other.py": "import click\n# TODO: when Click 9 ships, drop this\n" }),
      findings: [{ messageId: "untracked", line: 1 }],
    },
  ],
});

describe("todo-issue-reference needs", () => {
  const rule = rules["todo-issue-reference"];
  it("asks for base texts only when an added line has a marker: its file's and those lines were deleted from; head texts of files edited in place", () => {
    const files = [
      addedFile("src/a.ts", ["// TODO: x"]),
      addedFile("src/new.ts", ["// TODO: y"], 1, { status: "added" }),
      addedFile("src/old.ts", [], 1, { deletions: 2 }),
      addedFile("src/c.ts", ["const c = 1;"]),
    ];
    // The head text of every edited file with a marker: its added lines alone may not parse as their comment (kotlinx-io f85bebd107).
    expect(rule.needs!(change(files), rule.options.parse({}))).toEqual({
      baseContents: ["src/a.ts", "src/old.ts"],
      fileContents: ["src/a.ts"],
      fileTree: true,
    });
    const edited = addedFile("src/e.ts", ["// TODO: z"], 1, { deletions: 1 });
    expect(rule.needs!(change([edited]), rule.options.parse({}))).toEqual({ baseContents: ["src/e.ts"], fileContents: ["src/e.ts"], fileTree: true });
    expect(rule.needs!(change([addedFile("src/c.ts", ["const c = 1;"])]), rule.options.parse({}))).toEqual({});
  });

  it("reads the untouched siblings a file's TODOs may have been copied from, named like it, beside it, with its extension", () => {
    const files = [addedFile("test/FastField.test.tsx", ["// XXX: wait"]), addedFile("test/Form.test.tsx", ["const x = 1;"])];
    const tree = ["test/FastField.test.tsx", "test/Field.test.tsx", "test/Field.tsx", "src/Field.test.tsx", "test/Form.test.tsx", "test/FormField.test.tsx"];
    const later = rule.laterNeeds!(change(files), rule.options.parse({}), { ...emptyLookups(), fileTree: tree });
    expect(later).toEqual(["test/Field.test.tsx"]);
  });
  it("asks for the head text of a PHP file given a TODO without deleting anything: its added lines alone are outside `<?php`", () => {
    const php = addedFile("src/Date.php", ["// @TODO allow unbind $this in PHP 8"], 4, { deletions: 0 });
    expect(rule.needs!(change([php]), rule.options.parse({}))).toEqual({ baseContents: ["src/Date.php"], fileContents: ["src/Date.php"], fileTree: true });
  });
});
