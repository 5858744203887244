import { indexImports, moduleKey } from "../../src/text/test-imports.js";
import { addedFile } from "../helpers/make-change.js";

describe("moduleKey", () => {
  it.each([
    ["src/a/b.ts", "src/a/b"],
    ["src/a/index.tsx", "src/a"],
    ["pkg/mod/__init__.py", "pkg/mod"],
    ["lib/x.mjs", "lib/x"],
  ])("%s → %s", (path, key) => expect(moduleKey(path)).toBe(key));
});

describe("indexImports", () => {
  const tests = [
    addedFile("test/github/flows.test.ts", ['import { publishReview } from "../../src/github/publish-review.js";', 'const x = require("../helpers/y");']),
    addedFile("tests/test_billing.py", ["from shop.billing.invoice import total", "import shop.util"]),
    addedFile("test/dyn.test.js", ['const m = await import("../src/lazy.js");']),
  ];
  const importers = indexImports(tests);

  it("resolves relative JS/TS imports, requires and dynamic imports against the test's folder", () => {
    expect(importers("src/github/publish-review.ts").map((t) => t.path)).toEqual(["test/github/flows.test.ts"]);
    expect(importers("test/helpers/y.ts").map((t) => t.path)).toEqual(["test/github/flows.test.ts"]);
    expect(importers("src/lazy.ts").map((t) => t.path)).toEqual(["test/dyn.test.js"]);
  });

  it("maps Python dotted imports onto path suffixes", () => {
    expect(importers("src/shop/billing/invoice.py").map((t) => t.path)).toEqual(["tests/test_billing.py"]);
    expect(importers("shop/util.py").map((t) => t.path)).toEqual(["tests/test_billing.py"]);
  });

  it("finds nothing for a module no test imports", () => {
    expect(importers("src/other.ts")).toEqual([]);
  });
});

describe("Go package imports", () => {
  const importers = indexImports([
    addedFile("binding/json_test.go", ["import (", '\t"testing"', '\tcodec "github.com/gin-gonic/gin/codec/json"', ")"]),
    addedFile("other_test.go", ['import "github.com/acme/app/internal/store"']),
  ]);
  it("a test importing a package covers that package's files", () => {
    expect(importers("codec/json/api.go").map((t) => t.path)).toEqual(["binding/json_test.go"]);
    expect(importers("internal/store/db.go").map((t) => t.path)).toEqual(["other_test.go"]);
  });
  it("not another package", () => {
    expect(importers("codec/yaml/api.go")).toEqual([]);
  });
});
