/**
 * A print that runs only when nobody watches the program: under a check for batch mode, a headless run or a CI
 * build (`if (Application.isBatchMode) { Console.WriteLine(msg); }` in a Unity test runner and package exporter,
 * ZLogger 2f1630f967 and 1491411ece, judged wrong in set 19). There standard output is the build's log, and the
 * print is how the run reports (a failure before `Quit(1)`, a test result): the author wrote it for that log.
 */
const UNATTENDED =
  /\b(?:if|unless|when|elif|while)\b.{0,200}?(?:\b(?:is_?)?batch_?mode\b|\bisBatchMode\b|\bheadless\b|\bisHeadless\b|\bis_?ci\b|\bisCI\b|\bIsRunningInCI\b|\bprocess\.env\.CI\b|\bprocess\.env\[\s*["']CI["']\s*\]|\b(?:getenv|Getenv|GetEnvironmentVariable|environ\.get|env::var)\s*\(\s*["'](?:CI|GITHUB_ACTIONS|TF_BUILD)["']|\benviron\s*\[\s*["'](?:CI|GITHUB_ACTIONS)["']\s*\]|\bENV\s*\[\s*["'](?:CI|GITHUB_ACTIONS)["']\s*\])/i;

/** Whether one of the conditions that open the blocks around a print (`openers`, innermost first), or its own line's, checks for an unattended run. */
export function unattendedOnly(openers: readonly string[], before: string): boolean {
  return UNATTENDED.test(before.slice(-400)) || openers.some((o) => UNATTENDED.test(o.slice(0, 400)));
}
