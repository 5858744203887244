import { classifyBuiltIn, sourceStems } from "../../src/text/test-conventions.js";
import {
  componentHasTests,
  describeSuggestedTests,
  layoutOf,
  platformWithoutTests,
  sameOrEnclosingProject,
  siteWithoutTests,
  suggestedTestFolders,
  suggestTests,
  testsNamedForFeatures,
  sameLanguageFamily,
} from "../../src/text/test-layout.js";

describe("test support is never source", () => {
  it.each([
    ["src/__fixtures__/helper.js", "support"],
    ["test/fixtures/app.py", "support"],
    ["internal/testdata/x_test.go", "support"],
    ["test/helpers/render.ts", "support"],
    ["test/helpers/update-env.test.ts", "test"],
    ["spec/support/matchers.rb", "support"],
    ["tests/conftest.py", "support"],
    ["tests/Pest.php", "support"],
    ["tests/Feature/PestTest.php", "test"],
    ["src/__mocks__/fs.ts", "support"],
    ["internal/mock_store.go", "support"],
    ["examples/basic/main.go", "other"],
    ["example/app.rb", "other"],
    [".typedoc/plugin.mjs", "other"],
    ["jest.config.ts", "other"],
    [".eslintrc.js", "other"],
    ["webpack.config.js", "other"],
    ["gson.gemspec", "other"],
    ["metrics/src/main/java/a/ParseBenchmark.java", "other"],
    ["pkg/brew/ripgrep-bin.rb", "other"],
    ["fuzz/fuzz_targets/fuzz_glob.rs", "other"],
    ["gemfiles/rack-v3.rb", "other"],
    ["flask/testsuite/basic.py", "test"],
    ["src/flask/app.py", "source"],
  ])("%s is %s", (path, kind) => {
    expect(classifyBuiltIn(path)).toBe(kind);
  });
});

describe("Go build-tag variants", () => {
  it.each([
    ["x_go120.go", "x"],
    ["fs_windows.go", "fs"],
    ["sys_linux_amd64.go", "sys"],
  ])("%s pairs with the test of %s", (path, stem) => {
    expect(sourceStems(path)).toContain(stem);
  });
});

describe("suggestTests follows the repository's layout", () => {
  const ruby = layoutOf(["lib/sinatra/base.rb", "test/base_test.rb", "test/routing_test.rb", "test/helper.rb"]);
  const flask = layoutOf(["src/flask/ctx.py", "src/flask/app.py", "tests/test_appctx.py", "tests/test_basic.py", "tests/test_reqctx.py", "tests/test_cli.py"]);
  it.each([
    ["an existing test first", ruby, "lib/sinatra/base.rb", ["test/base_test.rb"]],
    ["never spec/ in a repository whose tests live in test/", ruby, "lib/sinatra/indifferent_hash.rb", ["test/indifferent_hash_test.rb"]],
    ["a test folder over beside the source", flask, "src/flask/ctx.py", ["tests/test_ctx.py"]],
    ["an existing test under its folder's name for __init__.py", flask, "src/flask/cli/__init__.py", ["tests/test_cli.py"]],
    ["the convention without a tree", undefined, "lib/a/b.rb", ["spec/a/b_spec.rb"]],
    [
      "Rust: the file's own test module, not an invented tests/<file>.rs",
      layoutOf(["crates/ignore/src/dir.rs", "crates/ignore/tests/gitignore_matched_path_or_any_parents_tests.rs"]),
      "crates/ignore/src/dir.rs",
      ["a #[cfg(test)] module in crates/ignore/src/dir.rs"],
    ],
    [
      "TypeScript: an existing test of the same name in another folder",
      layoutOf(["src/sources/git/git-remote.ts", "test/sources/git-remote.test.ts", "test/other.test.ts"]),
      "src/sources/git/git-remote.ts",
      ["test/sources/git-remote.test.ts"],
    ],
    [
      "Java: `$Gson$Types.java` is tested by GsonTypesTest.java",
      layoutOf(["gson/src/main/java/com/google/gson/internal/$Gson$Types.java", "gson/src/test/java/com/google/gson/internal/GsonTypesTest.java"]),
      "gson/src/main/java/com/google/gson/internal/$Gson$Types.java",
      ["gson/src/test/java/com/google/gson/internal/GsonTypesTest.java"],
    ],
    [
      "Go: the package's existing test that shares a word with the file",
      layoutOf(["render/json_api.go", "render/render.go", "render/json_test.go", "other/api_test.go"]),
      "render/json_api.go",
      ["render/json_test.go"],
    ],
    [
      "Go: a file of its own where no test of the package shares a word with it (recoverer.go, not realip_test.go)",
      layoutOf(["middleware/recoverer.go", "middleware/realip.go", "middleware/realip_test.go"]),
      "middleware/recoverer.go",
      ["middleware/recoverer_test.go"],
    ],
    [
      "a test named like several others is named only where its folders mirror the source's (tutorial004)",
      layoutOf([
        "docs_src/options/help/tutorial004.py",
        "tests/test_tutorial/test_arguments/test_help/test_tutorial004.py",
        "tests/test_tutorial/test_commands/test_callback/test_tutorial004.py",
        "tests/test_tutorial/test_options/test_help/test_tutorial004.py",
      ]),
      "docs_src/options/help/tutorial004.py",
      ["tests/test_tutorial/test_options/test_help/test_tutorial004.py"],
    ],
    [
      "the mirror's root is the folder the same-name tests share (docs_src/prompt/ → tests/test_tutorial/test_prompt/)",
      layoutOf([
        "docs_src/prompt/tutorial004.py",
        "tests/test_tutorial/test_arguments/test_prompt/test_tutorial004.py",
        "tests/test_tutorial/test_commands/test_callback/test_tutorial004.py",
      ]),
      "docs_src/prompt/tutorial004.py",
      ["tests/test_tutorial/test_prompt/test_tutorial004.py"],
    ],
    [
      "where no same-name test mirrors the source, the new test's path in the mirror, never an unrelated test of that name",
      layoutOf([
        "docs_src/options/help/tutorial004.py",
        "tests/test_tutorial/test_arguments/test_help/test_tutorial004.py",
        "tests/test_tutorial/test_commands/test_callback/test_tutorial004.py",
        "tests/test_tutorial/test_options/test_help/test_tutorial001.py",
      ]),
      "docs_src/options/help/tutorial004.py",
      ["tests/test_tutorial/test_options/test_help/test_tutorial004.py"],
    ],
    [
      "the folder holding most tests when no convention fits (flask/testsuite/)",
      layoutOf(["flask/app.py", "flask/ctx.py", "flask/testsuite/basic.py", "flask/testsuite/helpers.py", "flask/testsuite/__init__.py"]),
      "flask/ctx.py",
      ["flask/testsuite/test_ctx.py"],
    ],
    [
      // fabric 6892834ec3 (set 36): its tests are plain-named (pytest-relaxed); `tests/_support/py_conf/fabric.py` is a config they load.
      "fabric: the plain-named test, never a file of the tests' private _support/ folder",
      layoutOf([
        "fabric/__init__.py",
        "fabric/group.py",
        "fabric/connection.py",
        "integration/group.py",
        "tests/group.py",
        "tests/connection.py",
        "tests/init.py",
        "tests/_support/py_conf/fabric.py",
        "tests/_util.py",
        "tests/conftest.py",
      ]),
      "fabric/group.py",
      ["tests/group.py"],
    ],
    [
      "a sub-project's own test folder (sinatra-contrib/spec/)",
      layoutOf(["sinatra-contrib/lib/sinatra/engine_tracking.rb", "sinatra-contrib/spec/namespace_spec.rb", "test/base_test.rb"]),
      "sinatra-contrib/lib/sinatra/engine_tracking.rb",
      ["sinatra-contrib/spec/engine_tracking_spec.rb"],
    ],
  ] as const)("%s", (_name, layout, source, expected) => {
    expect(suggestTests(source, layout)).toEqual(expected);
  });
});

describe("testsNamedForFeatures", () => {
  it("reads the repository: flask names tests for features, a TS repo for files", () => {
    const flask = layoutOf([
      "src/flask/ctx.py",
      "src/flask/app.py",
      "tests/test_appctx.py",
      "tests/test_basic.py",
      "tests/test_reqctx.py",
      "tests/test_user_error.py",
    ]);
    const ts = layoutOf(["src/a.ts", "src/b.ts", "src/c.ts", "src/d.ts", "test/a.test.ts", "test/b.test.ts", "test/c.test.ts", "test/e2e.test.ts"]);
    expect(testsNamedForFeatures("src/flask/ctx.py", flask)).toBe(true);
    expect(testsNamedForFeatures("src/a.ts", ts)).toBe(false);
    // A file without a test of its own name is tested through the project's features.
    expect(testsNamedForFeatures("src/d.ts", ts)).toBe(true);
  });
  it("falls back to the language's habit without a tree", () => {
    expect(testsNamedForFeatures("lib/a.rb", undefined)).toBe(true);
    expect(testsNamedForFeatures("src/A.java", undefined)).toBe(false);
  });
});

describe("describeSuggestedTests names a test that exists, a new one mirroring a sibling's, or no file", () => {
  it.each([
    [
      "an existing test by its path",
      ["src/Cookie/SetCookie.php", "tests/Cookie/SetCookieTest.php", "composer.json"],
      "src/Cookie/SetCookie.php",
      "`tests/Cookie/SetCookieTest.php`",
    ],
    [
      "Ruby: no sibling with a test of its own, so no file named (never post_url_test.rb)",
      ["lib/jekyll/tags/post_url.rb", "test/test_tags.rb", "test/test_site.rb", "test/test_page.rb", "test/helper.rb"],
      "lib/jekyll/tags/post_url.rb",
      "a test that covers it",
    ],
    [
      "Python: the test folder named for the module (tests/models/ for httpx/_models.py)",
      ["httpx/_models.py", "tests/models/test_headers.py", "tests/models/test_requests.py", "tests/test_api.py"],
      "httpx/_models.py",
      "a test in `tests/models/`, where its tests are",
    ],
    [
      "no sibling's test to mirror: no file is made up (got's test/cancel.ts layout has no *.test.ts)",
      ["package.json", "source/as-promise/types.ts", "source/as-promise/index.ts", "test/cancel.ts", "test/timeout.ts", "test/retry.ts", "test/helpers.ts"],
      "source/as-promise/types.ts",
      "a test that covers it",
    ],
    [
      "Java: a sibling's test mirrored exactly (MoreStreamsTest.java beside MoreElementsTest.java)",
      ["common/pom.xml", "common/src/main/java/a/MoreElements.java", "common/src/main/java/a/MoreStreams.java", "common/src/test/java/a/MoreElementsTest.java"],
      "common/src/main/java/a/MoreStreams.java",
      "a test in a new file `common/src/test/java/a/MoreStreamsTest.java` following `common/src/test/java/a/MoreElementsTest.java`",
    ],
    [
      "PHP: the sibling's test folder under tests/unit, never a flat tests/XTest.php",
      [
        "composer.json",
        "src/Ext/Smart/QuoteProcessor.php",
        "src/Ext/Smart/EllipsesParser.php",
        "tests/unit/Ext/Smart/QuoteProcessorTest.php",
        "tests/functional/Ext/AutolinkTest.php",
      ],
      "src/Ext/Smart/EllipsesParser.php",
      "a test in a new file `tests/unit/Ext/Smart/EllipsesParserTest.php` following `tests/unit/Ext/Smart/QuoteProcessorTest.php`",
    ],
    [
      "Python: a package marker's tests/__init__.py is no test to mirror (never tests/__compat.py)",
      [
        "setup.py",
        "structlog/__init__.py",
        "structlog/_compat.py",
        "structlog/processors.py",
        "structlog/dev.py",
        "structlog/stdlib.py",
        "structlog/threadlocal.py",
        "tests/__init__.py",
        "tests/test_processors.py",
        "tests/test_dev.py",
        "tests/test_stdlib.py",
        "tests/test_threadlocal.py",
      ],
      "structlog/_compat.py",
      "a test in a new file `tests/test_compat.py` following `tests/test_dev.py`",
    ],
    [
      "Ruby: the test of the same name in the mirrored folder, not a namesake folder's test (i18n's test/backend/fallbacks_test.rb)",
      [
        "i18n.gemspec",
        "lib/i18n/backend/fallbacks.rb",
        "lib/i18n/backend/simple.rb",
        "lib/i18n/locale/fallbacks.rb",
        "test/api/fallbacks_test.rb",
        "test/backend/fallbacks_test.rb",
        "test/backend/simple_test.rb",
        "test/gettext/backend_test.rb",
        "test/locale/fallbacks_test.rb",
      ],
      "lib/i18n/backend/fallbacks.rb",
      "`test/backend/fallbacks_test.rb`",
    ],
    [
      "Python: a private module's new test keeps pytest's test_ prefix (tomlkit's _source.py → tests/test_source.py)",
      [
        "pyproject.toml",
        "tomlkit/__init__.py",
        "tomlkit/_source.py",
        "tomlkit/_utils.py",
        "tomlkit/api.py",
        "tomlkit/items.py",
        "tomlkit/parser.py",
        "tests/__init__.py",
        "tests/conftest.py",
        "tests/test_api.py",
        "tests/test_items.py",
        "tests/test_parser.py",
        "tests/test_utils.py",
      ],
      "tomlkit/_source.py",
      "a test in a new file `tests/test_source.py` following `tests/test_utils.py`",
    ],
    [
      "Python: a test that is not named as pytest collects (tests/__init__.py) is never followed into a new name",
      ["pyproject.toml", "pkg/__init__.py", "pkg/_compat.py", "pkg/_utils.py", "tests/__init__.py", "tests/_utils.py", "tests/test_api.py"],
      "pkg/_compat.py",
      "a test that covers it",
    ],
    [
      "Go: a package without tests gets a new file next to its source, following the nearest test",
      ["hooks/null/null.go", "hooks/test/test.go", "hooks/test/test_test.go", "logrus_test.go"],
      "hooks/null/null.go",
      "a test in a new file `hooks/null/null_test.go`",
    ],
  ] as const)("%s", (_name, tree, source, expected) => {
    expect(describeSuggestedTests(source, layoutOf([...tree]))).toBe(expected);
  });
});

describe("describeSuggestedTests finds the test folder that mirrors the source's", () => {
  it("names tests/integrations/redis/ for sentry_sdk/integrations/redis/_sync_common.py", () => {
    const layout = layoutOf([
      "sentry_sdk/integrations/redis/_sync_common.py",
      "tests/integrations/redis/test_redis.py",
      "tests/integrations/redis/cluster/test_redis_cluster.py",
      "tests/integrations/httpx/test_httpx.py",
    ]);
    expect(describeSuggestedTests("sentry_sdk/integrations/redis/_sync_common.py", layout)).toBe("a test in `tests/integrations/redis/`, where its tests are");
  });
  it("does not take a generic folder name (lib/, src/) for a mirror", () => {
    const layout = layoutOf(["lib/rack/lint.rb", "test/spec_lint.rb", "test/lib/helper_test.rb"]);
    expect(describeSuggestedTests("lib/rack/lint.rb", layout)).not.toContain("where its tests are");
  });
});

describe("Kotlin multiplatform source sets (#11)", () => {
  const kmp = (...tests: string[]) =>
    layoutOf([
      "kotlinpoet/build.gradle.kts",
      "kotlinpoet/src/commonMain/kotlin/com/squareup/kotlinpoet/NameAllocator.kt",
      "kotlinpoet/src/nonJvmMain/kotlin/com/squareup/kotlinpoet/CodePoint.nonJvm.kt",
      "kotlinpoet/src/jvmMain/kotlin/com/squareup/kotlinpoet/CodePoint.jvm.kt",
      ...tests,
    ]);
  const jvmOnly = kmp("kotlinpoet/src/jvmTest/kotlin/com/squareup/kotlinpoet/CodeBlockTest.kt");
  const withCommon = kmp(
    "kotlinpoet/src/jvmTest/kotlin/com/squareup/kotlinpoet/CodeBlockTest.kt",
    "kotlinpoet/src/commonTest/kotlin/com/squareup/kotlinpoet/NameAllocatorTest.kt",
  );

  it("never suggests jvmTest for nonJvmMain code, and names no file when no test source set can run it", () => {
    expect(suggestTests("kotlinpoet/src/nonJvmMain/kotlin/com/squareup/kotlinpoet/CodePoint.nonJvm.kt", jvmOnly)).toEqual([]);
    expect(platformWithoutTests("kotlinpoet/src/nonJvmMain/kotlin/com/squareup/kotlinpoet/CodePoint.nonJvm.kt", jvmOnly)).toBe(true);
  });

  it("suggests commonTest for nonJvmMain code where the module has it, named without the platform suffix", () => {
    expect(suggestTests("kotlinpoet/src/nonJvmMain/kotlin/com/squareup/kotlinpoet/CodePoint.nonJvm.kt", withCommon)).toEqual([
      "kotlinpoet/src/commonTest/kotlin/com/squareup/kotlinpoet/CodePointTest.kt",
    ]);
    expect(platformWithoutTests("kotlinpoet/src/nonJvmMain/kotlin/com/squareup/kotlinpoet/CodePoint.nonJvm.kt", withCommon)).toBe(false);
  });

  it("keeps jvmTest for jvmMain code and finds a common file's existing test in any test source set", () => {
    expect(suggestTests("kotlinpoet/src/jvmMain/kotlin/com/squareup/kotlinpoet/CodePoint.jvm.kt", jvmOnly)).toEqual([
      "kotlinpoet/src/jvmTest/kotlin/com/squareup/kotlinpoet/CodePointTest.kt",
    ]);
    expect(suggestTests("kotlinpoet/src/commonMain/kotlin/com/squareup/kotlinpoet/NameAllocator.kt", withCommon)).toEqual([
      "kotlinpoet/src/commonTest/kotlin/com/squareup/kotlinpoet/NameAllocatorTest.kt",
    ]);
  });
});

describe("Kotlin multiplatform test source sets are tests (#11, set 21)", () => {
  const layout = layoutOf([
    "kotest-common/build.gradle.kts",
    "kotest-common/src/commonMain/kotlin/io/kotest/common/Platform.kt",
    "kotest-common/src/jvmMain/kotlin/io/kotest/common/reflection/reflection.kt",
    "kotest-common/src/jvmTest/kotlin/io/kotest/common/BestNameTest.kt",
    "kotest-common/src/jvmTest/kotlin/io/kotest/common/TestData.kt",
    "kotest-common/src/commonTest/kotlin/io/kotest/common/PlatformTest.kt",
  ]);

  it("counts a helper in a test source set among the project's tests, not its sources", () => {
    expect(layout.testsPerProject.get("kotest-common")).toBe(3);
  });

  it("names a new test of a file of top-level functions as a class, in the source set that runs it", () => {
    expect(suggestTests("kotest-common/src/jvmMain/kotlin/io/kotest/common/reflection/reflection.kt", layout)).toEqual([
      "kotest-common/src/jvmTest/kotlin/io/kotest/common/reflection/ReflectionTest.kt",
    ]);
  });

  it("names commonMain code's existing test in commonTest", () => {
    expect(suggestTests("kotest-common/src/commonMain/kotlin/io/kotest/common/Platform.kt", layout)).toEqual([
      "kotest-common/src/commonTest/kotlin/io/kotest/common/PlatformTest.kt",
    ]);
  });

  it("keeps an existing test spelt as its file is", () => {
    const lower = layoutOf([...layout.files, "kotest-common/src/jvmTest/kotlin/io/kotest/common/reflection/reflectionTest.kt"]);
    expect(suggestTests("kotest-common/src/jvmMain/kotlin/io/kotest/common/reflection/reflection.kt", lower)).toEqual([
      "kotest-common/src/jvmTest/kotlin/io/kotest/common/reflection/reflectionTest.kt",
    ]);
  });
});

describe("shared test suites (#11)", () => {
  it("names the suite a config-only test subclasses (FtpAdapterTestCase), not the subclass", () => {
    const layout = layoutOf([
      "composer.json",
      "src/Ftp/FtpAdapter.php",
      "src/Ftp/FtpAdapterTest.php",
      "src/Ftp/FtpAdapterTestCase.php",
      "src/Local/LocalAdapterTest.php",
    ]);
    expect(describeSuggestedTests("src/Ftp/FtpAdapter.php", layout)).toBe("`src/Ftp/FtpAdapterTestCase.php`");
  });

  it("keeps the test of its own name where there is no suite", () => {
    const layout = layoutOf(["composer.json", "src/Local/LocalAdapter.php", "src/Local/LocalAdapterTest.php", "src/AdapterTestCase.php"]);
    expect(describeSuggestedTests("src/Local/LocalAdapter.php", layout)).toBe("`src/Local/LocalAdapterTest.php`");
  });
});

describe("components with tests of their own (#11)", () => {
  const layout = layoutOf(["pyproject.toml", "werkzeug/debug/tbtools.py", "werkzeug/routing.py", "tests/test_routing.py", "tests/test_utils.py"]);
  it.each([
    ["werkzeug/debug/tbtools.py", false],
    ["werkzeug/routing.py", true],
  ])("%s has tests named for it or its folder: %s", (path, has) => {
    expect(componentHasTests(path, layout)).toBe(has);
  });
});

describe("tests kept beside their sources (#11)", () => {
  const layout = layoutOf([
    "composer.json",
    "src/Config.php",
    "src/ConfigTest.php",
    "src/Filesystem.php",
    "src/FilesystemTest.php",
    "src/Ftp/FtpAdapter.php",
    "src/Ftp/FtpAdapterTest.php",
    "src/Ftp/FtpConnectionProvider.php",
    "src/Ftp/FtpConnectionProviderTest.php",
    "src/Ftp/FtpConnectionOptions.php",
    "src/AsyncAwsS3/AsyncAwsS3Adapter.php",
    "src/AsyncAwsS3/AsyncAwsS3AdapterTest.php",
    "src/UnableToCreateDirectory.php",
  ]);
  it.each([
    ["src/Ftp/FtpConnectionOptions.php", "a test in a new file `src/Ftp/FtpConnectionOptionsTest.php` following `src/Ftp/FtpConnectionProviderTest.php`"],
    ["src/UnableToCreateDirectory.php", "a test in a new file `src/UnableToCreateDirectoryTest.php` following `src/ConfigTest.php`"],
  ])("%s gets its new test in its own folder, following a test of that folder", (path, expected) => {
    expect(describeSuggestedTests(path, layout)).toBe(expected);
  });
});

describe("the test a new one follows (#11)", () => {
  it("is a test of the same folder, but never a Go runnable example", () => {
    const layout = layoutOf(["go.mod", "encoding.go", "finder.go", "finder_example_test.go", "finder_test.go", "internal/encoding/encoder_test.go"]);
    expect(describeSuggestedTests("encoding.go", layout)).toBe("a test in a new file `encoding_test.go` following `finder_test.go`");
  });
});

describe("a test project named with the word inside (#11, judged set 7)", () => {
  it.each([
    ["contrib/Test/AutofacContrib.Tests.AggregateService", "contrib/Source/AutofacContrib.AggregateService", true],
    ["src/Test/Autofac.Tests.Integration.Mef", "src/Source/Autofac.Integration.Mef", true],
    ["test/RestSharp.Tests.Integrated", "src/RestSharp", true],
    ["contrib/Test/AutofacContrib.Tests.Moq", "contrib/Source/AutofacContrib.AggregateService", false],
    ["test/RestSharp.Serializers.Xml.Tests", "src/RestSharp", false],
  ])("%s tests %s: %s", (testRoot, root, expected) => {
    expect(sameOrEnclosingProject(testRoot, root)).toBe(expected);
  });
});

describe("websites kept beside the product (#11, judged set 7)", () => {
  const formik = layoutOf(["package.json", "src/Formik.tsx", "test/Formik.test.tsx", "website/package.json", "website/src/pages/blog/index.tsx"]);
  it("a page of website/ with no tests of its own is no source to test", () => {
    expect(siteWithoutTests("website/src/pages/blog/index.tsx", formik)).toBe(true);
    expect(siteWithoutTests("src/Formik.tsx", formik)).toBe(false);
  });
  it("a folder of any name that holds a site generator's config is a website", () => {
    const docusaurus = layoutOf(["handbook/docusaurus.config.ts", "handbook/src/pages/index.tsx", "lib/a.js", "test/a.test.js"]);
    expect(siteWithoutTests("handbook/src/pages/index.tsx", docusaurus)).toBe(true);
  });
  it("a website with tests of its own, or a `www/` web root that is no project of its own, is tested like any code", () => {
    expect(siteWithoutTests("website/src/a.ts", layoutOf(["website/package.json", "website/src/a.ts", "website/test/a.test.ts"]))).toBe(false);
    expect(siteWithoutTests("www/checkout.php", layoutOf(["composer.json", "www/checkout.php", "tests/CartTest.php"]))).toBe(false);
    expect(siteWithoutTests("www/src/a.ts", layoutOf(["www/package.json", "www/src/a.ts", "test/b.test.ts"]))).toBe(true);
  });
});

describe("the folders a finding names (#11, judged set 7)", () => {
  it("the folder of the test file it names", () => {
    const layout = layoutOf(["src/main/java/a/Foo.java", "src/test/java/a/FooTest.java"]);
    expect(suggestedTestFolders("src/main/java/a/Foo.java", layout)).toEqual(["src/test/java/a"]);
  });
  it("none when it names no place", () => {
    expect(suggestedTestFolders("src/a/foo.ts", layoutOf(["src/a/foo.ts", "test/cancel.ts"]))).toEqual([]);
  });
});

describe("examples are never the test to update (#11, judged set 7)", () => {
  it("JUnit 3's TestHelpFormatter, not HelpFormatterExamples, and no examples file alone", () => {
    const files = ["src/java/org/apache/commons/cli/HelpFormatter.java", "src/test/org/apache/commons/cli/HelpFormatterExamples.java"];
    const source = files[0];
    expect(describeSuggestedTests(source, layoutOf([...files, "src/test/org/apache/commons/cli/TestHelpFormatter.java"]))).toBe(
      "`src/test/org/apache/commons/cli/TestHelpFormatter.java`",
    );
    expect(describeSuggestedTests(source, layoutOf(files))).not.toContain("Examples");
  });
});

describe("sameLanguageFamily", () => {
  it("pairs a language with itself and with the languages that call it, asked again and again", () => {
    for (let round = 0; round < 2; round++) {
      expect(sameLanguageFamily("src/a.ts", "test/a.test.js")).toBe(true);
      expect(sameLanguageFamily("src/A.KT", "src/test/ATest.java")).toBe(true);
      expect(sameLanguageFamily("lib/a.rb", "spec/a_spec.rb")).toBe(true);
      expect(sameLanguageFamily("Makefile", "bin/run")).toBe(true);
      expect(sameLanguageFamily("src/a.py", "tests/test_a.pyi")).toBe(false);
      expect(sameLanguageFamily("src/a.ts", "src/a.java")).toBe(false);
      expect(sameLanguageFamily("src/a.js", "src/js")).toBe(false);
    }
  });
});
