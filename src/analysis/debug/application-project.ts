/**
 * A JVM file of a command-line application's project: the Gradle build beside its `src/main/…` applies the
 * `application` plugin (`id 'application'`, `plugins { application }`, `apply plugin: 'application'`), which
 * makes the project a program its users run from a shell. What it writes to `System.out` is what it tells them:
 * gradle-profiler's `System.out.println("-> config time = …")`, which the tool tees into its log and whose
 * integration test counts those lines, was judged *wrong* as a leftover twice (set 34). The C# twin is
 * console-project.ts. Android's `com.android.application` is an app with no console, and is not this plugin.
 * Only the build script at base counts: a pull request cannot turn its own library into a program to print in it.
 */
const SOURCE_SET = /^(.*?)src\/main\/(?:java|kotlin|groovy|scala)\/.+\.(?:java|kt|groovy|scala)$/;
// Spaces at a line's start are `[ \t]*`, not `\s*`: in multiline mode `^\s*` runs on over blank lines from every line start,
// quadratic on a script of newlines (50,000 took 3 s).
const APPLICATION_PLUGIN =
  /(^|[^\w.])id[ \t]*\(?[ \t]*["']application["']|^[ \t]*application[ \t]*$|apply[ \t]*\(?[ \t]*plugin[ \t]*[:=][ \t]*["']application["']/m;
const MAX_SCRIPT = 200_000;

/** The build scripts that may make a JVM source file's project an application: read at base. */
export function applicationBuildPaths(path: string): string[] {
  const dir = SOURCE_SET.exec(path)?.[1];
  return dir === undefined ? [] : [`${dir}build.gradle`, `${dir}build.gradle.kts`];
}

/** Whether the file's project, by its build script at base, applies Gradle's `application` plugin. */
export function inApplicationProject(path: string, baseTexts: ReadonlyMap<string, string> | undefined): boolean {
  return applicationBuildPaths(path).some((p) => {
    const text = baseTexts?.get(p);
    return text !== undefined && text.length <= MAX_SCRIPT && APPLICATION_PLUGIN.test(text);
  });
}
