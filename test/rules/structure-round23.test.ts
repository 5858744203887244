import { changed } from "../helpers/base-head.js";
import type { InvalidCase, ValidCase } from "../helpers/rule-tester.js";
import { testRule } from "../helpers/rule-tester.js";
import { range } from "../syntax/samples.js";
import { templateLines } from "../../src/analysis/macro-templates.js";
import { rebuiltBundle } from "../../src/analysis/bundled-script.js";
import { bundledBuild } from "../../src/text/bundled-build.js";

/**
 * Set 23's rejected structure findings (#10): a proc macro's `quote!` template counted as the
 * function's steps (futures-rs `stream_select`), and the browserify bundle a project rebuilds at
 * its root (chai's `chai.js`).
 */
const valid: ValidCase[] = [];
const invalid: InvalidCase[] = [];

/** Rust steps with a branch now and then, `n` lines, each its own. */
const steps = (n: number, from = 0) =>
  range(n, (i) => ((i + from) % 4 === 0 ? `    if x == ${i + from} { y += ${i + from}; }` : `    let v${i + from} = compute(${i + from});`));
/** A `quote!` template of `n` lines of generated items. */
const template = (n: number) => ["    Ok(quote! {", ...range(n, (i) => `        fn generated_${i}(&self) -> u32 { self.field_${i} + #offset }`), "    })"];
const rustFn = (lines: string[]) => ["pub(crate) fn expand(input: TokenStream) -> Result<TokenStream, syn::Error> {", ...lines, "}", ""].join("\n");

valid.push({
  name: "a proc macro of 20 steps whose quote! template is 80 lines: the template is output, not steps",
  ...changed("macros/src/expand.rs", undefined, rustFn([...steps(20), ...template(80)])),
});
invalid.push({
  name: "a function of 90 steps with a short quote! is long by its own steps",
  ...changed("macros/src/expand.rs", undefined, rustFn([...steps(90), ...template(3)])),
  findings: [{ messageId: "tooLong", data: { name: "expand" } }],
});
invalid.push({
  name: "the same 80 lines outside a template are counted",
  ...changed("src/expand.rs", undefined, rustFn([...steps(20), ...range(80, (i) => `    let w${i} = self.field_${i} + offset;`)])),
  findings: [{ messageId: "tooLong", data: { name: "expand" } }],
});

/** A browserify build: its prelude, then the module map with a long bundled function. */
const prelude =
  '(function(){function r(e,n,t){function o(i,f){if(!n[i]){if(!e[i]){var c="function"==typeof require&&require;if(!f&&c)return c(i,!0);if(u)return u(i,!0);var a=new Error("Cannot find module \'"+i+"\'");throw a.code="MODULE_NOT_FOUND",a}var p=n[i]={exports:{}};e[i][0].call(p.exports,function(r){var n=e[i][1][r];return o(n||r)},p,p.exports,r,e,n,t)}return n[i].exports}for(var u="function"==typeof require&&require,i=0;i<t.length;i++)o(t[i]);return o}return r})()({1:[function(require,module,exports){';
const jsFn = (name: string, n: number, from = 0) => [
  `function ${name}(x) {`,
  ...range(n, (i) => ((i + from) % 4 === 0 ? `  if (x === ${i + from}) { y += ${i + from}; }` : `  var v${i + from} = compute(${i + from});`)),
  "}",
];
const bundle = (fnLines: number) => [prelude, ...range(200, (i) => `var k${i} = ${i};`), ...jsFn("inspect", fnLines), "},{}]},{},[1]);", ""].join("\n");
const handWritten = (fnLines: number) => [...range(200, (i) => `var k${i} = ${i};`), ...jsFn("inspect", fnLines), ""].join("\n");

valid.push({
  name: "a browserify bundle at the root, a bundle at base too, rebuilt with a long function in it",
  ...changed("chai.js", bundle(10), bundle(120)),
});
invalid.push({
  name: "a hand-written script given a bundler's prelude in this change is still judged",
  ...changed("chai.js", handWritten(10), bundle(120)),
  findings: [{ messageId: "addsBlock", data: { name: "inspect" } }],
});

testRule("max-function-length", { valid, invalid });

describe("templateLines", () => {
  const lines = (text: string[]) => templateLines((l) => text[l - 1] ?? "", { start: 1, end: text.length });
  it.each([
    ["a braced quote! over lines", ["let a = 1;", "quote! {", "  struct S;", "  impl S {}", "}", "let b = 2;"], [3, 4, 5]],
    ["quote_spanned! with parentheses", ["quote_spanned!(span=>", "  x + y", ")"], [2, 3]],
    ["a one-line quote! leaves the next lines out", ["let t = quote! { #x };", "let u = 3;"], []],
    ["two templates one after the other", ["quote! {", "  a", "}", "step();", "parse_quote! {", "  b", "}"], [2, 3, 6, 7]],
    ["no template: a macro of another name", ["println! {", '  "x"', "}"], []],
  ])("%s", (_name, text, expected) => {
    expect([...lines(text as string[])]).toEqual(expected);
  });
});

describe("bundles", () => {
  it("reads browserify's prelude as a bundler's output, with or without the UMD wrapper", () => {
    expect(bundledBuild(bundle(5))).toBe(true);
    expect(bundledBuild("(function e(t,n,r){function s(o,u){}})({1:[function(require,module,exports){\n")).toBe(true);
    expect(bundledBuild(handWritten(5))).toBe(false);
  });
  it.each([
    ["bundle at both sides", "chai.js", bundle(5), bundle(9), true],
    ["no base (a new file: asset-libraries sets it aside whole)", "chai.js", undefined, bundle(9), false],
    ["a base that was hand-written", "chai.js", handWritten(5), bundle(9), false],
    ["not a script", "chai.ts", bundle(5), bundle(9), false],
    ["too short to be a build", "chai.js", prelude + "\n}", prelude + "\n}", false],
  ])("%s", (_name, path, base, head, expected) => {
    expect(rebuiltBundle(path as string, head as string, base as string | undefined)).toBe(expected);
  });
});
