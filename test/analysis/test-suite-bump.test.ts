import { bumpsTestSuite } from "../../src/analysis/tests/test-suite-bump.js";
import { addedFile } from "../helpers/make-change.js";

// A shared test suite's package bumped in a manifest is the change's tests (#11); other bumps are not.
describe("bumpsTestSuite", () => {
  it.each([
    ["package.json", '    "postcss-parser-tests": "^8.5.1",'],
    ["package.json", '    "@scope/test-suite": "2.0.0",'],
    ["package.json", '    "test262": "git+https://github.com/tc39/test262#abc123",'],
    ["Cargo.toml", 'html5lib-tests = "0.3"'],
    ["Cargo.toml", 'spec-tests = { version = "1.2", path = "../spec-tests" }'],
    ["requirements-dev.txt", "jsonschema-test-suite==2.1"],
    ["Gemfile", 'gem "conformance", "~> 2.1"'],
    ["go.mod", "\tgithub.com/json-schema-org/JSON-Schema-Test-Suite v0.0.0-20240101000000-abcdef123456"],
  ])("%s: %s", (path, line) => {
    expect(bumpsTestSuite(addedFile(path, [line]))).toBe(true);
  });

  it.each([
    ["package.json", '    "nanospy": "^0.5.0",'],
    ["package.json", '    "testing-library": "^1.0.0",'],
    ["Cargo.toml", 'serde = "1.0"'],
    // A test library, not a suite of cases.
    ["Gemfile", 'gem "rack-test", "~> 2.1"'],
    ["go.mod", "\tgithub.com/stretchr/testify v1.9.0"],
    // Not a manifest, or a manifest the change adds.
    ["tests.json", '    "postcss-parser-tests": "^8.5.1",'],
  ])("not %s: %s", (path, line) => {
    expect(bumpsTestSuite(addedFile(path, [line]))).toBe(false);
  });

  it("not in a manifest the change adds", () => {
    expect(bumpsTestSuite(addedFile("package.json", ['    "postcss-parser-tests": "^8.5.1",'], 1, { status: "added" }))).toBe(false);
  });
});
