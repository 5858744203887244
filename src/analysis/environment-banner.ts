/**
 * A test run's header: labelled prints at a test file's top level, run once when the file loads, that say what host
 * the tests run on (chalk 18f2e7c122 "add host information output": `console.log('host TERM=', process.env.TERM)`,
 * `'host platform='`, `'host support='`, judged wrong on set 16). A CI log shows them above every result, so a
 * failure on one platform can be told from one everywhere. Nobody debugs by printing the terminal's name.
 * Line-based, 1-based line numbers; the run is bounded.
 */

// Reading the host: its environment, platform, runtime version, terminal.
const READS_HOST =
  /\bprocess\.(?:env|platform|version|versions|arch)\b|\bos\.(?:platform|release|arch|type|environ|getenv|Getenv)\b|\bsys\.(?:platform|version|version_info)\b|\bplatform\.\w+\s*\(|\bruntime\.(?:GOOS|GOARCH|Version\s*\()|\bSystem\.(?:getProperty|getenv)\s*\(|\bEnvironment\.(?:OSVersion|Version|MachineName|GetEnvironmentVariable)\b|\bRuntimeInformation\.\w+|\bRUBY_(?:VERSION|PLATFORM|ENGINE)\b|\bENV\[|\bPHP_(?:VERSION|OS)\b|\bnavigator\.userAgent\b/;
/** Prints a banner may hold. */
const MAX_RUN = 12;

/**
 * Whether the print at this line is one of a run of labelled prints at the file's top level (column 0, line after
 * line), one of which reads the host: a banner, each of its lines deliberate.
 */
export function hostBanner(head: string[], line: number, isLabelledPrint: (l: string) => boolean): boolean {
  const topLevel = (l: string | undefined) => l !== undefined && /^\S/.test(l) && isLabelledPrint(l);
  if (!topLevel(head[line - 1])) return false;
  let first = line;
  while (first > 1 && line - first < MAX_RUN && topLevel(head[first - 2])) first--;
  let last = line;
  while (last < head.length && last - first < MAX_RUN && topLevel(head[last])) last++;
  return last > first && head.slice(first - 1, last).some((l) => READS_HOST.test(l));
}
