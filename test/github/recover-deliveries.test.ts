import nock from "nock";
import { pino } from "pino";
import { Probot, ProbotOctokit } from "probot";
import { recoverDeliveries } from "../../src/github/recover-deliveries.js";
import type { GitHub } from "../../src/sources/github/github-types.js";
import { API, privateKey } from "../helpers/github-fixtures.js";

afterEach(() => nock.cleanAll());

const NOW = Date.parse("2026-11-25T12:00:00Z");
const at = (minutesAgo: number) => new Date(NOW - minutesAgo * 60_000).toISOString();

async function appClient(): Promise<GitHub> {
  const probot = new Probot({
    appId: 123,
    privateKey,
    log: pino({ level: "silent" }),
    Octokit: ProbotOctokit.defaults((o: any) => ({ ...o, retry: { enabled: false }, throttle: { enabled: false } })),
  });
  return (await probot.auth()) as unknown as GitHub;
}

describe("recovering missed deliveries", () => {
  it("asks GitHub to redeliver each of our events whose every attempt failed, and nothing else", async () => {
    const rows = [
      { id: 11, guid: "never-arrived", status_code: 502, delivered_at: at(5), event: "pull_request" },
      { id: 10, guid: "never-arrived", status_code: 0, delivered_at: at(30), event: "pull_request" },
      { id: 9, guid: "drained", status_code: 503, delivered_at: at(40), event: "check_run" },
      { id: 8, guid: "fine-on-retry", status_code: 200, delivered_at: at(45), event: "pull_request" },
      { id: 7, guid: "fine-on-retry", status_code: 500, delivered_at: at(50), event: "pull_request" },
      { id: 6, guid: "fine", status_code: 202, delivered_at: at(60), event: "pull_request" },
      { id: 5, guid: "not-ours", status_code: 500, delivered_at: at(70), event: "issues" },
    ];
    const older = [{ id: 4, guid: "too-old", status_code: 500, delivered_at: at(600), event: "pull_request" }];
    const redelivered: string[] = [];
    nock(API)
      .get("/app/hook/deliveries")
      .query({ per_page: "100" })
      .reply(200, rows, { link: `<${API}/app/hook/deliveries?per_page=100&cursor=x>; rel="next"` })
      .get("/app/hook/deliveries")
      .query({ per_page: "100", cursor: "x" })
      .reply(200, older)
      .post(/\/app\/hook\/deliveries\/\d+\/attempts/)
      .times(5)
      .reply(202, (uri) => (redelivered.push(uri), {}));

    const n = await recoverDeliveries(await appClient(), { lookbackMs: 180 * 60_000, now: () => NOW });

    expect(redelivered.sort()).toEqual(["/app/hook/deliveries/11/attempts", "/app/hook/deliveries/9/attempts"]);
    expect(n).toBe(2);
  });

  it("caps the redeliveries per run", async () => {
    const rows = Array.from({ length: 5 }, (_, i) => ({ id: i + 1, guid: `g${i}`, status_code: 500, delivered_at: at(i + 1), event: "pull_request" }));
    nock(API)
      .get("/app/hook/deliveries")
      .query(true)
      .reply(200, rows)
      .post(/attempts$/)
      .times(5)
      .reply(202, {});
    expect(await recoverDeliveries(await appClient(), { lookbackMs: 60 * 60_000, now: () => NOW, max: 3 })).toBe(3);
  });
});
