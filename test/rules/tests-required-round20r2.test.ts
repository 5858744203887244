import { editsIn } from "../helpers/edits.js";
import { testRule } from "../helpers/rule-tester.js";

/**
 * Session 20, round 2 (#11), judged on set 20:
 * - a doctest written as a `#[doc = r#"…"#]` attribute (a macro's methods cannot take `///`) is a
 *   doctest: async-std's `BufRead::split`, tested in `mod.rs`, needs no tests in `split.rs`;
 * - an approval file the change updates (`*.verified.*`, `*.approved.*`) is a test of the project it
 *   approves: reactive's API approval snapshot of `System.Linq.Async`, updated with its generator;
 * - a project whose "tests" are only build files and package placeholders has no tests to extend.
 */
const lines = (...l: string[]) => l;

// Rust: a trait method added inside a macro, its doctest in a doc attribute, its stream in a new file.
const rustTree = ["Cargo.toml", "src/lib.rs", "src/io/buf_read/mod.rs", "src/io/buf_read/split.rs", "src/io/buf_read/lines.rs", "tests/buf_reader.rs"];
const modBase = lines("mod lines;", "", "extension_trait! {", "    pub trait BufReadExt {", "        fn lines(self) -> Lines<Self>;", "    }", "}");
const modHead = (example: boolean) =>
  lines(
    "mod lines;",
    "mod split;",
    "",
    "pub use split::Split;",
    "",
    "extension_trait! {",
    "    pub trait BufReadExt {",
    "        fn lines(self) -> Lines<Self>;",
    "",
    '        #[doc = r#"',
    "            Returns a stream over the contents of this reader split on `byte`.",
    ...(example
      ? [
          "",
          "            ```",
          '            let cursor = io::Cursor::new(b"lorem-ipsum");',
          "            let mut parts = cursor.split(b'-').map(|l| l.unwrap());",
          '            assert_eq!(parts.next().await, Some(b"lorem".to_vec()));',
          "            assert_eq!(parts.next().await, None);",
          "            ```",
        ]
      : []),
    '        "#]',
    "        fn split(self, byte: u8) -> Split<Self> {",
    "            Split { reader: self, byte }",
    "        }",
    "    }",
    "}",
  );
const splitRs = lines(
  "pub struct Split<R> {",
  "    reader: R,",
  "    byte: u8,",
  "}",
  "",
  "impl<R: BufRead> Split<R> {",
  "    pub fn poll_next(&mut self) -> Option<Vec<u8>> {",
  "        let n = read_until(&mut self.reader, self.byte, &mut self.buf)?;",
  "        if n == 0 && self.buf.is_empty() {",
  "            return None;",
  "        }",
  "        if self.buf[self.buf.len() - 1] == self.byte {",
  "            self.buf.pop();",
  "        }",
  "        for b in self.buf.iter_mut() {",
  "            if *b == 0 {",
  "                *b = self.byte;",
  "            }",
  "        }",
  "        Some(std::mem::take(&mut self.buf))",
  "    }",
  "}",
);
const rust = (example: boolean) =>
  editsIn(rustTree)(["src/io/buf_read/mod.rs", modBase, modHead(example)], ["src/io/buf_read/split.rs", splitRs.slice(0, 4), splitRs]);

// C#: a source generator's new builder; the approval snapshot of the project it generates for.
const genBase = lines("namespace Gen;", "public class Builder", "{", "    public void Build() { }", "}");
const genHead = lines(
  "namespace Gen;",
  "public class Builder",
  "{",
  "    public void Build() { }",
  "",
  "    public string Duplicate(Method m, bool deprecated)",
  "    {",
  "        if (m.IsStatic && deprecated)",
  "        {",
  '            return m.Name + "Deprecated";',
  "        }",
  "        foreach (var p in m.Parameters)",
  "        {",
  "            if (p.IsOut) return null;",
  "        }",
  "        return m.Name;",
  "    }",
  "}",
);
const approvedBase = lines("namespace System.Linq", "{", "    public static class AsyncEnumerable { }", "}");
const approvedHead = lines(
  "namespace System.Linq",
  "{",
  "    public static class AsyncEnumerable { }",
  "    public static class AsyncEnumerableDeprecated { }",
  "}",
);
const csTree = [
  "Source/System.Linq.Async.SourceGenerator/System.Linq.Async.SourceGenerator.csproj",
  "Source/System.Linq.Async.SourceGenerator/Builder.cs",
  "Source/System.Linq.Async/System.Linq.Async.csproj",
  "Source/System.Interactive/System.Interactive.csproj",
  "Source/Tests.ApiApprovals/Tests.ApiApprovals.csproj",
  "Source/Tests.ApiApprovals/ApiApprovalTests.cs",
  "Source/Tests.System.Linq.Async/Tests.System.Linq.Async.csproj",
  "Source/Tests.System.Linq.Async/WhereTests.cs",
  "Source/Tests.System.Linq.Async.SourceGenerator/Tests.System.Linq.Async.SourceGenerator.csproj",
  "Source/Tests.System.Linq.Async.SourceGenerator/OverloadTests.cs",
];
const cs = (approval: string) =>
  editsIn([...csTree, approval])(["Source/System.Linq.Async.SourceGenerator/Builder.cs", genBase, genHead], [approval, approvedBase, approvedHead]);

// A merged package beside an old test folder of build files and NuGet placeholders only.
const mergedBase = lines("namespace Acme.Async;", "public static class Notifications", "{", "}");
const mergedHead = lines(
  "namespace Acme.Async;",
  "public static class Notifications",
  "{",
  "    public static async ValueTask AcceptAsync<T>(this Notification<T> n, IAsyncObserver<T> o)",
  "    {",
  "        if (o == null) throw new ArgumentNullException(nameof(o));",
  "        switch (n.Kind)",
  "        {",
  "            case Kind.OnNext: await o.OnNextAsync(n.Value); break;",
  "            case Kind.OnError: await o.OnErrorAsync(n.Exception); break;",
  "            default: await o.OnCompletedAsync(); break;",
  "        }",
  "    }",
  "}",
);
const placeholderTree = (...tests: string[]) => [
  "AsyncRx/AsyncRx.sln",
  "AsyncRx/Acme.Async/Acme.Async.csproj",
  "AsyncRx/Acme.Async/Notifications.cs",
  "Rx/Test/Rx/Rx.sln",
  "Rx/Test/Rx/packages/repositories.config",
  "Rx/Test/Rx/packages/Rx-Main.2.0/content/Net45/_._",
  "Rx/Source/tests/Directory.build.props",
  ...tests,
];
const merged = (...tests: string[]) => editsIn(placeholderTree(...tests))(["AsyncRx/Acme.Async/Notifications.cs", mergedBase, mergedHead]);

// Python: a package whose tests folder only keeps a placeholder.
const pyBase = lines("def load(path):", "    return open(path).read()");
const pyHead = lines(
  "def load(path, strict=False):",
  "    text = open(path).read()",
  "    if strict and not text.strip():",
  "        raise ValueError(path)",
  "    for line in text.splitlines():",
  "        if line.startswith('#'):",
  "            continue",
  "    return text",
);
const py = (...tests: string[]) => editsIn(["pyproject.toml", "acme/loader.py", ...tests])(["acme/loader.py", pyBase, pyHead]);

testRule("tests-required", {
  valid: [
    { name: 'Rust: a doctest in a `#[doc = r#"…"#]` attribute of the module covers its new file (auto)', ...rust(true) },
    {
      name: "C#: the API approval snapshot of the project the generator writes for covers the generator",
      ...cs("Source/Tests.ApiApprovals/Api/ApiApprovalTests.SystemLinqAsync.verified.cs"),
    },
    { name: "C#: a solution whose only test-folder files are build files and placeholders has no tests to extend", ...merged() },
    { name: "Python: a tests folder holding only .gitkeep is no tests", ...py("tests/.gitkeep") },
  ],
  invalid: [
    {
      name: "Rust: a doc attribute without an example tests nothing",
      ...rust(false),
      findings: [{ messageId: "missingTests", path: "src/io/buf_read/split.rs" }],
    },
    {
      name: "C#: an approval snapshot of another project covers nothing here",
      ...cs("Source/Tests.ApiApprovals/Api/ApiApprovalTests.SystemInteractive.verified.cs"),
      findings: [{ messageId: "missingTests", path: "Source/System.Linq.Async.SourceGenerator/Builder.cs" }],
    },
    {
      name: "C#: with a real test in the repository's root project, the merged package is asked",
      ...merged("Rx/Source/tests/NotificationTests.cs"),
      findings: [{ messageId: "missingTests", path: "AsyncRx/Acme.Async/Notifications.cs" }],
    },
    {
      name: "Python: beside a real test, the package is asked",
      ...py("tests/.gitkeep", "tests/test_other.py"),
      findings: [{ messageId: "missingTests", path: "acme/loader.py" }],
    },
  ],
});
