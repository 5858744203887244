import { readFile } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import { join } from "node:path";
import type MarkdownIt from "markdown-it";
import { rules } from "../../rules/index.js";
import { packageRoot } from "../util/package-info.js";
import { DOCS_CSP, ruleDocPage, ruleDocRenderer, ruleIndexPage, type RuleEntry } from "./render-rule-doc.js";

const ROUTE = /^\/bottomline\/rules(?:\/([a-z0-9-]*?)(\.md)?)?$/;

const entries: RuleEntry[] = Object.entries(rules).map(([id, rule]) => ({ id, description: rule.meta.description }));

/** The renderer, built on the first request: a review process never loads markdown-it. */
let renderer: Promise<InstanceType<typeof MarkdownIt>> | undefined;
function docRenderer(): Promise<InstanceType<typeof MarkdownIt>> {
  renderer ??= import("markdown-it").then((m) => ruleDocRenderer(m.default, Object.keys(rules)));
  return renderer;
}

/** The docs ship in the package's rules/ folder (the Docker image copies them there too). */
function docsDir(): string {
  return join(packageRoot(), "rules");
}

/**
 * GET /bottomline/rules/<rule-id> (or `<rule-id>.md`, the form finding links use): the rule's doc
 * rendered as an HTML page, for BOTTOMLINE_DOCS_URL=https://<your app>/bottomline/rules.
 * GET /bottomline/rules/ lists every rule. The docs are this package's own files, yet the page is
 * still rendered with raw HTML escaped and served under a policy that runs no script.
 */
export async function serveRuleDocs(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
  const path = req.url?.split("?")[0] ?? "";
  const m = req.method === "GET" || req.method === "HEAD" ? ROUTE.exec(path) : null;
  if (!m) return false;
  const [, id, md] = m;
  // Relative links on the index need the trailing slash: /bottomline/rules → /bottomline/rules/.
  if (id === undefined) return reply(res, 308, "text/plain", "See rules/\n", { location: "rules/" });
  if (id === "" && !md) return reply(res, 200, "text/html", ruleIndexPage(entries));
  const rule = entries.find((r) => r.id === id);
  if (!rule) return reply(res, 404, "text/plain", `No rule "${id}". Rules: ${entries.map((r) => r.id).join(", ")}\n`);
  let markdown: string;
  try {
    markdown = await readFile(join(docsDir(), `${rule.id}.md`), "utf8");
  } catch {
    return reply(res, 404, "text/plain", `The doc for "${rule.id}" is not installed next to the app (expected ${join(docsDir(), `${rule.id}.md`)}).\n`);
  }
  return reply(res, 200, "text/html", ruleDocPage(await docRenderer(), rule, markdown, entries));
}

function reply(res: ServerResponse, status: number, type: string, body: string, headers: Record<string, string> = {}): true {
  res.writeHead(status, {
    "content-type": `${type}; charset=utf-8`,
    "content-security-policy": DOCS_CSP,
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    ...headers,
  });
  res.end(res.req?.method === "HEAD" ? undefined : body);
  return true;
}
