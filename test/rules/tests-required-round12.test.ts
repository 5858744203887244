import type { Change } from "../../src/model/change.js";
import { editsIn, type Edit } from "../helpers/edits.js";
import { testRuleBeforeCalibration as testRule } from "../helpers/pre-calibration.js";

/**
 * Session 12 (#11): shapes the set-12 judges called noise, each beside the change that adds
 * behaviour without a test and is still asked about.
 */

const titled = (tree: string[], title: string, ...files: Edit[]) => {
  const made = editsIn(tree)(...files);
  const change: Change = { ...made.change, title, commits: [{ sha: "c".repeat(40), message: title, author: { login: "a" } } as Change["commits"][number]] };
  return { change, lookups: made.lookups };
};

// A block's body extracted into a helper the block now calls (rubyzip's `split` → `save_splited_part`).
const rubyTree = ["Gemfile", "lib/zip/file.rb", "lib/zip/entry.rb", "test/entry_test.rb"];
/** A class method of rubyzip's `Zip::File`, and its `split`, whose block reads the archive in parts. */
const zipFileClass = (...methods: string[][]) => ["module Zip", "  class File", "    class << self", ...methods.flat(), "    end", "  end", "end"];
const split = (part: string) => [
  "      def split(name, size)",
  "        count = size / 2",
  '        ::File.open(name, "rb") do |zip|',
  "          until zip.eof?",
  `            part = ${part}`,
  "            yield count, part if block_given?",
  "          end",
  "        end",
  "      end",
];
const splitBase = zipFileClass(split("zip.pos >= size ? size : zip.pos"));
const splitHead = (extra: string[]) =>
  zipFileClass(
    [
      "      def part_size(zip, size)",
      "        if zip.pos >= size",
      "          size",
      ...extra,
      "        else",
      "          zip.pos",
      "        end",
      "      end",
      "",
    ],
    split("part_size(zip, size)"),
  );

// Client-side scripts in a repository that tests only its Java or Python code.
const emailBase = ["function validateEmail(form) {", "  var bValid = true;", "  return bValid;", "}"];
const loopOverFields = ["  for (var i = 0; i < form.length; i++) {", "    if (form[i].value.length > 0 && !checkEmail(form[i].value)) bValid = false;", "  }"];
const checkEmail = [
  "export function checkEmail(emailStr) {",
  "  if (emailStr.indexOf('@') < 0) return false;",
  "  return emailStr.length > 3 ? true : false;",
  "}",
];
const emailHead = [...emailBase.slice(0, 2), ...loopOverFields, ...emailBase.slice(2), "", ...checkEmail];
const javaTree = [
  "pom.xml",
  "src/share/org/apache/commons/validator/Field.java",
  "src/test/org/apache/commons/validator/FieldTest.java",
  "src/javascript/validateEmail.js",
];
const pyTree = ["setup.py", "gunicorn/app.py", "tests/test_app.py", "gunicorn/static/console.js"];

// Tests named for the file beside them without a separator, as early rubyzip's were.
const zipTree = ["zip.rb", "ziptest.rb", "zipfilesystem.rb", "zipfilesystemtest.rb", "test/file1.txt", "test/notzippedruby.rb"];
const fsBase = ["class ZipFsFile", "  def exists?(name)", "    @zip.find_entry(name) != nil", "  end", "end"];
const fileQuery = ["  def file?(name)", "    entry = @zip.find_entry(name)", "    entry != nil && entry.file? ? true : false", "  end"];
const fsHead = [...fsBase.slice(0, 4), "", ...fileQuery, "end"];
const fsTestBase = ["class ZipFsFileTest < Test::Unit::TestCase", "  def test_file?", '    fail "implement test"', "  end", "end"];
const fsTestHead = ["class ZipFsFileTest < Test::Unit::TestCase", "  def test_file?", '    assert(@zipFile.file.file?("file1"))', "  end", "end"];

// A maintainer's script in a top-level folder of its own, beside a library in `lib/`.
const phpTree = [
  "composer.json",
  "lib/PhpParser/Lexer.php",
  "lib/PhpParser/Parser.php",
  "lib/PhpParser/Node.php",
  "test/PhpParser/LexerTest.php",
  "grammar/rebuildParser.php",
  "grammar/zend_language_parser.phpy",
];
const scriptBase = ["<?php", "$grammarFile = __DIR__ . '/zend_language_parser.phpy';", "echo 'Building parser';"];
const scriptHead = [
  "<?php",
  "$optionDebug = isset($argv[1]) && $argv[1] === '--debug';",
  "$grammarFile = __DIR__ . '/zend_language_parser.phpy';",
  "function moveFileWithDirCheck($fromPath, $toPath) {",
  "    $dir = dirname($toPath);",
  "    if (!is_dir($dir)) {",
  "        mkdir($dir, 0777, true);",
  "    }",
  "    rename($fromPath, $toPath);",
  "}",
  "if ($optionDebug) { echo 'Building parser'; } else { moveFileWithDirCheck('a', 'b'); }",
];

testRule("tests-required", {
  valid: [
    {
      name: "Ruby: a block's body extracted into a helper the block calls, in a change titled a refactor: the file's decisions did not grow",
      ...titled(rubyTree, "Refactoring of split method", ["lib/zip/file.rb", splitBase, splitHead([])]),
    },
    {
      name: "JavaScript: a client-side validation script in a repository whose tests are all Java",
      ...titled(javaTree, "Updated js email validation", ["src/javascript/validateEmail.js", emailBase, emailHead]),
    },
    {
      name: "JavaScript: a console script in a repository whose tests are all Python",
      ...titled(pyTree, "Console: check emails", ["gunicorn/static/console.js", emailBase, emailHead]),
    },
    {
      name: "Ruby: `zipfilesystemtest.rb`, beside `zipfilesystem.rb`, is its test, changed with it",
      ...titled(zipTree, "Implement ZipFsFile.file?", ["zipfilesystem.rb", fsBase, fsHead], ["zipfilesystemtest.rb", fsTestBase, fsTestHead]),
    },
    {
      name: "PHP: a maintainer's script in `grammar/`, where the library's code lives in `lib/`",
      ...titled(phpTree, "Turn rebuildParser.php into a CLI script", ["grammar/rebuildParser.php", scriptBase, scriptHead]),
    },
  ],
  invalid: [
    {
      name: "Ruby: the same extraction, but the helper gains branches of its own",
      ...titled(rubyTree, "Refactoring of split method", [
        "lib/zip/file.rb",
        splitBase,
        splitHead(["        elsif zip.pos < size / 2", "          size / 2", "        elsif zip.pos < size / 4", "          size / 4"]),
      ]),
      findings: [{ messageId: "missingTests", path: "lib/zip/file.rb" }],
    },
    {
      name: "JavaScript: the same script where the repository tests one script of its family (a TypeScript test)",
      ...titled([...javaTree, "src/test/javascript/validateDate.test.ts"], "Updated js email validation", [
        "src/javascript/validateEmail.js",
        emailBase,
        emailHead,
      ]),
      findings: [{ messageId: "missingTests", path: "src/javascript/validateEmail.js" }],
    },
    {
      name: "Java: new behaviour in the language the repository tests is asked about",
      ...titled(javaTree, "Validate indexed properties", [
        "src/share/org/apache/commons/validator/Field.java",
        ["public class Field {", "  public int size() {", "    return 0;", "  }", "}"],
        [
          "public class Field {",
          "  public int size() {",
          "    return 0;",
          "  }",
          "  public int indexedSize(Object bean) {",
          "    if (bean == null) return 0;",
          "    if (bean instanceof Collection) return ((Collection) bean).size();",
          "    return bean.getClass().isArray() ? ((Object[]) bean).length : 0;",
          "  }",
          "}",
        ],
      ]),
      findings: [{ messageId: "missingTests", path: "src/share/org/apache/commons/validator/Field.java" }],
    },
    {
      name: "Ruby: the same method without a change to `zipfilesystemtest.rb`",
      ...titled(zipTree, "Implement ZipFsFile.file?", ["zipfilesystem.rb", fsBase, fsHead]),
      findings: [{ messageId: "missingTests", path: "zipfilesystem.rb" }],
    },
    {
      name: "Ruby: a file whose name only ends in `test` (`contest.rb`, no `con.rb` beside it) is source, not a test",
      ...titled([...zipTree, "contest.rb"], "Implement ZipFsFile.file?", ["zipfilesystem.rb", fsBase, fsHead], ["contest.rb", fsTestBase, fsTestHead]),
      findings: [{ messageId: "missingTests", path: "zipfilesystem.rb" }],
    },
    {
      name: "PHP: the same script in a top-level folder that is a project of its own (its own `composer.json`)",
      ...titled([...phpTree, "grammar/composer.json"], "Turn rebuildParser.php into a CLI script", ["grammar/rebuildParser.php", scriptBase, scriptHead]),
      findings: [{ messageId: "missingTests", path: "grammar/rebuildParser.php" }],
    },
    {
      name: "PHP: the same script in `bin/`, where a package ships its commands",
      ...titled(
        phpTree.map((p) => p.replace("grammar/", "bin/")),
        "Turn rebuildParser.php into a CLI script",
        ["bin/rebuildParser.php", scriptBase, scriptHead],
      ),
      findings: [{ messageId: "missingTests", path: "bin/rebuildParser.php" }],
    },
  ],
});
