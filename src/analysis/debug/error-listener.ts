import { openersOf } from "./lines-around.js";

// A print that reports the error an error listener is handed: `server.on("error", (error) => { console.log("[server
// error]", error) })` in h3 746a6c5e82's proxy test (judged wrong on set 22), an `onError: (err) => …` option, an
// observer's `override fun onError(t: Throwable)`. Saying what went wrong is that listener's job, as a `catch` branch's
// (failure-reports.ts judges those). Where the print names the error it was handed, and only:
// - in test code, where the listener reports the errors of a server or client the test started;
// - elsewhere, with a label of its own (`"[server error]"`): node-fetch 78853fc544's bare `console.log(err.stack)` in
//   its library's `req.on('error', …)` swallows the error and was judged a leftover (round 9).
// A print of anything else in the listener (`console.log("here")`, a value nearby) is still a leftover.

// Registering a listener of an `error` event and naming its first parameter: `.on("error", (e) =>`, `.once('error',
// function (err) {`, `.addEventListener("error", e =>`.
const ERROR_EVENT =
  /\.(?:on|once|addListener|prependListener|addEventListener)\s*\(\s*["'`](?:error|err|clientError|tlsClientError)["'`]\s*,\s*(?:async\s+)?(?:function\s*[\w$]*\s*)?\(?\s*([\w$]+)/;
// An error callback given as an option or property: `onError: (err) =>`, `onerror = function (e) {`, `on_error=lambda e:`.
const ERROR_CALLBACK = /\bon_?(?:[Ee]rror|[Ff]ailure)\s*[:=]\s*(?:async\s+)?(?:function\s*[\w$]*\s*|lambda\s+)?\(?\s*([\w$]+)/;
// An error callback declared as a method: `onError(err) {`, `override fun onError(t: Throwable) {`, `public void
// onFailure(Call<T> call, Throwable t) {`. Its parameters are read whole; the error is the one typed or named so.
const ERROR_METHOD = /\b(?:fun\s+|void\s+|def\s+)?on_?(?:[Ee]rror|[Ff]ailure)\s*\(([^()]{0,200})\)\s*(?::\s*[\w.<>?]+\s*)?(?:\{|=>|:?\s*$)/;
// A parameter that holds the error: typed as one (`t: Throwable`, `Exception e`), or named as one.
const ERROR_TYPE = /\b(?:Throwable|\w*Exception|\w*Error)\b/;
// A value a string interpolates: `${e}`, `$e` (Kotlin, PHP, shells), `#{e}` (Ruby), `{e}` (f-strings, C#'s `$"…"`).
const INTERPOLATED = /\$\{[^}]{0,80}\}|\$[A-Za-z_]\w*|#\{[^}]{0,80}\}|\{[A-Za-z_][\w.]*\}/g;
const ERROR_NAME = /^(?:e|err|error|ex|exc|exception|cause|reason|t|throwable|failure)$/i;

/** The name of the error parameter of the listener a line opens (or starts, on the print's own line), if it is one. */
function handedError(opener: string): string | undefined {
  const event = ERROR_EVENT.exec(opener) ?? ERROR_CALLBACK.exec(opener);
  if (event) return event[1];
  const params = ERROR_METHOD.exec(opener)?.[1];
  if (params === undefined) return undefined;
  for (const p of params.split(",")) {
    // `t: Throwable` (Kotlin, TypeScript) names first; `Throwable t` (Java) names last.
    const words = p.replace(/<[^>]*>/g, " ").match(/[\w$]+/g) ?? [];
    const name = p.includes(":") ? words[0] : words.at(-1);
    if (name !== undefined && (ERROR_TYPE.test(p) || ERROR_NAME.test(name))) return name;
  }
  return undefined;
}

/**
 * Whether the print on `line` (1-based) reports the error its enclosing error listener was handed: `before` is its
 * line up to the print, `args` what the print is handed (strings blanked or not), `labelled` whether it carries words
 * of its own. Line-based: the openers are bounded by enclosingOpeners' reach, each read by bounded expressions.
 */
export function reportsListenedError(head: string[], line: number, before: string, args: string, testCode: boolean, labelled: boolean): boolean {
  if (!testCode && !labelled) return false;
  // Its values: the code outside strings, and what strings interpolate (`"[stream] $t"`, `f"{err}"`, `"#{e}"`).
  const values = args.replace(/(["'])(?:\\.|(?!\1)[^\\])*\1/g, (lit) => (lit.match(INTERPOLATED) ?? []).join(" "));
  for (const opener of [before, ...openersOf(head, line)]) {
    const error = handedError(opener);
    if (error !== undefined) return new RegExp(`(?<![\\w.])${error.replace(/\$/g, "\\$")}(?![\\w$])`).test(values);
  }
  return false;
}
