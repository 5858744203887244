import { addedFile, change } from "../helpers/make-change.js";
import { testRule } from "../helpers/rule-tester.js";

// Set 45 (#11).
const one = (path: string, lines: string[]) => change([addedFile(path, lines)]);
const at = (path: string, lines: string[]) => ({
  change: one(path, lines),
  lookups: { issues: new Map(), fileContents: new Map([[path, lines.join("\n")]]) },
});

// ruby/pp f204df3: a test's PP subclass overrides `pp_hash`, whose bare `pp k` is PP#pp, formatting into the output.
const printer = (superclass: string) => [
  "class PPInheritedTest < Test::Unit::TestCase",
  `  class PPSymbolHash < ${superclass}`,
  "    def pp_hash(obj)",
  '      group(1, "{", "}") {',
  "        seplist(obj, nil, :each_pair) {|k, v|",
  "          pp k",
  '          text "=>"',
  "        }",
  "      }",
  "    end",
  "  end",
  "end",
];

// h11 a6b360d: a root script headed "# Minimal, for experimentation", printing each event it receives.
const client = (header: string) => [
  header,
  "",
  "import curio",
  "import h11",
  "from urllib.parse import urlsplit",
  "",
  "def get_target(split):",
  "    if split.query:",
  "        return split.path + b'?' + split.query",
  "    return split.path",
  "",
  "async def do_send(c, event, sock):",
  "    data = c.send(event)",
  "    await sock.sendall(data)",
  "",
  "async def request(method, url, body=b''):",
  "    c = h11.Connection(client_side=True)",
  "    sock = curio.open_connection('x', 80)",
  "    async with sock:",
  "        await do_send(c, h11.EndOfMessage(), sock)",
  "        while True:",
  "            chunk = await sock.recv(10000)",
  "            for event in c.receive_data(chunk):",
  "                print(event)",
];

// Set 46: doc2dash e0e812d33a's logging handler binds `print` to rich's console or its error console, then calls it.
const handler = (bind: string) => [
  "class RichEchoHandler(logging.Handler):",
  "    def emit(self, record):",
  "        if record.levelno >= logging.WARN:",
  `            ${bind}`,
  "        else:",
  "            other = 1",
  "        print(record.getMessage(), style='red')",
];

// Set 47: hyperframe fa0f8bb812's `Frame.explain`, a debugging aid whose docstring says it parses a frame and prints it.
const explain = (doc: string) => [
  "class Frame:",
  "    @staticmethod",
  "    def explain(data):",
  '        """',
  `        ${doc}`,
  "",
  "        :param data: A memoryview object containing the raw data of at least",
  "                     one complete frame (header and body).",
  '        """',
  "        frame, length = Frame.parse_frame_header(data[:9])",
  "        frame.parse_body(data[9:9 + length])",
  "        print(frame)",
  "        return frame, length",
];

// Set 49: ansi-styles 25ce083897's test prints its colour chart under `// generates the screenshot` for the readme.
const chart = (note: string) => [
  "/*global describe */",
  "'use strict';",
  "var assert = require('assert');",
  "var ansi = require('./ansi-styles');",
  "",
  note,
  "console.log(ansi.green[0] + 'Styles:' + ansi.green[1] + '\\n');",
  "",
  "Object.keys(ansi).forEach(function (el) {",
  "  process.stdout.write(ansi[el][0] + el + ansi.reset + ' ');",
  "});",
  "",
  "describe('ansiStyles()', function () {",
  "  it('should return ANSI escape codes', function () {",
  "    assert.equal(ansi.green[0], '\\u001b[32m');",
  "  });",
  "});",
];

testRule("no-debug-statements", {
  valid: [
    {
      name: "JavaScript: a print under a note that it generates the screenshot (ansi-styles 25ce083897, set 49)",
      change: one("test.js", chart("// generates the screenshot")),
    },
    {
      name: "Python: a function whose docstring says it prints (hyperframe fa0f8bb812, set 47)",
      change: one("src/hyperframe/frame.py", explain("Takes a bytestring and tries to parse a single frame and print it.")),
    },
    {
      name: "Python: print bound to a console's print (doc2dash e0e812d33a, set 46)",
      change: one("src/doc2dash/output.py", handler("print = error_console.print")),
    },
    { name: "Ruby: a PP subclass's bare pp is the printer's own (ruby/pp f204df3)", change: one("test/test_pp.rb", printer("PP")) },
    { name: "Ruby: the same under ::PrettyPrint", change: one("test/test_pp.rb", printer("::PrettyPrint")) },
    {
      name: "Python: a root script for experimentation prints what it is run to see (h11 a6b360d)",
      ...at("client.py", client("# Minimal, for experimentation")),
    },
  ],
  invalid: [
    { name: "JavaScript: the same under another note", change: one("test.js", chart("// check the colours")), findings: [{ messageId: "debug", line: 7 }] },
    {
      name: "Python: the same function documented for what it returns",
      change: one("src/hyperframe/frame.py", explain("Takes a bytestring and parses a single frame.")),
      findings: [{ messageId: "debug", line: 12 }],
    },
    {
      name: "Python: print set to a constant is no printer of its own",
      change: one("src/doc2dash/output.py", handler("print = None")),
      findings: [{ messageId: "debug", line: 7 }],
    },
    {
      name: "Ruby: a bare pp in a class built on something else",
      change: one("test/test_pp.rb", printer("Object")),
      findings: [{ messageId: "debug", line: 6 }],
    },
    {
      name: "Python: the same script without the header",
      ...at("client.py", client("# HTTP client")),
      findings: [{ messageId: "debug", line: 24 }],
    },
    {
      name: "Python: a package's module saying so is still the package's",
      ...at("h11/client.py", client("# Minimal, for experimentation")),
      findings: [{ messageId: "debug", line: 24 }],
    },
  ],
});
