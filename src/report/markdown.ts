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

/** Where a rule's doc lives. Set BOTTOMLINE_DOCS_URL to link to your own copy of rules/. */
export function ruleDocUrl(ruleId: string): string | undefined {
  const base = process.env.BOTTOMLINE_DOCS_URL;
  return base ? `${base.replace(/\/$/, "")}/${ruleId}.md` : undefined;
}

export function ruleLink(ruleId: string): string {
  const url = ruleDocUrl(ruleId);
  return url ? `[${code(ruleId)}](${url})` : code(ruleId);
}
