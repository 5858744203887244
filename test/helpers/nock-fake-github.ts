import nock from "nock";
import { createFakeGitHub, type FakeGitHubOptions, type FakeGitHub } from "../../bench/load-fake-github.js";
import { API } from "./github-fixtures.js";

/** Routes every request to api.github.com to the stateful fake GitHub (bench/load-fake-github.ts). */
export function nockFakeGitHub(opts: Omit<FakeGitHubOptions, "baseUrl"> = {}): FakeGitHub {
  const fake = createFakeGitHub({ baseUrl: API, ...opts });
  for (const method of ["GET", "POST", "PATCH", "PUT"]) {
    nock(API)
      .persist()
      .intercept(/.*/, method)
      .reply(async (uri, body) => {
        const answer = fake.route({ method, path: uri, body: typeof body === "string" && body ? JSON.parse(body) : body || undefined });
        if (answer.delayMs) await new Promise((r) => setTimeout(r, answer.delayMs));
        return [answer.status, answer.body as nock.Body, answer.headers ?? {}];
      });
  }
  return fake;
}
