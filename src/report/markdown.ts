import { existsSync } from "node:fs";
import { join } from "node:path";
import { packageRoot } from "../util/package-info.js";
import { defaultRuleDocUrl } from "./rule-docs.js";

/**
 * The one gate for text Bottomline does not control (paths, titles, commit subjects, branch
 * names, rule messages that quote them) on its way into Markdown. Everything in a pull request is
 * hostile: a file name can close a `<details>`, ping a team, forge the hidden state marker or
 * smuggle a link, so nothing user-controlled reaches a review body, a check-run summary or an
 * inline comment without passing through here.
 *
 * - `"code"`: an inline code span whose fence is longer than the longest backtick run in the
 *   text, so the text cannot close it. Inside a code span nothing is HTML, a mention or a link.
 * - `"text"`: prose. `&`, `<`, `>` and `@` become entities; the marks that start inline Markdown
 *   (backslash, backtick, `*`, `_`, brackets, `!`, `|`, `~`, `$`) and a leading `#`, `-`, `+`, `=`
 *   or `1.` are backslash-escaped (no emphasis, links, images, tables, math, headings or lists);
 *   bare URLs are broken with a zero-width space so they do not turn into links either.
 *
 * Both modes turn line breaks into spaces (a new line could start an HTML block) and drop
 * control and bidirectional-override characters, and neither ever emits `<!--`, so the text
 * cannot pass for a hidden marker.
 */
export function untrusted(text: string, as: "text" | "code" = "text"): string {
  const flat = flatten(text);
  return as === "code" ? codeSpan(flat) : escapeText(flat);
}

/**
 * A finding's message: its template's own `code` spans stay code, and every piece (the quoted
 * user data included) goes through {@link untrusted}. A hostile value can at most move where a
 * code span starts or ends; each piece is still escaped for what it turned out to be.
 */
export function untrustedMessage(message: string): string {
  return splitCodeSpans(flatten(message))
    .map((p) => untrusted(p.text, p.code ? "code" : "text"))
    .join("");
}

/** GitHub's mention filter runs on the rendered text, where `&#64;` is `@` again: the zero-width space is what stops the ping. */
const MENTION_BREAK = "&#64;&#8203;";
const ZWSP = "\u200B";

function flatten(text: string): string {
  return (
    String(text)
      .replace(/\r\n?|\n|\u2028|\u2029|\t/g, " ")
      // C0/C1 controls and the bidirectional overrides that make a name read differently than it is.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, "\uFFFD")
  );
}

function codeSpan(text: string): string {
  if (text === "") return "` `";
  const longestRun = Math.max(0, ...(text.match(/`+/g) ?? []).map((r) => r.length));
  const fence = "`".repeat(longestRun + 1);
  // A leading or trailing backtick or space would merge with the fence or be stripped: pad both sides.
  const pad = /^[` ]|[` ]$/.test(text) ? " " : "";
  // Inside a code span an entity shows literally, so the comment opener is broken with a zero-width space instead.
  const inert = text.replace(/<!--/g, `<${ZWSP}!--`);
  return `${fence}${pad}${inert}${pad}${fence}`;
}

function escapeText(text: string): string {
  const defused = text.replace(/:\/\//g, `:${ZWSP}//`).replace(/\b(www)\./gi, `$1${ZWSP}.`);
  const inline = defused.replace(/[&<>@\\`*_[\]!|~$]/g, (c) => INLINE_ESCAPES[c] ?? `\\${c}`);
  // At the start of a line (a list item, a paragraph) these would make a heading, a list or a rule.
  return inline.replace(/^(\d+(?=[.)])|[#+=-])/, (m) => (/\d/.test(m) ? `${m}\\` : `\\${m}`));
}

const INLINE_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", "@": MENTION_BREAK };

/** Splits text into plain and code-span pieces by CommonMark's rule: a backtick run is closed by the next run of the same length. */
function splitCodeSpans(text: string): Array<{ text: string; code: boolean }> {
  const out: Array<{ text: string; code: boolean }> = [];
  const runs = [...text.matchAll(/`+/g)].map((m) => ({ at: m.index!, len: m[0].length }));
  let plainFrom = 0;
  for (let i = 0; i < runs.length; i++) {
    const close = runs.findIndex((r, j) => j > i && r.len === runs[i].len);
    if (close === -1) continue; // an unmatched run is literal text
    const open = runs[i];
    if (open.at > plainFrom) out.push({ text: text.slice(plainFrom, open.at), code: false });
    const inner = text.slice(open.at + open.len, runs[close].at);
    out.push({ text: inner.length > 2 && inner.startsWith(" ") && inner.endsWith(" ") ? inner.slice(1, -1) : inner, code: true });
    plainFrom = runs[close].at + runs[close].len;
    i = close;
  }
  if (plainFrom < text.length) out.push({ text: text.slice(plainFrom), code: false });
  return out;
}

export const SEVERITY_ICON = { failure: "❌", warning: "⚠️", notice: "ℹ️" } as const;

/** Where a rule's doc lives for readers on GitHub: BOTTOMLINE_DOCS_URL (e.g. the app's own /bottomline/rules), else the doc on GitHub. */
export function ruleDocUrl(ruleId: string): string {
  return defaultRuleDocUrl(ruleId);
}

/** Where a rule's doc lives for a local reader: BOTTOMLINE_DOCS_URL when set, else the doc file shipped with Bottomline. */
export function ruleDocLocation(ruleId: string): string {
  if (process.env.BOTTOMLINE_DOCS_URL) return ruleDocUrl(ruleId);
  const local = join(packageRoot(), "rules", `${ruleId}.md`);
  return existsSync(local) ? local : ruleDocUrl(ruleId);
}

export function ruleLink(ruleId: string): string {
  return `[${untrusted(ruleId, "code")}](${ruleDocUrl(ruleId)})`;
}
