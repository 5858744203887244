import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext } from "playwright-core";
import { formatValue, type Unit } from "../../src/history/format-metric.js";
import type { ReportData } from "../../src/history/report-data.js";
import { reportHistory, runReport } from "../helpers/report-history.js";

const CHROMIUM = "/usr/bin/chromium";
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) console.warn(`report-in-chromium: skipped, ${CHROMIUM} is missing; install it with \`apt-get install chromium\``);

/** The value at a dotted path of the JSON output ("periods.1.tracedShare", "totals.findingsPerKlocByRule.max-line-length"). */
function at(data: unknown, key: string): unknown {
  const [head, ...rest] = key.split(".");
  const value = (data as Record<string, unknown>)[head];
  if (rest.length === 0) return value;
  // Rule ids contain no dots, but keep the remainder whole if a name ever does.
  if (head === "findingsPerKlocByRule") return (value as Record<string, unknown>)[rest.join(".")];
  return at(value, rest.join("."));
}

(haveChromium ? describe : describe.skip)("the HTML report in headless Chromium", () => {
  let context: BrowserContext;
  let data: ReportData;
  let file: string;

  beforeAll(async () => {
    const repo = reportHistory();
    const json = await runReport(["--last", "all", "--by", "week", "--format", "json"], repo.dir);
    data = JSON.parse(json.stdout) as ReportData;
    const html = await runReport(["--last", "all", "--by", "week", "--format", "html"], repo.dir);
    file = join(mkdtempSync(join(tmpdir(), "report-html-")), "report.html");
    writeFileSync(file, html.stdout);
    context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), "chromium-profile-")), {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1280, height: 2000 },
      offline: true,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    });
  }, 60_000);

  afterAll(async () => {
    await context?.close();
  });

  it("renders offline into a screenshot that is not blank", async () => {
    const page = await context.newPage();
    const requests: string[] = [];
    page.on("request", (r) => void (r.url().startsWith("file:") || requests.push(r.url())));
    await page.goto(`file://${file}`);
    const png = await page.screenshot({ fullPage: true });
    expect(requests).toEqual([]); // self-contained: nothing fetched
    // Decode the PNG in the browser itself and count its colours: a blank page has one or two.
    const stats = await page.evaluate(
      async (src) => {
        // Runs in the page; the test's own TypeScript has no DOM library.
        const w = globalThis as any;
        const img = new w.Image();
        img.src = src;
        await img.decode();
        const canvas = w.document.createElement("canvas");
        canvas.width = img.width;
        canvas.height = img.height;
        const ctx = canvas.getContext("2d");
        ctx.drawImage(img, 0, 0);
        const px = ctx.getImageData(0, 0, img.width, img.height).data;
        const colours = new Set<number>();
        let inked = 0;
        for (let i = 0; i < px.length; i += 4 * 7) {
          colours.add((px[i] << 16) | (px[i + 1] << 8) | px[i + 2]);
          if (px[i] + px[i + 1] + px[i + 2] < 600) inked++;
        }
        return { colours: colours.size, inked, height: img.height };
      },
      `data:image/png;base64,${png.toString("base64")}`,
    );
    expect(stats.height).toBeGreaterThan(1000);
    expect(stats.colours).toBeGreaterThan(50);
    expect(stats.inked).toBeGreaterThan(1000);
    await page.close();
  }, 60_000);

  it("draws every series of every chart, one point per value", async () => {
    const page = await context.newPage();
    await page.goto(`file://${file}`);
    const charts = await page.$$eval("figure.chart", (figures) =>
      figures.map((f) => ({
        id: f.getAttribute("data-chart"),
        paths: [...f.querySelectorAll("path[data-series]")].map((p) => ({
          series: p.getAttribute("data-series"),
          points: Number(p.getAttribute("data-points")),
          length: (p as unknown as { getTotalLength(): number }).getTotalLength(),
          circles: f.querySelectorAll(`circle[data-series="${p.getAttribute("data-series")}"]`).length,
        })),
        bars: f.querySelectorAll("rect[data-value]").length,
        box: f.querySelector("svg")!.getBoundingClientRect().height,
      })),
    );
    expect(charts.map((c) => c.id)).toEqual(["changes", "lines", "size", "traced", "tested", "findings", "lead-time", "releases", "reverts", "size-histogram"]);
    const values = (key: "changes" | "tracedShare" | "leadTimeMedianHours") => data.periods.filter((p) => p[key] !== null).length;
    const changes = charts.find((c) => c.id === "changes")!;
    expect(changes.paths.map((p) => p.series)).toEqual(["changes", "merged", "commits"]);
    for (const p of changes.paths) expect(p.points).toBe(values("changes"));
    expect(charts.find((c) => c.id === "traced")!.paths[0].points).toBe(values("tracedShare"));
    expect(charts.find((c) => c.id === "lead-time")!.paths[0].points).toBe(values("leadTimeMedianHours"));
    for (const c of charts) {
      expect(c.box).toBeGreaterThan(100);
      for (const p of c.paths) {
        expect(p.circles).toBe(p.points);
        if (p.points > 1) expect(p.length).toBeGreaterThan(0);
      }
    }
    expect(charts.find((c) => c.id === "releases")!.bars).toBe(data.periods.length);
    expect(charts.find((c) => c.id === "size-histogram")!.bars).toBe(data.sizeHistogram.length);
    await page.close();
  }, 60_000);

  it("shows the same numbers as the JSON output", async () => {
    const page = await context.newPage();
    await page.goto(`file://${file}`);
    const shown = await page.$$eval("[data-key]", (els) =>
      els.map((e) => ({ key: e.getAttribute("data-key")!, unit: e.getAttribute("data-unit")!, value: e.getAttribute("data-value")!, text: e.textContent })),
    );
    expect(shown.length).toBeGreaterThan(40);
    for (const s of shown) {
      const expected = at(data, s.key) as number | null;
      expect({ key: s.key, value: s.value === "" ? null : Number(s.value) }).toEqual({ key: s.key, value: expected ?? null });
      expect({ key: s.key, text: s.text }).toEqual({ key: s.key, text: formatValue(expected, s.unit as Unit) });
    }
    // Every period is in the table, and the worst directory heads its table.
    expect(shown.filter((s) => s.key.endsWith(".changes") && s.key.startsWith("periods.")).length).toBe(data.periods.length);
    const firstDirectory = await page.$eval("table.worst tbody th", (th) => th.textContent);
    expect(firstDirectory).toBe(data.directories[0].directory);
    await page.close();
  }, 60_000);
});
