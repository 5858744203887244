import { addedFile, change } from "../helpers/make-change.js";
import { testRule } from "../helpers/rule-tester.js";

/**
 * Session 16 (#11): chalk's tests print a template that must throw, then fail if it did not
 * (`try { console.log(ctx`{bold …`); assert.fail(); } catch (err) { … }`; judged wrong twice on set 16):
 * the print never runs to the end on a passing test: the test's failure report right after a print
 * makes it the failure's diagnostic, as `t.Fatal` does. A print in a try that goes on is a leftover.
 */
const one = (lines: string[]) => change([addedFile("test/template-literal.js", lines, 1, { status: "added" })]);
const around = (fail: string) => [
  "test('throws on a bad argument', t => {",
  "\tconst ctx = m.constructor({level: 3});",
  "\ttry {",
  "\t\tconsole.log(ctx`{keyword(????) hi}`);",
  `\t\t${fail}`,
  "\t} catch (err) {",
  "\t\tt.is(err.message, 'Invalid Chalk template style argument');",
  "\t}",
  "});",
];

testRule("no-debug-statements", {
  valid: [
    { name: "JavaScript: t.fail() after the print", change: one(around("t.fail();")) },
    { name: "JavaScript: assert.fail() after the print", change: one(around("assert.fail();")) },
  ],
  invalid: [{ name: "JavaScript: the try goes on after the print", change: one(around("t.pass();")), findings: [{ messageId: "debug", line: 4 }] }],
});
