import { classifyBuiltIn } from "../../text/test-conventions.js";
import { benchmarkCode } from "../benchmark-code.js";
import { isTranslationFile } from "../../text/translation-files.js";
import { inRootToolFolder } from "../imported-code.js";
import { settingsDotfile } from "../settings-dotfiles.js";

// Files reviewed lightly (tests, docs, tooling, data): they do not count toward the limits.

// Docs by extension or place; also a licence in rich text (a bundled library's eula.rtf), an HTML
// readme, FAQ or release notes shipped with a tool, and a project's separate docs website.
// Documentation markup whatever the tool: Writerside's `.topic` XML pages, AsciiDoc, reStructuredText,
// Texinfo (#11). A docs website at the root may be named `documentation-website/` (Exposed's, with
// its snippets project: example programs, like `docs_src/`). Manual pages in their sources' formats:
// scdoc (alacritty's `extra/man/alacritty.5.scd`, 971 lines counted as code, judged wrong, set 28),
// ronn, POD, and roff by section (`alacritty.1`, `git.1.in`).
const DOCS =
  /(^|\/)(docs?|documentation|docs_src)\/|\.(md|markdown|mdx|rst|adoc|asciidoc|topic|texi|texinfo|txt|log|license|xsd|rtf|scd|ronn|pod|man|mdoc)$|(^|\/)[\w.-]+\.[1-9][a-z]?(\.in)?$|(^|\/)[^/]*(?:readme|faq|release[-_ ]?notes|eula)[^/]*\.html?$|^(?:website\d*|(?:docs?|documentation)[-_]?(?:site|website))\/|(^|\/)(CHANGELOG|CHANGES|HISTORY|NEWS|AUTHORS|LICENSE|COPYING)[^/]*$/i;
// Test folders and names the shared conventions miss, mostly .NET's: src/UnitTests/, Specs/,
// FooTests.cs, FooTester.cs, FooSpecs.cs (#11).
// And test crates and folders named so in lower case: `regex-test/`, `newtests/`, `api_tests/` (#10).
// And Rust's test module kept in a file of its own beside the code (`src/datetime/tests.rs`, `mod tests;`).
const MORE_TESTS = /(^|\/)(\w*Tests?|\w*Specs|[\w-]*[-_]tests?|[a-z]\w*tests)\/|(Tests?|Tester|Specs?)\.(cs|fs|vb|java|kt|php|swift|m)$|(^|\/)tests?\.rs$/;

// A file with no extension is code only as a script in a scripts folder or as a build file known by its name
// (`bin/rails`, `Makefile`, `Dockerfile`); anywhere else it is notes or data (an accidental git-log dump named `h`).
const EXTENSIONLESS_CODE =
  /(^|\/)(bin|exe|script|scripts|libexec|hack|tools|hooks)\/[^/.]+$|(^|\/)(Makefile|GNUmakefile|Dockerfile|Containerfile|Rakefile|Gemfile|Guardfile|Jenkinsfile|Vagrantfile|Brewfile|Podfile|Fastfile|Procfile|Justfile|Earthfile|Tiltfile|BUILD|WORKSPACE)$/i;

/** Whether the file has no extension and is not a script or a build file by its place or name. */
function extensionlessText(path: string): boolean {
  const name = path.slice(path.lastIndexOf("/") + 1);
  return !name.includes(".") && !EXTENSIONLESS_CODE.test(path);
}

// A .NET resource file (`Resources.ca.resx`): a table of strings a translator fills in, not code. So is an Android
// app's string resource, in the default language or a translation (`res/values-lt/strings.xml`, `values-pt-rBR/plurals.xml`):
// AntennaPod's Weblate syncs of 38–51 such files were counted as code and judged *wrong* three times on set 31.
const STRING_TABLE = /\.resx$|(?:^|\/)res\/values(?:-[\w+-]{1,40})?\/(?:strings|plurals|arrays)\.xml$/i;
// An IDE's project and solution files (Visual Studio's `.csproj` lists of `<Compile Include>` and
// `<SubType>` entries, `.sln`, Xcode's `.pbxproj`): the IDE writes them as files are added (#10).
const IDE_PROJECT = /\.(?:csproj|vbproj|fsproj|vcxproj|vcproj|sln|pbxproj)$|\.vcxproj\.filters$|\.xcworkspacedata$/i;

/** Tests, test helpers, docs, extensionless notes and tooling: reviewed lightly, so they do not count toward the limits. */
export function isLight(path: string): boolean {
  const kind = classifyBuiltIn(path);
  // A language's translation table is data, like docs: counted apart, never as code to review.
  // A root dot-folder (`.github/`, an agent tool installed in `.flow/`) is tooling, not the product.
  return (
    kind === "test" ||
    kind === "support" ||
    DOCS.test(path) ||
    MORE_TESTS.test(path) ||
    extensionlessText(path) ||
    isTranslationFile(path) ||
    STRING_TABLE.test(path) ||
    IDE_PROJECT.test(path) ||
    inRootToolFolder(path) ||
    // `.editorconfig`, `.gitattributes`: settings for the editor and git, read lightly.
    settingsDotfile(path) ||
    // A benchmark harness measures the product and does not ship (benchmark-code.ts, as the structural rules say).
    benchmarkCode(path)
  );
}
