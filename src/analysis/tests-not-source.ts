import type { Lookups } from "../engine/rule.js";
import { stdlibBackport } from "./stdlib-backport.js";
import type { ChangedFile } from "../model/change.js";
import { baseText, headFacts, headText } from "../syntax/change-facts.js";
import { generatedByItsHeader } from "../syntax/generated.js";
import { siteWithoutTests, type RepoLayout } from "../text/test-layout.js";
import { fileExcludedFromCoverage } from "./tests-uncovered-on-purpose.js";
import { launchedProgram } from "./tests-developer-programs.js";
import { omittedFromCoverage } from "./tests-coverage-omit.js";
import { builtOnlyWithTag } from "./debug-build.js";

/**
 * A dependency's code kept in the repository (undici's `deps/llhttp/src/llhttp.c`, a CMake
 * `external/` or `extern/` checkout, a `third_party/` or `vendor/` copy): updated by a bump, tested
 * upstream. Only as a folder of its own, not a file named so (`deps.go` is the project's).
 */
const DEPENDENCY_FOLDER = /(^|\/)(_?deps|externals?|extern|third[-_]?party|_?vendor(ed)?|bundled)\//i;

/**
 * Generators' output by name: protobuf and gRPC (`x.pb.go`, `x_pb2.py`, `x.pb.gw.go`), `_generated`
 * and `.generated` files, Dart's `.g.dart`, and the designer files Visual Studio writes (`Form1.Designer.cs`).
 */
const GENERATED_NAME = /(\.pb(\.gw)?\.go|_pb2(_grpc)?\.py|_grpc\.pb\.go|[._]generated\.\w+|\.g\.dart|\.designer\.cs)$/i;

/**
 * A JavaScript or TypeScript file named for tests with a hyphen or underscore (`babel-test.js`,
 * `transform_test.ts`), which the shared conventions do not take for a test (only `.test.js` is one).
 * Holding no test case, it is a test's input: mobx's `codemod/babel-test.js`, the classes the
 * undecorate codemod is run on (judged set 17: "wrong" to ask tests for it).
 */
const NAMED_FOR_TESTS = /(^|\/)[\w.-]*[a-z0-9][-_](test|spec)\.[cm]?[jt]sx?$/i;

/**
 * Why a changed file is not source that asks for tests although it is code: a dependency's copy,
 * a file a generator wrote (by name, or by a header that says so at head), a page of a website
 * kept beside the product with no tests of its own, a program only its launch tests (a Go command
 * under `internal/`, a Java agent's entry), or a file its authors excluded from coverage.
 * Undefined when it is source that may need tests. A generator's template or input is still source.
 */
export function notTestableSource(f: ChangedFile, found: Lookups, layout?: RepoLayout): string | undefined {
  if (DEPENDENCY_FOLDER.test(f.path)) return "a dependency's code kept in the repository";
  if (f.status === "added" && stdlibBackport(f.path)) return "a standard-library module backported to an older Python";
  if (GENERATED_NAME.test(f.path)) return "generated code";
  if (layout && siteWithoutTests(f.path, layout)) return "a website with no tests of its own";
  if (omittedFromCoverage(f.path, found)) return "omitted from coverage by the project's coverage config";
  if (NAMED_FOR_TESTS.test(f.path) && headFacts(f, found)?.tests.length === 0) return "a test's input, named for tests";
  // Without the text, a file's first lines are in its diff when the change wrote them.
  const text = headText(f, found) ?? (f.addedLines[0]?.line === 1 ? f.addedLines.map((l) => l.text).join("\n") : undefined);
  if (text === undefined) return undefined;
  if (generatedByItsHeader(f, text, baseText(f, found))) return "generated code (its header says so)";
  const program = launchedProgram(f.path, text);
  if (program) return program;
  if (deprecatedGoPackage(f, text, baseText(f, found))) return "a Go package marked deprecated";
  // A Go file no build compiles (`//go:build ignore` alone): a generator or a script run with `go run` (mvdan/sh
  // fcd06d4673's `syntax/gen_token_parse.go`, which writes `tokens_parse.go`, whose output the tests exercise: judged
  // wrong as untested on set 33).
  if (f.path.endsWith(".go") && builtOnlyWithTag(text, GO_IGNORE_TAG)) return "a Go program left out of every build (`//go:build ignore`), run with `go run`";
  if (layout && prostOutput(f.path, text, layout)) return "generated code (prost-build's, from its .proto)";
  return fileExcludedFromCoverage(text) ? "excluded from coverage by its authors" : undefined;
}

const GO_IGNORE_TAG = /^ignore$/;

// Go's package doc that deprecates it: `// Deprecated: package migrate makes this version backwards compatible.`
// right above `package migrate` (golang-migrate 706f23115f's v1compat.go, kept only for old callers "to be removed very
// soon": a test request judged not worth saying on set 31). The comment block must end at the package clause.
const GO_PACKAGE_DEPRECATED = /^(?:\/\/[^\n]*\n)*\/\/\s*Deprecated:[^\n]*\n(?:\/\/[^\n]*\n)*package\s+\w+/m;
const GO_HEADER_CHARS = 4000;

/** A Go file whose package doc deprecates it: at head, and at base too for a file the change edits (the mark is not the change's). */
function deprecatedGoPackage(f: ChangedFile, head: string, base: string | undefined): boolean {
  if (!f.path.endsWith(".go")) return false;
  const marked = (text: string) => GO_PACKAGE_DEPRECATED.test(text.slice(0, GO_HEADER_CHARS));
  return marked(head) && (f.status === "added" || (base !== undefined && marked(base)));
}

// prost-build's Rust, committed (zellij's `zellij-utils/assets/prost/api.plugin_command.rs`, 13 test requests on set 31
// with its older prost that wrote no `@generated` header): fully qualified `::prost::Message` derives and `#[prost(…)]`
// field attributes, in a file named `<package>.rs` for a `.proto` the repository holds (`plugin_command.proto` for the
// package `api.plugin_command`). The .proto is what was written, and what the change's tests are asked for through.
const PROST_DERIVE = /#\[derive\([^)\n]{0,200}::prost::(?:Message|Oneof|Enumeration)\)\]/;
const PROST_FIELD = /#\[prost\(/;
const PROST_ENUM = /::prost::Enumeration\)\]\s*\n\s*#\[repr\(i32\)\]/;
const protoStemsByLayout = new WeakMap<RepoLayout, Set<string>>();

function prostOutput(path: string, text: string, layout: RepoLayout): boolean {
  if (!path.endsWith(".rs")) return false;
  const head = text.slice(0, 20_000);
  // A message has `#[prost(…)]` fields; an enum's file may hold only `::prost::Enumeration` derives (`api.plugin_permission.rs`).
  if (!PROST_DERIVE.test(head) || !(PROST_FIELD.test(head) || PROST_ENUM.test(head))) return false;
  let stems = protoStemsByLayout.get(layout);
  if (!stems) {
    stems = new Set([...layout.files].filter((p) => p.endsWith(".proto")).map((p) => p.slice(p.lastIndexOf("/") + 1, -".proto".length)));
    protoStemsByLayout.set(layout, stems);
  }
  // The package's last part names the file: `api.plugin_command.rs` from a `plugin_command.proto`.
  const name = path.slice(path.lastIndexOf("/") + 1, -".rs".length);
  return stems.has(name.slice(name.lastIndexOf(".") + 1));
}
