import { changed } from "../helpers/base-head.js";
import { testRule } from "../helpers/rule-tester.js";

// Session 15 (#11): python-dotenv 9f1ffc3df1 rewrites `.env` with `fileinput.input(path, inplace=True)`,
// under which stdout is the file: its `print(line, end='')` writes the file, judged *wrong* as a leftover.
const BASE = ["import fileinput", "", "", "def set_key(dotenv_path, key, value):", "    return True, key, value"];
const setKey = (open: string) => [
  "import fileinput",
  "",
  "",
  "def set_key(dotenv_path, key, value):",
  "    replaced = False",
  `    for line in ${open}:`,
  "        if line.startswith(key + '='):",
  "            line = '%s=%s\\n' % (key, value)",
  "            replaced = True",
  "        print(line, end='')",
  "    return replaced, key, value",
];

testRule("no-debug-statements", {
  valid: [
    {
      name: "Python: a print inside a fileinput loop with inplace=True writes the file it rewrites",
      ...changed("dotenv/main.py", BASE.join("\n"), setKey("fileinput.input(dotenv_path, inplace=True)").join("\n")),
    },
    {
      name: "Python: FileInput with inplace=1 too",
      ...changed("dotenv/main.py", BASE.join("\n"), setKey("fileinput.FileInput(dotenv_path, inplace=1)").join("\n")),
    },
  ],
  invalid: [
    {
      name: "Python: a fileinput loop that only reads still prints to the console",
      ...changed("dotenv/main.py", BASE.join("\n"), setKey("fileinput.input(dotenv_path)").join("\n")),
      findings: [{ messageId: "debug", line: 10 }],
    },
  ],
});
