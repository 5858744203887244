import { createHash } from "node:crypto";
import type MarkdownIt from "markdown-it";

type Markdown = InstanceType<typeof MarkdownIt>;

/** A rule as the docs pages list it. */
export interface RuleEntry {
  id: string;
  description: string;
}

const STYLE = `
body { font: 16px/1.55 -apple-system, BlinkMacSystemFont, "Segoe UI", Helvetica, Arial, sans-serif; color: #1f2328; margin: 0; }
.page { display: flex; max-width: 1100px; margin: 0 auto; gap: 2rem; padding: 1.5rem; }
nav { flex: 0 0 14rem; font-size: 14px; }
nav ul { list-style: none; padding: 0; margin: 0; }
nav li { margin: 0.2rem 0; }
nav a[aria-current] { font-weight: 600; }
main { flex: 1; min-width: 0; }
code, pre { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 85%; background: #f6f8fa; border-radius: 6px; }
code { padding: 0.15em 0.35em; }
pre { padding: 1rem; overflow: auto; }
pre code { padding: 0; background: none; }
table { border-collapse: collapse; }
th, td { border: 1px solid #d1d9e0; padding: 0.3rem 0.7rem; text-align: left; vertical-align: top; }
a { color: #0969da; }
`;

/**
 * What the docs pages may load: only their own inline style, by its hash. No script runs, no
 * frame embeds them, and no form posts anywhere, whatever a doc's Markdown says.
 */
export const DOCS_CSP = [
  "default-src 'none'",
  `style-src 'sha256-${createHash("sha256").update(STYLE).digest("base64")}'`,
  "img-src 'self' https: data:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join("; ");

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);

/** `other-rule.md`, `./other-rule.md#options`: a link from one rule doc to another, as written for GitHub. */
const DOC_LINK = /^(?:\.\/)?([a-z0-9-]+)\.md(#[\w-]*)?$/;

/**
 * A Markdown renderer for rule docs: raw HTML in the Markdown is shown as text, never run
 * (`html: false`); markdown-it refuses `javascript:`, `vbscript:` and `data:` links other than
 * images. Links to another rule's `.md` file, and an inline `code` that is exactly a rule's id,
 * go to that rule's page, relative to this one, so they work wherever the App is mounted.
 */
export function ruleDocRenderer(Renderer: typeof MarkdownIt, ids: readonly string[]): Markdown {
  const md = new Renderer({ html: false, linkify: false, typographer: false });
  const known = new Set(ids);
  const renderLinkOpen = md.renderer.rules.link_open ?? ((tokens, i, options, _env, self) => self.renderToken(tokens, i, options));
  md.renderer.rules.link_open = (tokens, i, options, env, self) => {
    const token = tokens[i];
    const href = String(token.attrGet("href") ?? "");
    const m = DOC_LINK.exec(href);
    if (m && known.has(m[1])) token.attrSet("href", `${m[1]}${m[2] ?? ""}`);
    else if (/^https?:/i.test(href)) token.attrSet("rel", "noopener noreferrer");
    return renderLinkOpen(tokens, i, options, env, self);
  };
  const renderCode = md.renderer.rules.code_inline!;
  md.renderer.rules.code_inline = (tokens, i, options, env, self) => {
    const html = renderCode(tokens, i, options, env, self);
    const id = tokens[i].content;
    // Not inside a link already (`[`x`](…)`): a link in a link is not valid HTML.
    const inLink = tokens.slice(0, i).filter((t) => t.type === "link_open").length > tokens.slice(0, i).filter((t) => t.type === "link_close").length;
    return known.has(id) && id !== env?.current && !inLink ? `<a href="${escapeHtml(id)}">${html}</a>` : html;
  };
  return md;
}

/** One rule's doc as a whole HTML page, with every rule listed beside it. */
export function ruleDocPage(md: Markdown, rule: RuleEntry, markdown: string, all: readonly RuleEntry[]): string {
  const body = md.render(markdown, { current: rule.id });
  return page(`${rule.id} · Bottomline`, rule.description, nav(all, rule.id), body);
}

/** Every rule with its one-line description: what /bottomline/rules/ shows. */
export function ruleIndexPage(all: readonly RuleEntry[]): string {
  const items = all.map((r) => `<li><a href="${escapeHtml(r.id)}"><code>${escapeHtml(r.id)}</code></a> ${escapeHtml(r.description)}</li>`);
  const body = `<h1>Bottomline rules</h1>\n<ul>\n${items.join("\n")}\n</ul>\n`;
  return page("Bottomline rules", "The checks Bottomline runs on every pull request.", "", body);
}

function nav(all: readonly RuleEntry[], current: string): string {
  const items = all.map((r) => {
    const here = r.id === current ? ' aria-current="page"' : "";
    return `<li><a href="${escapeHtml(r.id)}"${here}>${escapeHtml(r.id)}</a></li>`;
  });
  return `<nav aria-label="Rules"><p><a href="./">All rules</a></p><ul>\n${items.join("\n")}\n</ul></nav>`;
}

function page(title: string, description: string, navigation: string, main: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<meta name="description" content="${escapeHtml(description)}">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<div class="page">
${navigation}
<main>
${main}</main>
</div>
</body>
</html>
`;
}
