import { introducesExample } from "../../src/analysis/example-intro.js";
import { grammarRule } from "../../src/analysis/grammar-notation.js";
import { silencesDebugLint } from "../../src/analysis/debug-lint-suppression.js";

describe("introducesExample", () => {
  // Session 20: prose that offers the code under it ("You can also …", "Alternatively", "Uncomment to …", "To use …").
  it.each([
    "Allow",
    "For example:",
    "Pads the value, e.g.",
    "Such as",
    "Accepted forms:",
    "You can also use plugin with opts in fastify v2",
    "Alternatively, register it by hand",
    "Uncomment to serve assets from a CDN",
    "To use the callback API",
  ])("%s introduces an example", (text) => {
    expect(introducesExample(text)).toBe(true);
  });
  it.each([
    "Old version:",
    "previous implementation:",
    "debug:",
    "TODO: re-enable:",
    "Check the name",
    "",
    "You can remove this once v2 is gone",
    "Uncomment for debugging",
    "You can also see the old implementation",
    "Callback version",
  ])("%s does not", (text) => {
    expect(introducesExample(text)).toBe(false);
  });
});

describe("grammarRule", () => {
  it.each(["val = string / boolean / array / inline-table", "<expr> ::= <term> | <expr> '+' <term>", "ws = *wschar / %x20 / ml-newline"])(
    "%s is grammar",
    (text) => {
      expect(grammarRule(text)).toBe(true);
    },
  );
  it.each(["val = total / count / scale", "x = a / b", "val = parse(string / boolean / array)"])("%s is not", (text) => {
    expect(grammarRule(text)).toBe(false);
  });
});

describe("silencesDebugLint", () => {
  it.each([
    "import pdb  # noqa: T100",
    "    import ipdb  # noqa: T100,PLC0415",
    "console.log(x); // eslint-disable-line no-console",
    "// eslint-disable-next-line no-debugger",
    "puts x # rubocop:disable Rails/Output",
    "#[allow(clippy::print_stdout)]",
    '@SuppressWarnings("SystemOut")',
    "fmt.Println(x) //nolint:forbidigo",
    "// biome-ignore lint/suspicious/noConsoleLog: CLI",
  ])("%s silences the debug lint", (text) => {
    expect(silencesDebugLint(text)).toBe(true);
  });
  it.each(["print(x)  # noqa: E501", "console.log(x); // eslint-disable-line no-unused-vars", '@SuppressWarnings("unchecked")', "print(x)"])(
    "%s does not",
    (text) => {
      expect(silencesDebugLint(text)).toBe(false);
    },
  );
});
