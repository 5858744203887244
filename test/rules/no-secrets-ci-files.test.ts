import { addedFile, change } from "../helpers/make-change.js";
import { rules } from "../../rules/index.js";
import { emptyLookups } from "../../src/engine/rule.js";
import { isCiKeyFile } from "../../src/secrets/ci-key-files.js";
import { isCoverageUploadToken } from "../../src/secrets/public-keys.js";

// Set 23's rejected no-secrets findings: npgsql's CI PostgreSQL TLS key, multidict's Codecov upload token (#11).
const rule = rules["no-secrets"];
const run = (path: string, lines: string[]) => rule.check(change([addedFile(path, lines)]), rule.options.parse({}), emptyLookups());

// Assembled at run time, so that this file does not look like a leak itself.
const ALNUM = "Q7mZ2xK9pL4vN8rT3wB6yH1cF5gJ0dSaE2uW9kP3nR6tY8bV1hM4jX7zC5qG0fDe";
const fake = (n: number, from = 0) => Array.from({ length: n }, (_, i) => ALNUM[(from + i * 7) % ALNUM.length]).join("");
const pem = ["-----BEGIN " + "PRIVATE KEY-----", "MIIJQQIBADANBgkqhkiG9w0BAQEFAASC" + fake(32, 1), fake(64, 2), fake(64, 3), "-----END " + "PRIVATE KEY-----"];
const uuid = "796e466d-bf08-4b98-8d5b-" + "0e9c442aef06";
const ghp = "gh" + "p_" + fake(36, 2);

describe("no-secrets: a key file kept with the CI's support files", () => {
  it.each([[".build/server.key"], [".ci/certs/server.pem"], [".github/ssl/client-key.pem"], ["ci/id_rsa"]])("%s is a notice that says both cases", (path) => {
    const [f, ...rest] = run(path, pem);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ messageId: "ciKey", severity: "notice", line: 1 });
  });

  it.each([["deploy/server.key"], ["config/ssl/server.pem"], [".build/settings.json"], ["build/server.key"]])("%s still fails", (path) => {
    const [f] = run(path, pem);
    expect(f).toMatchObject({ messageId: "secret" });
    expect(f.severity).toBeUndefined();
  });

  it("a live provider token in a CI key file still fails", () => {
    expect(run(".build/server.key", [`token = "${ghp}"`])).toMatchObject([{ messageId: "secret" }]);
  });

  it.each([
    [".build/server.key", true],
    [".github/certs/ca.pem", true],
    ["ci/deploy_key", true],
    [".github/workflows/build.yml", false],
    ["src/ci/keys.ts", false],
    ["certs/server.key", false],
  ])("isCiKeyFile(%s) is %s", (path, expected) => {
    expect(isCiKeyFile(path)).toBe(expected);
  });
});

describe("no-secrets: a Codecov upload token in Codecov's config", () => {
  it.each([[".codecov.yml"], ["codecov.yml"], [".github/codecov.yaml"]])("%s: `token:` is unsaid", (path) => {
    expect(run(path, ["codecov:", `  token: ${uuid}  # repo-scoped`])).toEqual([]);
  });

  it.each([
    ["config/settings.yml", "token", uuid],
    [".codecov.yml", "secret", uuid],
    [".codecov.yml", "token", "q8X#2mZ!v9Lp$4rTq8X#2mZ"],
  ])("%s `%s: %s` is judged as any value", (path, name, value) => {
    expect(isCoverageUploadToken(path, name, value)).toBe(false);
  });

  it("the same token in another file still fails", () => {
    expect(run("config/settings.yml", [`token: ${uuid}`])).toMatchObject([{ messageId: "secret" }]);
  });
});

// Set 41: junit-pioneer 69b6b52b07's Shipkit configuration commits the read-only GitHub token its guide asks for.
describe("no-secrets: Shipkit's read-only GitHub token in a Gradle script", () => {
  const hex = Array.from({ length: 40 }, (_, i) => "0123456789abcdef"[(i * 7 + 3) % 16]).join("");
  const shipkit = (name: string, value = hex) => [
    "shipkit {",
    `   ${name} = '${value}'`,
    "   gitHub.writeAuthToken = System.getenv('GITHUB_WRITE_TOKEN')",
    "}",
  ];

  it.each([["gradle/shipkit.gradle"], ["shipkit.gradle.kts"]])("%s: `gitHub.readOnlyAuthToken` is unsaid", (path) => {
    expect(run(path, shipkit("gitHub.readOnlyAuthToken"))).toEqual([]);
  });

  it.each([
    ["gradle/shipkit.gradle", "gitHub.writeAuthToken"],
    ["gradle/shipkit.gradle", "gitHub.authToken"],
    ["src/main/resources/app.properties", "gitHub.readOnlyAuthToken"],
  ])("%s `%s` still fails", (path, name) => {
    expect(run(path, shipkit(name))).toMatchObject([{ messageId: "secret" }]);
  });
});
