import { isDevScript, onlyReachesLoopback } from "../../src/analysis/dev-script-secrets.js";
import { rules } from "../../rules/index.js";
import { emptyLookups } from "../../src/engine/rule.js";
import { addedFile, change } from "../helpers/make-change.js";

// serf b11c417fb6's start_cluster.sh (set 21), its key replaced by another random-looking one.
const KEY = 'SECRET="9KqwL2mTz7Xv0Rpa4815QA=="';
const cluster = [
  "#!/bin/bash",
  'SERF="./bin/serf"',
  KEY,
  "for i in {0..99}",
  "do",
  "    BIND=`expr 2 + $i`",
  "    $SERF agent -node=node$i -bind=127.0.0.$BIND -rpc-addr=127.0.0.$BIND:7373 -encrypt=$SECRET &",
  "done",
];

describe("isDevScript: files a developer runs by hand (#11)", () => {
  it.each(["scripts/start_cluster.sh", "deploy.ps1", "tools/run.bat", "ci/setup.bash"])("%s is a script", (path) => {
    expect(isDevScript(path)).toBe(true);
  });
  it.each(["src/config.go", "scripts/reindex.js", "scripts/seed.py", ".env", "docs/sh.md"])("%s is not", (path) => {
    expect(isDevScript(path)).toBe(false);
  });
});

describe("onlyReachesLoopback: a script whose hosts are all on its own machine (#11)", () => {
  it.each([
    ["serf's cluster of 127.0.0.x agents", "scripts/start_cluster.sh", cluster],
    ["localhost and ::1", "dev.sh", [KEY, "curl http://localhost:8080/health", "redis-cli -h [::1]"]],
    ["a braced shell variable", "run.sh", [KEY, "agent -bind=127.0.0.${N}"]],
  ])("%s", (_why, path, lines) => {
    expect(onlyReachesLoopback(path, lines)).toBe(true);
  });
  it.each([
    ["a remote host beside a local one", "scripts/start.sh", [...cluster, "ssh deploy@prod.example.com"]],
    ["a URL elsewhere", "deploy.sh", [KEY, "curl https://api.example.com/v1", "curl http://127.0.0.1"]],
    ["a public address", "up.sh", [KEY, "agent -join=10.0.4.17"]],
    ["no host at all", "scripts/run.sh", [KEY, "echo $SECRET"]],
    ["not a script", "src/cluster.go", ['secret := "9KqwL2mTz7Xv0Rpa4815QA=="', 'bind := "127.0.0.1"']],
  ])("not for %s", (_why, path, lines) => {
    expect(onlyReachesLoopback(path, lines)).toBe(false);
  });
});

describe("no-secrets in scripts (#11)", () => {
  const rule = rules["no-secrets"];
  const run = (path: string, lines: string[]) => rule.check(change([addedFile(path, lines, 1, { status: "added" })]), rule.options.parse({}), emptyLookups());

  it("says nothing of a generic key in a script that only starts local agents (serf b11c417fb6)", () => {
    expect(run("scripts/start_cluster.sh", cluster)).toEqual([]);
  });
  it("lowers a generic key in a script that reaches elsewhere to a notice", () => {
    const [f, ...rest] = run("scripts/deploy.sh", [KEY, 'curl -H "X: $SECRET" https://api.example.com/v1']);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ messageId: "scriptSecret", severity: "notice", line: 1 });
  });
  it("still fails a live provider token in a loopback-only script", () => {
    const token = "ghp_" + "aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3zA5";
    const [f] = run("scripts/start_cluster.sh", [...cluster, `GITHUB_TOKEN=${token}`]);
    expect(f).toMatchObject({ messageId: "secret" });
    expect(f.severity).toBeUndefined();
  });
  it("still fails a generic key in product code", () => {
    const [f] = run("src/cluster.go", ['var secret = "9KqwL2mTz7Xv0Rpa4815QA=="', 'var bind = "127.0.0.1"']);
    expect(f).toMatchObject({ messageId: "secret" });
  });
});
