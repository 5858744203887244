import type { Lookups } from "../../src/engine/rule.js";
import { addedFile, change } from "../helpers/make-change.js";
import { testRule } from "../helpers/rule-tester.js";

// Session 29 (#11), from set 29's findings, at the default options:
// - minio-go's `functional_tests.go` (`package main`, run by its CI against a server) is its test suite: taken for
//   source, it drew fifteen "changed without a change to its tests" findings, and its changes did not cover the API.
// - mongoose writes its methods as `Query.prototype.exec = function exec(op) {…}`: new branches there counted for
//   nothing, so a fix that added them was never asked for a test.
// - mongoose d3ea3abe6 "re-apply changes for #13249" put back a check whose test (asserting its message) stayed.
// - RxJava 78b29f7967 edited Javadoc in its 1.1 MB `Flowable.java`, too large to parse: the comment's lines read as code.

const GO_API = "api-list.go";
const goBase = ["package minio", "", "func (c *Client) ListBuckets() ([]string, error) {", "\treturn nil, nil", "}", ""];
const goAdded = [
  "func (c *Client) ListObjectsIter(prefix string, recursive bool) ([]string, error) {",
  '\tif prefix == "" {',
  "\t\treturn nil, errInvalidArgument",
  "\t}",
  "\tfor _, p := range c.pages(prefix) {",
  '\t\tif recursive && p != "" {',
  "\t\t\treturn []string{p}, nil",
  "\t\t}",
  "\t}",
  "\treturn nil, nil",
  "}",
];
const functional = [
  "func testListObjectsIter() {",
  "\tc := newClient()",
  '\tif _, err := c.ListObjectsIter("a", true); err != nil {',
  "\t\tlogFailure(err)",
  "\t}",
  "}",
];
const goTree: Lookups = {
  issues: new Map(),
  fileTree: [GO_API, "functional_tests.go", "api_unit_test.go", "go.mod"],
  fileContents: new Map([[GO_API, [...goBase, ...goAdded].join("\n")]]),
  baseContents: new Map([[GO_API, goBase.join("\n")]]),
};
const goApi = () => addedFile(GO_API, goAdded, goBase.length + 1);
const goSuite = () => addedFile("functional_tests.go", functional, 400);

const JS = "lib/query.js";
const jsBase = [
  "'use strict';",
  "function Query() {}",
  "Query.prototype.exec = async function exec(op) {",
  "  if (op) this.op = op;",
  "  let thunk = '_' + this.op;",
  "  return this[thunk]();",
  "};",
  "module.exports = Query;",
];
const jsAdded = [
  "  if (this.options && this.options.sort) {",
  "    const keys = Object.keys(this.options.sort);",
  "    if (keys.includes('')) {",
  "      throw new Error('Invalid field \"\" passed to sort()');",
  "    }",
  "  }",
];
const jsHead = [...jsBase.slice(0, 4), ...jsAdded, ...jsBase.slice(4)];
const jsLookups = (queryTest: string): Lookups => ({
  issues: new Map(),
  // Tests named for one of its parts sort after the one named for the file alone.
  fileTree: [JS, "test/query.test.js", "test/helpers/query.castUpdate.test.js", "test/helpers/query.cast$expr.test.js"],
  fileContents: new Map([
    [JS, jsHead.join("\n")],
    ["test/query.test.js", queryTest],
    ["test/helpers/query.castUpdate.test.js", "it('casts', () => { assert.ok(castUpdate()); });"],
    ["test/helpers/query.cast$expr.test.js", "it('casts $expr', () => { assert.ok(castExpr()); });"],
  ]),
  baseContents: new Map([[JS, jsBase.join("\n")]]),
});
const jsChange = () => change([addedFile(JS, jsAdded, 5)]);
const assertsMessage = "it('sort', async () => {\n  await assert.rejects(Q.find().sort({ '': 1 }), { message: 'Invalid field \"\" passed to sort()' });\n});";

// A Java class past the parser's size limit (1,000,000 characters), its methods documented by Javadoc.
const JAVA = "src/main/java/io/reactivex/rxjava3/core/Flowable.java";
const method = (i: number) => [
  "    /**",
  `     * Returns a Flowable that emits item ${i} of the source.`,
  "     * <dd>The operator honors backpressure from downstream.</dd>",
  "     */",
  `    public final Flowable<T> op${i}(int count) {`,
  `        return RxJavaPlugins.onAssembly(new FlowableOp<>(this, count + ${i}));`,
  "    }",
];
const javaBody = Array.from({ length: 4200 }, (_, i) => method(i)).flat();
const javaHead = (extra: string[]) => ["package io.reactivex.rxjava3.core;", "public abstract class Flowable<T> {", ...extra, ...javaBody, "}"];
const javaLookups = (extra: string[]): Lookups => ({
  issues: new Map(),
  fileTree: [JAVA, "src/test/java/io/reactivex/rxjava3/flowable/FlowableTest.java"],
  fileContents: new Map([[JAVA, javaHead(extra).join("\n")]]),
  baseContents: new Map([[JAVA, javaHead([]).join("\n")]]),
});
const javadoc = [
  "    /**",
  "     * Scans the source; the downstream request pattern is not preserved across this operator.",
  "     * <dd>Backpressure: honored.</dd>",
  "     */",
];
const code = [
  "    public final Flowable<T> limitTo(int count) {",
  '        if (count < 0) throw new IllegalArgumentException("count >= 0 required");',
  "        for (int i = 0; i < count; i++) { if (i == count - 1) return this; }",
  "        return empty();",
  "    }",
];

testRule("tests-required", {
  valid: [
    { name: "Go: the API and the functional suite that calls it change together (minio-go)", change: change([goApi(), goSuite()]), lookups: goTree },
    { name: "Go: a change to the functional suite alone asks for no test of it", change: change([goSuite()]), lookups: goTree },
    {
      name: "JS: a prototype method's new branch whose message an existing test asserts (mongoose d3ea3abe6)",
      change: jsChange(),
      lookups: jsLookups(assertsMessage),
    },
    {
      name: "Java: a Javadoc edited in a file too large to parse (RxJava 78b29f7967)",
      change: change([addedFile(JAVA, javadoc, 3)]),
      lookups: javaLookups(javadoc),
    },
  ],
  invalid: [
    {
      name: "Java: a method with branches added to the same file",
      change: change([addedFile(JAVA, code, 3)]),
      lookups: javaLookups(code),
      findings: [{ messageId: "missingTests" }],
    },
    { name: "Go: the API changed alone", change: change([goApi()]), lookups: goTree, findings: [{ messageId: "missingTests" }] },
    {
      name: "JS: new branches in a prototype method count as a method's do, and the test named for the file alone is suggested",
      change: jsChange(),
      lookups: jsLookups("it('finds', async () => { assert.ok(await Q.find()); });"),
      findings: [{ messageId: "missingTests", data: { path: "`lib/query.js`", expected: "`test/query.test.js`" } }],
    },
  ],
});
