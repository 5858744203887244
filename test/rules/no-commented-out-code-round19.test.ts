import { addedFile, change } from "../helpers/make-change.js";
import type { InvalidCase, ValidCase } from "../helpers/rule-tester.js";
import { testRule } from "../helpers/rule-tester.js";

// Session 16 (#10): a template copied in with its instructions (excon 705237bbc5 "setup rakegem", set 15): the
// commented settings are the options its maker offers. Each kept case has a twin that is still said.
const valid: ValidCase[] = [];
const invalid: InvalidCase[] = [];

/** Language, path, the opening line, the body, and the line the finding stands on without the opening. */
const TEMPLATES: Array<[string, string, string, string[], number]> = [
  [
    "Ruby",
    "excon.gemspec",
    "## This is the rakegem gemspec template. Make sure you read and understand",
    [
      "Gem::Specification.new do |s|",
      "  s.require_paths = %w[lib]",
      "",
      // A label, not the rakegem template's own note ("If your gem includes any executables, list them here."): since set 37
      // a `##` line is prose, and that note, which tells the reader what to do with the lines under it, explains them.
      "  ## Executables",
      '  # s.executables = ["name"]',
      "  # s.default_executable = 'name'",
      "end",
    ],
    6,
  ],
  [
    "Python",
    "app/settings.py",
    "# This file is a template for your local settings: copy it and fill it in.",
    ["DEBUG = False", "", "# Database.", "# DATABASE = connect(host='localhost', port=5432)", "# POOL = make_pool(DATABASE, size=4)"],
    5,
  ],
  [
    "JavaScript",
    "src/site.js",
    "// This is the default site config template.",
    [
      "const site = {",
      "  title: 'Site',",
      "};",
      "// Deploying under a path.",
      "// site.base = computeBase(process.env.PATH_PREFIX);",
      "// site.root = resolveRoot(site.base);",
      "module.exports = site;",
    ],
    6,
  ],
];

for (const [lang, path, header, body, line] of TEMPLATES) {
  const said = { messageId: "commentedOut", line };
  valid.push({
    name: `${lang}: a new file that opens by saying it is a template keeps its commented options`,
    change: change([addedFile(path, [header, ...body], 1, { status: "added" })]),
  });
  invalid.push({
    name: `${lang}: the same commented lines in a file that does not say it is a template`,
    change: change([addedFile(path, ["# Settings.", ...body], 1, { status: "added" })]),
    findings: [said],
  });
  invalid.push({
    // The header was at base: the lines the author adds below it are theirs.
    name: `${lang}: commented lines added under a template header the file already had`,
    change: change([addedFile(path, body, 2, { status: "modified" })]),
    findings: [said],
  });
}

testRule("no-commented-out-code", { valid, invalid });
