import type { Lookups } from "../../src/engine/rule.js";
import { SKIP_UNLESS_FUNC } from "../helpers/go-validator.js";
import rule from "../../rules/tests-required.js";
import { changed } from "../helpers/base-head.js";
import { addedFile, change, commit } from "../helpers/make-change.js";
import { testRuleBeforeCalibration as testRule } from "../helpers/pre-calibration.js";

// Round 5 (#11): defensive guards, translation families, task scripts, performance titles, tests
// written before the code (judged set 4), and the test file a finding names.
const edit = (path: string, base: string[], head: string[], tree?: string[], tests: Record<string, string> = {}) => {
  const e = changed(path, base.join("\n"), head.join("\n"));
  const lookups: Lookups = { ...e.lookups, fileContents: new Map([...e.lookups.fileContents, ...Object.entries(tests)]) };
  return { change: e.change, lookups: tree ? { ...lookups, fileTree: tree } : lookups };
};
const titled = (title: string, e: ReturnType<typeof edit>) => ({ change: { ...e.change, title, commits: [commit(title)] }, lookups: e.lookups });

// ---- defensive guards: a null check that falls back to a default or leaves early ----

const javaBase = [
  "public class JsonFactory {",
  "    public JsonFactory(JsonFactory src) {",
  "        _inputDecorator = src._inputDecorator;",
  "        _streamReadConstraints = src._streamReadConstraints;",
  "    }",
  "    public JsonFactory(Builder b) {",
  "        _streamReadConstraints = b._streamReadConstraints;",
  "    }",
  "}",
];
const javaNullDefaults = [
  "public class JsonFactory {",
  "    public JsonFactory(JsonFactory src) {",
  "        _inputDecorator = src._inputDecorator;",
  "        _streamReadConstraints = src._streamReadConstraints == null ?",
  "            StreamReadConstraints.defaults() : src._streamReadConstraints;",
  "    }",
  "    public JsonFactory(Builder b) {",
  "        _streamReadConstraints = b._streamReadConstraints == null ?",
  "            StreamReadConstraints.defaults() : b._streamReadConstraints;",
  "    }",
  "}",
];
const javaDeciding = [
  "public class JsonFactory {",
  "    public JsonFactory(JsonFactory src) {",
  "        _inputDecorator = src._inputDecorator;",
  "        if (src._streamReadConstraints.maxNestingDepth() > 1000) {",
  "            _streamReadConstraints = StreamReadConstraints.defaults();",
  "        }",
  "    }",
  "    public JsonFactory(Builder b) {",
  "        _streamReadConstraints = b.strict ? b._streamReadConstraints : StreamReadConstraints.lenient();",
  "    }",
  "}",
];

const goBase = ["package store", "", "func (s *Store) Load(key string) (string, error) {", "\tv, err := s.db.Get(key)", "\treturn v, err", "}"];
const goErrGuards = [
  "package store",
  "",
  "func (s *Store) Load(key string) (string, error) {",
  "\tif s.db == nil {",
  '\t\treturn "", nil',
  "\t}",
  "\tv, err := s.db.Get(key)",
  "\tif err != nil {",
  '\t\treturn "", err',
  "\t}",
  "\treturn v, nil",
  "}",
];
const goNilBranch = [
  "package store",
  "",
  "func (s *Store) Load(key string) (string, error) {",
  "\tif s.cache != nil {",
  "\t\treturn s.cache.Get(key)",
  "\t}",
  "\tv, err := s.db.Get(key)",
  "\tif err != nil {",
  "\t\treturn s.fallback.Get(key)",
  "\t}",
  "\treturn v, nil",
  "}",
];

const pyBase = ["class Cache:", "    def get(self, key):", "        value = self.store.read(key)", "        return self.decode(value)", ""];
const pyNoneGuards = [
  "class Cache:",
  "    def get(self, key):",
  "        if self.store is None:",
  "            return None",
  "        value = self.store.read(key)",
  "        if value is None:",
  "            return None",
  "        return self.decode(value)",
  "",
];

const ktBase = ["package x", "", "internal fun dispatcher(context: CoroutineContext): CoroutineDispatcher {", "    return context[CoroutineDispatcher]", "}"];
const ktElvis = [
  "package x",
  "",
  "internal fun dispatcher(context: CoroutineContext): CoroutineDispatcher {",
  "    val found = context[CoroutineDispatcher] ?: Dispatchers.Unconfined",
  "    val main = mainOrNull() ?: return found",
  "    return found",
  "}",
];

testRule("tests-required", {
  valid: [
    {
      name: "Java: null-to-default ternaries in copy constructors (jackson's null-safe constraints)",
      ...edit("src/main/java/com/x/JsonFactory.java", javaBase, javaNullDefaults),
    },
    {
      name: "Go: nil checks that return the zero value or the error",
      ...edit("store.go", goBase, goErrGuards),
    },
    {
      name: "Python: None checks that return early",
      ...edit("cache/cache.py", pyBase, pyNoneGuards),
    },
    {
      name: "Kotlin: Elvis defaults and an early return",
      ...edit("src/main/kotlin/x/Dispatchers.kt", ktBase, ktElvis),
    },
  ],
  invalid: [
    {
      name: "Java: branches on what a value holds are behaviour",
      ...edit("src/main/java/com/x/JsonFactory.java", javaBase, javaDeciding),
      findings: [{ messageId: "missingTests", path: "src/main/java/com/x/JsonFactory.java" }],
    },
    {
      name: "Go: a nil check that takes another path (a cache, a fallback) is behaviour",
      ...edit("store.go", goBase, goNilBranch),
      findings: [{ messageId: "missingTests", path: "store.go" }],
    },
  ],
});

const rsBase = [
  "async fn serve(listener: TcpListener) -> io::Result<()> {",
  "    loop {",
  "        let (stream, addr) = listener.accept().await?;",
  "        spawn(handle(stream, addr));",
  "    }",
  "}",
];
const rsArm = (arm: string[]) => [
  "async fn serve(listener: TcpListener) -> io::Result<()> {",
  "    loop {",
  "        let (stream, addr) = match listener.accept().await {",
  "            Ok(conn) => conn,",
  ...arm,
  "        };",
  "        spawn(handle(stream, addr));",
  "    }",
  "}",
];
const rsGivesUp = rsArm([
  "            Err(e) => {",
  "                if is_connection_error(&e) {",
  "                    continue;",
  "                }",
  '                error!("accept error: {e}");',
  "                sleep(Duration::from_secs(1)).await;",
  "                continue;",
  "            }",
]);
const rsDecides = rsArm([
  "            Err(e) => {",
  "                if is_connection_error(&e) {",
  "                    listener = rebind(&listener)?;",
  "                }",
  "                if retries > 3 {",
  '                    error!("accept error: {e}");',
  "                }",
  "                continue;",
  "            }",
]);

testRule("tests-required", {
  valid: [
    {
      name: "Rust: an accept error handled by continuing (axum's serve loop)",
      ...edit("axum/src/serve.rs", rsBase, rsGivesUp),
    },
  ],
  invalid: [
    {
      name: "Rust: an error arm that rebinds and counts retries decides",
      ...edit("axum/src/serve.rs", rsBase, rsDecides),
      findings: [{ messageId: "missingTests", path: "axum/src/serve.rs" }],
    },
  ],
});

// ---- data and scripts: a language's table among its siblings, a task runner ----

const csLanguage = [
  "namespace FluentValidation.Resources;",
  "internal class VietnameseLanguage {",
  '  public const string Culture = "vi";',
  "  public static string GetTranslation(string key) => key switch {",
  '    "EmailValidator" => "\'{PropertyName}\' không phải là email hợp lệ.",',
  "    \"GreaterThanValidator\" => \"'{PropertyName}' phải lớn hơn '{ComparisonValue}'.\",",
  '    "LengthValidator" => "\'{PropertyName}\' phải có độ dài trong khoảng {MinLength} đến {MaxLength}.",',
  '    "NotNullValidator" => "\'{PropertyName}\' không được rỗng.",',
  "    _ => null,",
  "  };",
  "}",
];
const languages = ["English", "French", "German", "Spanish"].map((l) => `src/FluentValidation/Resources/Languages/${l}Language.cs`);
const csTree = [...languages, "src/FluentValidation/Resources/Languages/VietnameseLanguage.cs", "src/FluentValidation.Tests/LanguageManagerTests.cs"];

const pyTask = [
  "from invoke import task",
  "",
  "@task",
  "def benchmark(ctx, iterations=1000):",
  "    if iterations < 1:",
  '        raise ValueError("iterations must be positive")',
  "    for name in ('load', 'dump'):",
  '        ctx.run(f"python performance/benchmark.py --{name} --iterations={iterations}")',
];

testRule("tests-required", {
  valid: [
    {
      name: "C#: a new language's table beside its siblings, none with a test of its own",
      change: change([addedFile("src/FluentValidation/Resources/Languages/VietnameseLanguage.cs", csLanguage)]),
      lookups: { fileContents: new Map(), issues: new Map(), fileTree: csTree },
    },
    {
      name: "Python: invoke's tasks.py at the repository's top is a dev script",
      change: change([addedFile("tasks.py", pyTask)]),
      lookups: { fileContents: new Map(), issues: new Map(), fileTree: ["tasks.py", "marshmallow/fields.py", "tests/test_fields.py"] },
    },
  ],
  invalid: [
    {
      name: "C#: a language's table whose siblings have tests of their own asks for one too",
      change: change([addedFile("src/FluentValidation/Resources/Languages/VietnameseLanguage.cs", csLanguage)]),
      lookups: {
        fileContents: new Map(),
        issues: new Map(),
        fileTree: [...csTree, "src/FluentValidation.Tests/FrenchLanguageTests.cs"],
      },
      findings: [{ messageId: "missingTests", path: "src/FluentValidation/Resources/Languages/VietnameseLanguage.cs" }],
    },
    {
      name: "Python: a package's own tasks.py (Celery tasks) is product code",
      change: change([addedFile("app/tasks.py", pyTask)]),
      lookups: { fileContents: new Map(), issues: new Map(), fileTree: ["app/tasks.py", "app/models.py", "tests/test_models.py"] },
      findings: [{ messageId: "missingTests", path: "app/tasks.py" }],
    },
  ],
});

// ---- a title that says the change is for speed, and code that keeps its calls and outputs ----

const goPerfBase = [
  "package validator",
  "",
  "func (v *Validate) traverse(ns string, current reflect.Value, tag *cTag) {",
  "\tfor _, f := range tag.fields {",
  "\t\tv.validateField(ns+f.Name, current, f)",
  "\t}",
  "}",
];
const goPerfHead = [
  "package validator",
  "",
  "func (v *Validate) traverse(ns string, current reflect.Value, tag *cTag) {",
  "\tfor i := range tag.fields {",
  "\t\tf := tag.fields[i]",
  "\t\tif f.namesEqual {",
  "\t\t\tv.validateField(ns, current, f)",
  "\t\t\tcontinue",
  "\t\t}",
  "\t\tif f.skip {",
  "\t\t\tcontinue",
  "\t\t}",
  "\t\tv.validateField(ns+f.Name, current, f)",
  "\t}",
  "}",
];

testRule("tests-required", {
  valid: [
    {
      name: 'Go: "increase dive tag performance." that calls and prints nothing new',
      ...titled("increase dive tag performance.", edit("validator.go", goPerfBase, goPerfHead)),
    },
  ],
  invalid: [
    {
      name: "Go: the same code under a title that says it fixes something",
      ...titled("fix dive tag names", edit("validator.go", goPerfBase, goPerfHead)),
      findings: [{ messageId: "missingTests", path: "validator.go" }],
    },
  ],
});

// ---- a test written before the code: the function's test case is in the repository already ----

const bakedBase = ["package validator", "", "func requiredUnless(fl FieldLevel) bool {", "\treturn hasValue(fl)", "}"];
const bakedHead = ["package validator", "", "func requiredUnless(fl FieldLevel) bool {", "\treturn hasValue(fl)", "}", "", ...SKIP_UNLESS_FUNC];
const goTree = ["baked_in.go", "cache.go", "util.go", "validator.go", "validator_test.go", "benchmarks_test.go"];
const goTests = (name: string) => ({ "validator_test.go": ["package validator", "", `func ${name}(t *testing.T) {`, "\tvalidate := New()", "}"].join("\n") });

const pyBaseMod = ["def required(value):", "    return value is not None", ""];
const pyHeadMod = [
  "def required(value):",
  "    return value is not None",
  "",
  "def _skip_unless(value, other):",
  "    if other is None:",
  "        return True",
  "    for v in value:",
  "        if v == other:",
  "            return False",
  "    return required(value)",
  "",
];
const pyTree = ["validators/rules.py", "validators/core.py", "tests/test_rules.py"];

testRule("tests-required", {
  valid: [
    {
      name: "Go: skipUnless, with TestSkipUnless in the package's validator_test.go already",
      ...edit("baked_in.go", bakedBase, bakedHead, goTree, goTests("TestSkipUnless")),
    },
    {
      name: "Python: _skip_unless, with test_skip_unless in tests/test_rules.py already",
      ...edit("validators/rules.py", pyBaseMod, pyHeadMod, pyTree, {
        "tests/test_rules.py": ["from validators.rules import _skip_unless", "", "def test_skip_unless():", "    assert _skip_unless([1], 2)"].join("\n"),
      }),
    },
  ],
  invalid: [
    {
      name: "Go: skipUnless whose package tests name other functions only (and the one test file is named)",
      ...edit("baked_in.go", bakedBase, bakedHead, goTree, goTests("TestRequiredUnless")),
      findings: [{ messageId: "missingTests", path: "baked_in.go", data: { expected: "`validator_test.go`" } }],
    },
    {
      name: "Python: a test named for a longer function (test_skip_unless_all) is no test of this one",
      ...edit("validators/rules.py", pyBaseMod, pyHeadMod, pyTree, {
        "tests/test_rules.py": ["def test_skip_unless_all():", "    pass"].join("\n"),
      }),
      findings: [{ messageId: "missingTests", path: "validators/rules.py" }],
    },
  ],
});

describe("tests-required laterNeeds", () => {
  const parse = (o: object) => rule.options.parse(o) as Parameters<NonNullable<typeof rule.laterNeeds>>[1];
  it("reads the package's test file for a Go source once the tree is known", () => {
    const e = edit("baked_in.go", bakedBase, bakedHead, goTree);
    expect(rule.laterNeeds!(e.change, parse({}), e.lookups)).toEqual(["validator_test.go"]);
  });

  it("reads nothing without the tree, or when every change is asked about", () => {
    const e = edit("baked_in.go", bakedBase, bakedHead);
    expect(rule.laterNeeds!(e.change, parse({}), e.lookups)).toEqual([]);
    const t = edit("baked_in.go", bakedBase, bakedHead, goTree);
    expect(rule.laterNeeds!(t.change, parse({ new_behaviour_only: false }), t.lookups)).toEqual([]);
  });
});

// ---- Ruby: methods indented under a `private` at the class body's indent ----

const rbStrategyBase = [
  "module Devise",
  "  class Rememberable",
  "    def authenticate!",
  "      success!(resource) if validate(resource)",
  "    end",
  "",
  "    private",
  "",
  "      def decorate(resource)",
  "        super",
  "      end",
  "  end",
  "end",
];
const rbStrategy = (visibility: string) => [
  "module Devise",
  "  class Rememberable",
  "    def authenticate!",
  "      success!(resource) if validate(resource)",
  "    end",
  "",
  `    ${visibility}`,
  "",
  "      def extend_remember_me_period(resource)",
  "        if resource.respond_to?(:extend_remember_period=)",
  "          resource.extend_remember_period = mapping.to.extend_remember_period",
  "        end",
  "      end",
  "  end",
  "end",
];

testRule("tests-required", {
  valid: [
    {
      name: "Ruby: a one-branch helper indented under `private` is no API",
      ...edit("lib/devise/strategies/rememberable.rb", rbStrategyBase, rbStrategy("private")),
    },
  ],
  invalid: [
    {
      name: "Ruby: the same method under `public` is API",
      ...edit("lib/devise/strategies/rememberable.rb", rbStrategyBase, rbStrategy("public")),
      findings: [{ messageId: "missingTests", path: "lib/devise/strategies/rememberable.rb" }],
    },
  ],
});

// ---- the test file a finding names ----

const rbGen = [
  "module ActiveRecord",
  "  class DeviseGenerator",
  "    def migration_version",
  "      if rails5?",
  '        "[5.0]"',
  "      end",
  "    end",
  "  end",
  "end",
];

const generators = [
  "lib/generators/active_record/devise_generator.rb",
  "lib/generators/devise/devise_generator.rb",
  "lib/generators/mongoid/devise_generator.rb",
  "test/generators/active_record_generator_test.rb",
  "test/generators/devise_generator_test.rb",
  "test/generators/mongoid_generator_test.rb",
];

testRule("tests-required", {
  valid: [
    {
      name: "Ruby: the generator changed with its folder's test",
      change: change([
        addedFile("lib/generators/active_record/devise_generator.rb", rbGen),
        addedFile("test/generators/active_record_generator_test.rb", [
          "class ActiveRecordGeneratorTest",
          "  test 'versioned' do",
          "    assert true",
          "  end",
          "end",
        ]),
      ]),
      lookups: { fileContents: new Map(), issues: new Map(), fileTree: generators },
    },
  ],
  invalid: [
    {
      name: "Ruby: a generator named like its namesakes is tested under its folder's name",
      change: change([addedFile("lib/generators/active_record/devise_generator.rb", rbGen)]),
      lookups: { fileContents: new Map(), issues: new Map(), fileTree: generators },
      findings: [{ messageId: "missingTests", data: { expected: "`test/generators/active_record_generator_test.rb`" } }],
    },
    {
      name: "Kotlin: a multiplatform file's new test follows the module's same-named test in another source set",
      change: change([
        addedFile("coil-core/src/nonAndroidMain/kotlin/coil3/intercept/EngineInterceptor.nonAndroid.kt", [
          "package coil3.intercept",
          "",
          "internal fun convertImageToBitmap(image: Image, size: Size): Bitmap {",
          "    if (image is BitmapImage) return image.bitmap",
          "    if (size.isOriginal) return image.toBitmap()",
          "    return image.toBitmap(size.width, size.height)",
          "}",
        ]),
      ]),
      lookups: {
        fileContents: new Map(),
        issues: new Map(),
        fileTree: [
          "coil-core/src/nonAndroidMain/kotlin/coil3/intercept/EngineInterceptor.nonAndroid.kt",
          "coil-core/src/commonMain/kotlin/coil3/intercept/RealInterceptorChain.kt",
          "coil-core/src/commonTest/kotlin/coil3/intercept/RealInterceptorChainTest.kt",
          "coil-core/src/androidUnitTest/kotlin/coil3/intercept/EngineInterceptorTest.kt",
        ],
      },
      findings: [
        {
          messageId: "missingTests",
          data: {
            expected:
              "a test in a new file `coil-core/src/commonTest/kotlin/coil3/intercept/EngineInterceptorTest.kt` following `coil-core/src/androidUnitTest/kotlin/coil3/intercept/EngineInterceptorTest.kt`",
          },
        },
      ],
    },
  ],
});
