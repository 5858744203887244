/**
 * Files under a test folder that hold no test: build and solution files (`Directory.build.props`,
 * `Rx.sln`), package-manager records (`repositories.config`) and the empty placeholders that keep a
 * folder in git or in a package (`.gitkeep`, NuGet's `_._`). They say where tests would build, not
 * that there are any: a project whose only "tests" are these has none to extend. On set 20,
 * reactive's merged AsyncRx.NET packages were asked for tests because eleven such files of an old
 * `Rx.NET/Test/` folder counted as tests of the whole repository; AsyncRx.NET had no test project.
 */
const BUILD_EXTENSION = /\.(sln|props|targets|config|nuspec|nupkg|user|suo|dll|pdb|exe|snk)$/i;

/** Placeholders by name: git's empty-folder markers and NuGet's empty-folder file. */
const PLACEHOLDER = /^(\.gitkeep|\.keep|\.gitignore|\.gitattributes|_\._)$/;

/** Whether a file a test folder holds is a build file or a placeholder, not a test. */
export function holdsNoTest(path: string): boolean {
  const base = path.slice(path.lastIndexOf("/") + 1);
  return PLACEHOLDER.test(base) || BUILD_EXTENSION.test(base);
}
