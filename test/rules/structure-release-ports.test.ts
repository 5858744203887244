import { testRule } from "../helpers/rule-tester.js";
import { addedFile, change, commit } from "../helpers/make-change.js";

/**
 * A change that says it ports code between the project's release lines ("Port JSON configuration to
 * 4.x", quartznet, set 18): the files it adds hold the other line's code, reviewed there, and the
 * structural rules leave them alone unless `check_release_ports` is on (the strict preset).
 */
const titled = (title: string, path: string, lines: string[]) => ({
  change: change([addedFile(path, lines, 1, { status: "added" })], { title, commits: [commit(title)] }),
});

const steps = (n: number, indent: string, end: string) => Array.from({ length: n }, (_, i) => `${indent}a${i + 1} = transform${i + 1}(item, a${i})${end}`);
const PY = [
  "def obtain_lock(items):",
  "    out = []",
  "    for item in items:",
  "        a0 = item.start",
  "        if item.ready:",
  ...steps(90, "            ", ""),
  "        out.append(a0)",
  "    return out",
];
const CS = [
  "namespace Quartz.Redis;",
  "",
  "public sealed class RedisSemaphore",
  "{",
  "    public int ObtainLock(Item[] items)",
  "    {",
  "        var out = 0;",
  "        foreach (var item in items)",
  "        {",
  "            var a0 = item.Start;",
  "            if (item.Ready)",
  "            {",
  ...steps(90, "                var ", ";"),
  "            }",
  "            out += a0;",
  "        }",
  "        return out;",
  "    }",
  "}",
];
const branches = Array.from({ length: 8 }, (_, i) => [
  `        if item.kind == ${i}:`,
  `            if item.value > ${i}:`,
  `                for x in item.parts:`,
  `                    total += x * ${i + 1}`,
]).flat();
const COMPLEX = ["def read_triggers(items):", "    total = 0", "    for item in items:", ...branches, "    return total"];

const deepBranches = Array.from({ length: 3 }, (_, i) => [
  `        if item.kind == ${i}:`,
  `            if item.value > ${i}:`,
  `                for x in item.parts:`,
  `                    if x.ready:`,
  `                        if x.size > ${i}:`,
  `                            total += x.size * ${i + 1}`,
  `                            seen.add(x.key)`,
]).flat();
const DEEP = ["def read_triggers(items):", "    total = 0", "    seen = set()", "    for item in items:", ...deepBranches, "    return total"];

const LINE_PORT = "Port JSON configuration and scheduling data support to 4.x (#3014)";
const BRACKETED = "Port: Add Redis-based distributed lock handler (Quartz.Redis) (4.x) (#3002)";
const BACKPORT = "Backport the cron parser from the 3.x branch";

testRule("max-function-length", {
  valid: [
    { name: "Python: a file added by a port to another release line", ...titled(LINE_PORT, "src/quartz/lock.py", PY) },
    { name: "C#: a file added by a port whose subject names the line in brackets", ...titled(BRACKETED, "src/Quartz.Redis/RedisSemaphore.cs", CS) },
    { name: "Python: a file added by a backport from another line", ...titled(BACKPORT, "src/quartz/lock.py", PY) },
  ],
  invalid: [
    {
      name: "Python: check_release_ports judges the port's files too",
      ...titled(LINE_PORT, "src/quartz/lock.py", PY),
      options: { check_release_ports: true },
      findings: [{ messageId: "tooLong", line: 1 }],
    },
    {
      name: "Python: a port to a platform's version is the project's own code",
      ...titled("Port the scheduler to Python 3.12", "src/quartz/lock.py", PY),
      findings: [{ messageId: "tooLong", line: 1 }],
    },
    {
      name: "C#: a release line named without a port is not one",
      ...titled("Add the Redis lock handler (4.x)", "src/Quartz.Redis/RedisSemaphore.cs", CS),
      findings: [{ messageId: "tooLong", line: 5 }],
    },
  ],
});

testRule("max-complexity", {
  valid: [{ name: "Python: a file added by a port to another release line", ...titled(LINE_PORT, "src/quartz/triggers.py", COMPLEX) }],
  invalid: [
    {
      name: "Python: check_release_ports judges it",
      ...titled(LINE_PORT, "src/quartz/triggers.py", COMPLEX),
      options: { check_release_ports: true },
      findings: [{ messageId: "tooComplex", line: 1 }],
    },
  ],
});

testRule("max-nesting-depth", {
  valid: [{ name: "Python: a file added by a port to another release line", ...titled(LINE_PORT, "src/quartz/triggers.py", DEEP) }],
  invalid: [
    {
      name: "Python: check_release_ports judges it",
      ...titled(LINE_PORT, "src/quartz/triggers.py", DEEP),
      options: { check_release_ports: true },
      findings: [{ messageId: "tooDeep" }],
    },
  ],
});
