import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

/**
 * Makes a finding's message safe to post: messages keep their intended `code` spans, but no HTML
 * gets through, @mentions do not ping anyone (a commit subject may contain one), and table cells
 * stay intact.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/&(?!#?\w+;)/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/\|/g, "\\|")
    .replace(/@(?=[\w-])/g, "@&#8203;")
    .replace(/\r?\n/g, " ");
}

/** Inline code that survives backticks inside the text. */
export function code(text: string): string {
  const fence = text.includes("`") ? "``" : "`";
  return `${fence}${fence.length > 1 ? " " : ""}${text.replace(/\r?\n/g, " ")}${fence.length > 1 ? " " : ""}${fence}`;
}

export const SEVERITY_ICON = { failure: "❌", warning: "⚠️", notice: "ℹ️" } as const;

/** Where a rule's doc lives for readers on GitHub: BOTTOMLINE_DOCS_URL, e.g. the app's own /bottomline/rules. */
export function ruleDocUrl(ruleId: string): string | undefined {
  const base = process.env.BOTTOMLINE_DOCS_URL;
  return base ? `${base.replace(/\/$/, "")}/${ruleId}.md` : undefined;
}

/** Where a rule's doc lives for a local reader: the URL when set, else the doc file shipped with Bottomline. */
export function ruleDocLocation(ruleId: string): string {
  // Built (dist/src/report) or run from source (src/report): rules/<id>.md sits at the package root.
  const local = ["../../../rules/", "../../rules/"].map((dir) => fileURLToPath(new URL(`${dir}${ruleId}.md`, import.meta.url)));
  return ruleDocUrl(ruleId) ?? local.find((p) => existsSync(p)) ?? `rules/${ruleId}.md`;
}

export function ruleLink(ruleId: string): string {
  const url = ruleDocUrl(ruleId);
  return url ? `[${code(ruleId)}](${url})` : code(ruleId);
}
