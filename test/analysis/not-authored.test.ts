import { notAuthored } from "../../src/analysis/not-authored.js";
import { addedFile, change } from "../helpers/make-change.js";

describe("notAuthored", () => {
  it.each([
    ["vendor/github.com/x/y.go"],
    ["third_party/zlib/inflate.c"],
    ["web/node_modules/left-pad/index.js"],
    ["src/__snapshots__/a.test.ts.snap"],
    ["test/fixtures/app.py"],
    ["pkg/testdata/in.go"],
    ["esm/stripe.core.js"],
    ["cjs/stripe.core.js"],
    ["packages/a/dist/index.mjs"],
    ["build/types/index.d.ts"],
  ])("%s is not authored", (path) => expect(notAuthored(path)).toBeDefined());

  it.each([["lib/rack/parser.rb"], ["src/build/plan.ts"], ["lib/client.js"], ["types/index.d.ts"], ["cmd/build/main.go"]])("%s is authored", (path) =>
    expect(notAuthored(path)).toBeUndefined(),
  );

  it("lib/*.js is build output when its TypeScript source changes with it", () => {
    const c = change([addedFile("lib/client.js", ["x"]), addedFile("src/client.ts", ["x"])]);
    expect(notAuthored("lib/client.js", c)).toMatch(/build output/);
    expect(notAuthored("lib/other.js", c)).toBeUndefined();
  });
});
