import { jest } from "@jest/globals";
import { renderReportMarkdown } from "../../src/history/render-markdown.js";
import type { ReportData } from "../../src/history/report-data.js";
import { renderReportHtml } from "../../src/report-html/render-report-html.js";
import { reportHistory, runReport } from "../helpers/report-history.js";

// Each test builds a repository and runs git dozens of times: slow on a loaded machine, not a timing assertion.
jest.setTimeout(60_000);

describe("report rendering", () => {
  let data: ReportData;
  beforeAll(async () => {
    const repo = reportHistory();
    data = JSON.parse((await runReport(["--last", "all", "--format", "json"], repo.dir)).stdout) as ReportData;
  });

  it("escapes directory names, which come from the repository", () => {
    const hostile = "<img src=x onerror=alert(1)>|@team";
    const evil: ReportData = { ...data, directories: [{ ...data.directories[0], directory: hostile }] };
    const html = renderReportHtml(evil);
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
    const md = renderReportMarkdown(evil);
    expect(md).not.toContain("<img");
    expect(md).not.toContain("@team");
  });

  it("is one self-contained page: no script, no external reference", () => {
    const html = renderReportHtml(data);
    expect(html).not.toMatch(/<script|<link|src="http|href="http|@import/);
    expect(html).toContain("<svg");
  });

  it("shows the configuration used", () => {
    const html = renderReportHtml(data);
    expect(html).toContain("Configuration used");
    for (const rule of data.config.rules) expect(html).toContain(`<code>${rule.id}</code>`);
  });
});

describe("chart axes", () => {
  it("tops each axis at a round number with round ticks", async () => {
    const { niceAxis } = await import("../../src/report-html/svg-chart.js");
    expect(niceAxis(31, "count")).toEqual({ max: 50, steps: 5 });
    expect(niceAxis(3, "count")).toEqual({ max: 4, steps: 4 });
    expect(niceAxis(1700, "count")).toEqual({ max: 2000, steps: 4 });
    expect(niceAxis(2100, "count")).toEqual({ max: 2500, steps: 5 });
    expect(niceAxis(13, "count")).toEqual({ max: 20, steps: 4 });
    expect(niceAxis(0.4, "share")).toEqual({ max: 1, steps: 4 });
    // 932 hours is 38.8 days: the axis is 50 days.
    expect(niceAxis(932, "hours")).toEqual({ max: 1200, steps: 5 });
  });
});
