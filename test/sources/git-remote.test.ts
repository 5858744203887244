import { parseRemoteUrl } from "../../src/sources/git/git-remote.js";

describe("parseRemoteUrl", () => {
  it.each([
    ["https://github.com/acme/api.git", { host: "github.com", owner: "acme", name: "api" }],
    ["https://github.com/acme/api", { host: "github.com", owner: "acme", name: "api" }],
    ["git@github.com:acme/api.git", { host: "github.com", owner: "acme", name: "api" }],
    ["ssh://git@ghe.acme.io:2222/team/svc.git", { host: "ghe.acme.io", owner: "team", name: "svc" }],
    ["https://token@github.com/acme/web-app/", { host: "github.com", owner: "acme", name: "web-app" }],
  ])("%s", (url, expected) => {
    expect(parseRemoteUrl(url)).toEqual(expected);
  });

  it("returns nothing for a local path", () => {
    expect(parseRemoteUrl("/srv/git/repo.git")).toBeUndefined();
  });
});
