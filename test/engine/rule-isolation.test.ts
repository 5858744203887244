import { rmSync } from "node:fs";
import { reviewCommit } from "../../src/cli/corpus-review.js";
import { defaultConfig } from "../../src/config/load-config.js";
import type { ResolvedConfig } from "../../src/config/resolve-config.js";
import { rulesOf } from "../../src/engine/merge-spots.js";
import { makeRepo } from "../helpers/git-repo.js";

/**
 * A rule says the same of a change whichever other rules are on (#10). What one rule reads for
 * its needs (tests-required's test files, pr-size's base texts) lands in the lookups every rule
 * sees: PHPMailer.php, whose header names its maintainer beside two earlier holders, counted as
 * another holder's copy once tests-required had read the test's header too, and its new
 * commented-out line went unsaid (session 8).
 */
const MAILER_HEADER = [
  "<?php",
  "/**",
  " * Mailer - PHP email creation and transport class.",
  " *",
  " * @copyright 2012 - 2017 Marcus Bointon",
  " * @copyright 2010 - 2012 Jim Jagielski",
  " * @copyright 2004 - 2009 Andy Prevost",
  " * @license   http://www.gnu.org/copyleft/lesser.html GNU Lesser General Public License",
  " */",
  "",
  "namespace Acme\\Mail;",
  "",
];

const body = (lines: string[]) =>
  [
    ...MAILER_HEADER,
    "class Mailer",
    "{",
    "    public function sign($signHeader)",
    "    {",
    "        //Unfold header lines",
    "        $signHeader = preg_replace('/\\r\\n[ \\t]+/m', '', $signHeader);",
    ...lines,
    '        return explode("\\r\\n", $signHeader);',
    "    }",
    "}",
    "",
  ].join("\n");

function mailerHistory() {
  const repo = makeRepo({ lineLimit: 120 });
  repo.write("src/Mailer.php", body(["        //Collapse internal whitespace", "        $signHeader = preg_replace('/[ \\t]+/', ' ', $signHeader);"]));
  repo.write("test/MailerTest.php", ["<?php", "/**", " * @copyright 2012 - 2020 Marcus Bointon", " */", "class MailerTest {}", ""].join("\n"));
  const parent = repo.commit("Add the mailer #1");
  repo.write("src/Mailer.php", body(["        //Collapse internal whitespace", "//        $signHeader = preg_replace('/[ \\t]+/', ' ', $signHeader);"]));
  // The commit tests what it changed, as PHPMailer's did: tests-required reads the test's texts.
  repo.write(
    "test/MailerTest.php",
    [
      "<?php",
      "/**",
      " * @copyright 2012 - 2020 Marcus Bointon",
      " */",
      "class MailerTest {",
      "    public function testSign() {",
      "        $this->assertSame(['a'], (new Mailer())->sign('a'));",
      "    }",
      "}",
      "",
    ].join("\n"),
  );
  const sha = repo.commit("Revise header canonicalisation #2");
  return { repo, parent, sha };
}

function only(ids: string[]): ResolvedConfig {
  const config = defaultConfig();
  for (const [id, s] of Object.entries(config.rules)) s.severity = ids.includes(id) ? (s.severity === "off" ? "warning" : s.severity) : "off";
  return config;
}

const RULES = ["no-commented-out-code", "tests-required", "pr-size", "max-line-length", "no-debug-statements", "todo-issue-reference"];

describe("a rule's findings do not depend on which other rules are on (#10)", () => {
  const { repo, parent, sha } = mailerHistory();
  afterAll(() => rmSync(repo.dir, { recursive: true, force: true }));
  const commit = { sha, parent, subject: "Revise header canonicalisation #2", date: "" };
  const said = async (ids: string[], rule: string) =>
    (await reviewCommit(repo.dir, commit, only(ids))).findings
      .filter((f) => rulesOf(f).some((r) => r.rule === rule))
      .map((f) => `${f.path}:${f.line}`)
      .sort();

  it("PHPMailer's commented-out line is said with tests-required on, as alone", async () => {
    expect(await said(["no-commented-out-code"], "no-commented-out-code")).toEqual(["src/Mailer.php:20"]);
    expect(await said(["no-commented-out-code", "tests-required"], "no-commented-out-code")).toEqual(["src/Mailer.php:20"]);
  });

  it.each(RULES)("%s alone says what it says with every rule on", async (rule) => {
    expect(await said([rule], rule)).toEqual(await said(RULES, rule));
  });
});
