/** Every command's --help: what it does, its options, examples and the environment it reads. Plain strings, so `--help` loads nothing else. */

const ENV_REVIEW = `Environment:
  GITHUB_TOKEN, GH_TOKEN   verify that referenced issues exist (one GraphQL request); fetch a remote _extends
  GITHUB_EVENT_PATH        in a pull_request workflow: review the pull request's base...head, deepening a shallow clone
  BOTTOMLINE_DOCS_URL      where rule docs are linked from (default: the rule's doc on GitHub at this version)
  NO_COLOR                 no colour in text output`;

export const HELP: Record<string, string> = {
  main: `Usage: bottomline <command> [options]

Commands:
  review          review a git range, staged or uncommitted work (default: this branch against the default branch)
  validate        check a rules.yml and report every problem with its line
  init            write a starter .github/rules.yml for this repository
  install-hook    run the review before every git push
  report          checklist metrics over the repository's history (html, json or markdown)

Options:
  -h, --help      help for bottomline, or for a command: bottomline review --help
  -v, --version   print the version

Examples:
  bottomline review
  bottomline review --base origin/main --format sarif --output-file bottomline.sarif
  bottomline init && bottomline install-hook

Exit codes: 0 no failure-level finding, 1 a failure-level finding (or more warnings than --max-warnings),
2 bad usage, bad configuration, or a range that cannot be reviewed (the message says how to fix it).`,

  review: `Usage: bottomline review [range] [options]

Range (default: the merge-base with the default branch ...HEAD; on the default branch, the last commit):
  --base REF            review REF...HEAD (the merge-base of REF and the head); a shallow clone is deepened from origin
  --head REF            the head of the range (default HEAD)
  --staged              review the staged changes (the index against HEAD)
  --working-tree        review the working tree against HEAD, untracked files included
  In a pull_request workflow (GITHUB_EVENT_PATH) the pull request's base and head are used.

Options:
  --config FILE         a rules.yml (default .github/rules.yml, else the recommended preset); _extends: ./local.yml is followed
  --format FORMAT       text (default) | json | markdown | sarif | github | rdjson
  --output-file FILE    write the report to FILE instead of stdout (safe from npm's banner)
  --quiet               report failures only (warnings and notices still count for --max-warnings)
  --max-warnings N      exit 1 when there are more than N warnings
  --coverage FILE       a coverage report of the head commit (lcov, Cobertura/JaCoCo XML, Go
                        coverprofile); repeat it or give a glob ("coverage/**/lcov.info"):
                        tests-required then reports the added lines no test runs
  -h, --help            this help

Formats:
  text      path:line:col  severity  message  rule, each rule's "why" once, identical findings grouped
  json      {conclusion, counts, findings, notReviewed, notes, suppressed}
  markdown  the summary the GitHub App and Action post
  sarif     SARIF 2.1.0, for github/codeql-action/upload-sarif
  github    workflow commands (::error file=…,line=…::), annotations in a GitHub Actions log
  rdjson    reviewdog's diagnostic format: reviewdog -f=rdjson

Examples:
  bottomline review
  bottomline review --base origin/main --max-warnings 0
  bottomline review --staged --quiet
  bottomline review --format json --output-file review.json
  npm run -s review -- --format json > review.json     # -s keeps npm's banner out of stdout

${ENV_REVIEW}`,

  validate: `Usage: bottomline validate [FILE]

Checks a rules.yml (default .github/rules.yml) and reports every problem with its line, column and a fix.
A local _extends is followed; a remote one (owner/repo) is read with GITHUB_TOKEN, or refused with a message.

Options:
  -h, --help   this help

Examples:
  bottomline validate
  bottomline validate config/rules.yml

Environment:
  GITHUB_TOKEN, GH_TOKEN   read a remote _extends (owner/repo or owner/repo:path)`,

  init: `Usage: bottomline init [--force]

Writes a starter .github/rules.yml with the editor schema comment, adapted to this repository:
the languages found in it (rules for languages it does not use stay out) and the line length of
its formatter (.editorconfig max_line_length, Prettier printWidth, ruff/black line-length).

Options:
  --force      overwrite an existing .github/rules.yml
  -h, --help   this help

Examples:
  bottomline init
  bottomline init --force && bottomline validate

Environment: none; it reads the repository's tracked files and formatter settings only.`,

  "install-hook": `Usage: bottomline install-hook [--command CMD]

Installs a pre-push hook that runs the review before each git push (git push --no-verify skips it).
Running it again changes nothing. An existing hook keeps running first; with husky, the hook goes in .husky/pre-push.

Options:
  --command CMD   what the hook runs (default: npx --no-install bottomline review --quiet)
  -h, --help      this help

Examples:
  bottomline install-hook
  bottomline install-hook --command "bottomline review --max-warnings 0"

Environment: none at install. The hook's review reads GITHUB_TOKEN like bottomline review.`,

  report: `Usage: bottomline report [DIR] [--since DATE | --last 26w] [--by week|month] [--format html|json|markdown]
                         [--output FILE] [--config FILE] [--no-cache]

Checklist metrics over the history of HEAD's first-parent line in DIR (default: here; a bare git
directory works too): changes, size, traceability, tests, findings per 1,000 added lines, lead
time, releases, reverts, per week or month and per directory. --last takes Nd, Nw, Nm, Ny or all,
counted back from the newest commit. Reviews are cached per commit under .git/bottomline/report-cache/.

Examples:
  bottomline report --last 52w --format html --output checklist.html
  bottomline report --by month --format markdown >> "$GITHUB_STEP_SUMMARY"

Environment: none. A progress bar is drawn on stderr when it is a terminal.`,
};
