import { buildsOptionParser } from "../../src/analysis/option-parser-file.js";

// A file that builds a command-line parser is a program: its prints are its output (resque's web_runner.rb, set 23, #11).
describe("buildsOptionParser", () => {
  it.each([
    ["lib/resque/web_runner.rb", "ruby", "require 'optparse'\nclass Runner\n  class Parser < OptionParser\n  end\nend"],
    ["lib/tool/options.rb", "ruby", "def parse(argv)\n  OptionParser.new do |o|\n  end.parse!(argv)\nend"],
    ["src/pkg/main.py", "python", "def main():\n    parser = argparse.ArgumentParser()\n    parser.parse_args()"],
  ])("%s builds one", (path, language, text) => {
    expect(buildsOptionParser(path, language, text)).toBe(true);
  });

  it.each([
    ["spec/tool/cli_spec.rb", "ruby", "parser = OptionParser.new"],
    ["tests/test_cli.py", "python", "parser = argparse.ArgumentParser()"],
    ["lib/tool/worker.rb", "ruby", "# Use OptionParser.new to build one\nclass Worker\nend"],
    ["lib/tool/errors.rb", "ruby", "rescue OptionParser::MissingArgument => e"],
    ["src/pkg/util.py", "python", "import argparse\n\ndef add(parser):\n    parser.add_argument('-x')"],
    ["src/app.go", "go", "flag.Parse()"],
    // A library built on a CLI framework (typer's rich_utils.py imports click): its stray print is still a leftover.
    ["typer/rich_utils.py", "python", "import click\nprint(FORCE_TERMINAL)"],
    ["lib/run.js", "javascript", "const { program } = require('commander');"],
  ])("%s does not", (path, language, text) => {
    expect(buildsOptionParser(path, language, text)).toBe(false);
  });
});
