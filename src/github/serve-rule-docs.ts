import { readFile } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import { fileURLToPath } from "node:url";
import { ruleIds } from "../../rules/index.js";

// dist/src/github → the rules/ folder at the package root, where each rule's doc lives.
const DOCS_DIR = fileURLToPath(new URL("../../../rules/", import.meta.url));
const ROUTE = /^\/bottomline\/rules\/([a-z0-9-]+?)(\.md)?$/;

/**
 * GET /bottomline/rules/<rule-id>: the rule's doc as Markdown, so findings can link to docs the
 * running app itself serves (set BOTTOMLINE_DOCS_URL=https://<your app>/bottomline/rules).
 */
export async function serveRuleDocs(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
  const m = req.method === "GET" && req.url ? ROUTE.exec(req.url.split("?")[0]) : null;
  if (!m) return false;
  if (!ruleIds.includes(m[1])) {
    res.writeHead(404, { "content-type": "text/plain; charset=utf-8" });
    res.end(`No rule "${m[1]}". Rules: ${ruleIds.join(", ")}\n`);
    return true;
  }
  try {
    const doc = await readFile(`${DOCS_DIR}${m[1]}.md`, "utf8");
    res.writeHead(200, { "content-type": "text/markdown; charset=utf-8" });
    res.end(doc);
  } catch {
    res.writeHead(404, { "content-type": "text/plain; charset=utf-8" });
    res.end(`The doc for "${m[1]}" is not installed next to the app (expected ${DOCS_DIR}${m[1]}.md).\n`);
  }
  return true;
}
