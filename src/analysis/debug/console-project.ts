/**
 * A C# file of a console program's project: the nearest project file named for its folder
 * (`src/MessagePack.CodeGenerator/MessagePack.CodeGenerator.csproj`), read at base, says `<OutputType>Exe</OutputType>`.
 * What such a program writes to the console is what it tells the person who ran it. Set 21: MessagePack-CSharp
 * 252e6db5d9's `Console.WriteLine(e)` of a workspace failure in the `mpc` code generator, whose Program.cs reports
 * progress the same way, was judged wrong. A test project (xunit v3 builds tests as an Exe) is none; a GUI app
 * (`WinExe`) or a library has no console to speak to. Only base texts count: a pull request cannot turn its own
 * project into a program to print in it. Bounded: at most MAX_DEPTH project files asked for per file.
 *
 * One exception, a program the change creates whole: a new file under a project file the change adds (absent at
 * base, read at head) that says Exe. Nothing that ran before is turned into a program, so no library's check is
 * switched off; the new tool's console is its user interface (set 30: Avalonia a77f08d675's new
 * `src/tools/Avalonia.UnicodeTrieGenerator` printing "Downloading {url}", judged *wrong*).
 */
import { changedPaths, type Change, type ChangedFile } from "../../model/change.js";

const MAX_DEPTH = 6;
const MAX_PROJECT = 200_000;
const CONSOLE_PROGRAM = /<OutputType>\s*Exe\s*<\/OutputType>/i;
const TEST_PROJECT = /Microsoft\.NET\.Test\.Sdk|<IsTestProject>\s*true|\bxunit\b|\bNUnit\b|\bMSTest\b/i;

/** The project files that may hold a C# file, nearest first: each folder above it, its project named for it. */
export function consoleProjectPaths(path: string): string[] {
  if (!path.endsWith(".cs")) return [];
  const folders = path.split("/").slice(0, -1);
  const out: string[] = [];
  for (let n = folders.length; n > 0 && out.length < MAX_DEPTH; n--) out.push(`${folders.slice(0, n).join("/")}/${folders[n - 1]}.csproj`);
  return out;
}

/** Whether the nearest of those projects present at base is a console program (see above). */
export function inConsoleProject(path: string, baseTexts: ReadonlyMap<string, string> | undefined): boolean {
  const project = consoleProjectPaths(path).find((p) => baseTexts?.has(p));
  return isConsoleProgram(project === undefined ? undefined : baseTexts?.get(project));
}

/** The project files of a new C# file that the change adds: read at head to tell a new console program (see above). */
export function newProjectPaths(file: ChangedFile, change: Change): string[] {
  if (file.status !== "added") return [];
  const touched = changedPaths(change);
  return consoleProjectPaths(file.path).filter((p) => touched.has(p));
}

/** Whether a new file's nearest project, at base or added by the change, is a console program the change adds. */
export function inNewConsoleProgram(
  file: ChangedFile,
  change: Change,
  headTexts: ReadonlyMap<string, string>,
  baseTexts: ReadonlyMap<string, string> | undefined,
): boolean {
  if (file.status !== "added") return false;
  const touched = changedPaths(change);
  const project = consoleProjectPaths(file.path).find((p) => baseTexts?.has(p) || (touched.has(p) && headTexts.has(p)));
  return project !== undefined && !baseTexts?.has(project) && isConsoleProgram(headTexts.get(project));
}

// .NET 10's file-based program: `dotnet run SkipCrl.cs` builds the one file, its project set by `#:` directives at
// its top (`#:package`, `#:property`, `#:project`, `#:sdk`) or a `#!/usr/bin/env dotnet` shebang. Like a script, it
// talks to whoever runs it (MySqlConnector 44c425463d's `tests/SkipCrl/SkipCrl.cs` repro: set 32, judged wrong).
const FILE_PROGRAM_DIRECTIVE = /^(?:#:(?:package|property|project|sdk)\s+\S|#!.*\bdotnet\b)/;
/** How many lines the directives may follow: they come before any code. */
const DIRECTIVE_LINES = 20;

/** Whether a C# file's head text opens as a file-based program (see above). */
export function fileBasedProgram(path: string, text: string | undefined): boolean {
  if (!path.endsWith(".cs") || text === undefined) return false;
  for (const line of text.slice(0, 4000).split("\n", DIRECTIVE_LINES)) {
    const l = line.trim();
    if (FILE_PROGRAM_DIRECTIVE.test(l)) return true;
    if (l !== "" && !l.startsWith("//")) return false;
  }
  return false;
}

function isConsoleProgram(text: string | undefined): boolean {
  return text !== undefined && text.length <= MAX_PROJECT && CONSOLE_PROGRAM.test(text) && !TEST_PROJECT.test(text);
}
