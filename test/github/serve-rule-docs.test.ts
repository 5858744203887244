import { existsSync, mkdtempSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import MarkdownIt from "markdown-it";
import { chromium, type BrowserContext } from "playwright-core";
import { ruleIds } from "../../rules/index.js";
import { ruleDocPage, ruleDocRenderer } from "../../src/github/render-rule-doc.js";
import { serveRuleDocs } from "../../src/github/serve-rule-docs.js";

const CHROMIUM = "/usr/bin/chromium";
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) console.warn(`serve-rule-docs: the Chromium cases are skipped, ${CHROMIUM} is missing; install it with \`apt-get install chromium\``);

let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    void serveRuleDocs(req, res).then((handled) => {
      if (!handled) res.writeHead(404).end("not a docs route");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

describe("rule docs served by the App", () => {
  it("serves a rule's doc as an HTML page, under a policy that runs no script", async () => {
    for (const path of ["/bottomline/rules/max-line-length", "/bottomline/rules/max-line-length.md"]) {
      const res = await fetch(base + path);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe("text/html; charset=utf-8");
      expect(res.headers.get("content-security-policy")).toMatch(/default-src 'none'/);
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
      const html = await res.text();
      expect(html).toMatch(/^<!doctype html>/);
      expect(html).toContain("<h1>max-line-length</h1>");
      expect(html).toContain("<title>max-line-length · Bottomline</title>");
      // The doc's table is a table, not pipes.
      expect(html).toMatch(/<table>[\s\S]*<th>language<\/th>/);
    }
  });

  it("lists every rule at /bottomline/rules/, and sends /bottomline/rules there", async () => {
    const index = await fetch(`${base}/bottomline/rules/`);
    expect(index.status).toBe(200);
    const html = await index.text();
    for (const id of ruleIds) expect(html).toContain(`<a href="${id}"><code>${id}</code></a>`);
    const bare = await fetch(`${base}/bottomline/rules`, { redirect: "manual" });
    expect(bare.status).toBe(308);
    expect(new URL(bare.headers.get("location")!, `${base}/bottomline/rules`).pathname).toBe("/bottomline/rules/");
  });

  it("answers an unknown rule with 404 and the rules there are; other paths are not its business", async () => {
    const res = await fetch(`${base}/bottomline/rules/max-line-lenght`);
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('No rule "max-line-lenght". Rules: issue-reference');
    expect(await (await fetch(`${base}/bottomline/rules/../../etc/passwd`)).text()).toBe("not a docs route");
    expect(await (await fetch(`${base}/bottomline/rulesx`)).text()).toBe("not a docs route");
  });

  it("shows raw HTML as text and drops script links, whatever a doc's Markdown says", () => {
    const md = ruleDocRenderer(MarkdownIt, ["max-line-length", "no-secrets"]);
    const markdown = [
      "# max-line-length",
      '<script>alert(1)</script> <img src=x onerror="alert(2)">',
      "[click](javascript:alert(3)) [see](no-secrets.md#options) [ext](https://example.com/a)",
      "Pairs with `no-secrets`; `max-line-length` is this page.",
    ].join("\n\n");
    const html = ruleDocPage(md, { id: "max-line-length", description: 'Lines <b>"short"</b>.' }, markdown, [
      { id: "max-line-length", description: "x" },
      { id: "no-secrets", description: "y" },
    ]);
    expect(html).not.toMatch(/<script|<img|href="javascript:|<b>/i);
    expect(html).toContain("<p>[click](javascript:alert(3)) ");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain('content="Lines &lt;b&gt;&quot;short&quot;&lt;/b&gt;."');
    expect(html).toContain('<a href="no-secrets#options">see</a>');
    expect(html).toContain('<a href="https://example.com/a" rel="noopener noreferrer">ext</a>');
    expect(html).toContain('Pairs with <a href="no-secrets"><code>no-secrets</code></a>; <code>max-line-length</code> is this page.');
  });
});

(haveChromium ? describe : describe.skip)("rule docs in headless Chromium", () => {
  let context: BrowserContext;

  beforeAll(async () => {
    context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), "chromium-profile-")), {
      executablePath: CHROMIUM,
      headless: true,
      args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
  }, 60_000);

  afterAll(async () => {
    await context?.close();
  });

  it("renders a doc with its style, and its links lead from one rule's page to another's", async () => {
    const page = await context.newPage();
    const problems: string[] = [];
    page.on("console", (m) => void (m.type() === "error" && problems.push(m.text())));
    page.on("pageerror", (e) => problems.push(e.message));
    await page.goto(`${base}/bottomline/rules/todo-issue-reference`);
    expect(await page.textContent("h1")).toBe("todo-issue-reference");
    // The inline style passed the page's policy: the body font is the one it sets.
    expect(await page.evaluate("getComputedStyle(document.body).fontFamily")).toContain("Segoe UI");
    expect(await page.$$eval("main table th", (ths) => ths.map((t) => t.textContent))).toEqual(["option", "default", "meaning"]);

    // The doc mentions `issue-reference` in its text: that mention is a link to its page.
    await Promise.all([page.waitForURL(`${base}/bottomline/rules/issue-reference`), page.click('main a[href="issue-reference"]')]);
    expect(await page.textContent("h1")).toBe("issue-reference");
    // The side list leads to every rule, and back to the index.
    await Promise.all([page.waitForURL(`${base}/bottomline/rules/no-secrets`), page.click('nav a[href="no-secrets"]')]);
    expect(await page.textContent("h1")).toBe("no-secrets");
    await Promise.all([page.waitForURL(`${base}/bottomline/rules/`), page.click("nav >> text=All rules")]);
    expect(await page.textContent("h1")).toBe("Bottomline rules");
    expect(problems).toEqual([]);
    await page.close();
  }, 60_000);

  it("every link between the docs, from every page, reaches a page", async () => {
    const page = await context.newPage();
    const seen = new Set<string>();
    for (const id of ["", ...ruleIds]) {
      await page.goto(`${base}/bottomline/rules/${id}`);
      const hrefs = await page.$$eval("a[href]", (as) => as.map((a) => (a as unknown as { href: string }).href));
      for (const href of hrefs.filter((h) => h.startsWith(base))) seen.add(href.split("#")[0]);
    }
    expect(seen.size).toBe(ruleIds.length + 1);
    for (const url of seen) expect([url, (await fetch(url)).status]).toEqual([url, 200]);
    await page.close();
  }, 60_000);
});
