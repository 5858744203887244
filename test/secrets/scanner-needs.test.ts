import { rules as recommended } from "@secretlint/secretlint-rule-preset-recommend";
import type { SecretLintRuleContext, SecretLintRuleCreator, SecretLintSourceCode } from "@secretlint/types";
import { scannerMayReport, scanProviderTokens } from "../../src/secrets/provider-tokens.js";

/**
 * no-secrets skips a secretlint scanner on a file whose added lines lack a literal every one of
 * its patterns needs (#13). That is only sound if the literal really is needed: here every
 * scanner of the preset runs on a token of each provider, and whatever it reports, its needs
 * must have let it run.
 */
const SCANNERS = recommended.filter((r) => r.meta.type === "scanner" && !r.meta.id.endsWith("filter-comments")) as SecretLintRuleCreator<any>[];

const b64 = (n: number) => "aB3dE5fG7hJ9kL2mN4pQ6rS8tU0vW1xY".repeat(10).slice(0, n);
const hex = (n: number) => "0f1e2d3c4b5a6978".repeat(10).slice(0, n);
const pem = `-----BEGIN RSA PRIVATE KEY-----\nMI${b64(120)}\n-----END RSA PRIVATE KEY-----`;
/** A 1Password service account token's body: base64 of a JSON object, ending in `fQ` (base64 of a last `}` on its own). */
function opsBody(): string {
  let json = JSON.stringify({ email: "x@example.com", muk: { alg: "A256GCM", k: b64(60) }, secretKey: b64(40) });
  while (json.length % 3 !== 1) json = json.replace("{", "{ ");
  return Buffer.from(json).toString("base64").replace(/=+$/, "");
}

/** [file name, text]: one or more tokens each scanner of the preset reports. */
const SAMPLES: [string, string][] = [
  ["a.py", "key_id = 'AKIA" + "Q7XR2M4N6P8S0TVB" + "'"],
  ["a.py", `aws_secret_access_key = "${b64(40)}"`],
  ["a.py", "AWS_ACCOUNT_ID: 1234-5678-9012"],
  ["svc.json", JSON.stringify({ private_key_id: hex(40), private_key: pem })],
  ["svc.json", `{"private_key_id":"${hex(40)}","private_key":"\\u002d\\u002d\\u002d\\u002d\\u002dBEGIN PRIVATE KEY-----\\nMI${b64(60)}"}`],
  ["id_rsa", pem],
  ["a.js", `const t = "npm_${b64(36)}";`],
  ["package.json", `{"dependencies": {"x": "git+https://${b64(40)}:x-oauth-basic@github.com/o/x.git"}}`],
  [".npmrc", "//registry.npmjs.org/:_authToken=abc123def456"],
  ["a.js", 'fetch("https://admin:Zq8rT2pWx7@api.example.com/v1")'],
  ["a.js", `token = "xoxb-123456789012-1234567890123-${b64(24)}"`],
  ["a.js", `url = "HTTPS://HOOKS.SLACK.COM/services/T${b64(10)}/B${b64(10)}/${b64(24)}"`],
  ["a.js", `key = "SG.${b64(22)}.${b64(43)}"`],
  ["a.js", `key = "shpat_${hex(32)}"`],
  ["a.js", `key = "sk_live_${b64(24)}"`],
  ["a.js", `t = "ghp_${b64(36)}"; u = "github_pat_${b64(82)}"; v = "ghs_123_${b64(20)}.${b64(20)}.${b64(20)}"`],
  ["a.js", `t = "glpat-${b64(20)}"`],
  ["a.js", `t = "glc_${b64(40)}"; u = "glsa_${b64(32)}_${hex(8)}"`],
  ["a.js", `t = "sk-${b64(20)}T3BlbkFJ${b64(20)}"`],
  ["a.js", `t = "sk-ant-api03-${b64(93)}AA"`],
  ["a.js", `t = "gsk_${b64(52)}"`],
  ["a.js", `t = "hf_${"abcdefghijklmnopqrstuvwxyzABCDEFGH"}"`],
  ["a.js", `t = "lin_api_${b64(40)}"`],
  ["a.js", `t = "ntn_12345678901${b64(35)}"`],
  ["a.js", `t = "ops_${opsBody()}"`],
  ["a.js", 'a = "mongodb+srv://app:Zq8rT2pWx7@db.example.com/x"; b = "JDBC:MYSQL://app:Zq8rT2pWx7@db/x"; c = "postgresql://app:Zq8rT2pWx7@db/x"'],
  ["a.js", 'c = "POSTGRES://app:Zq8rT2pWx7@db.example.com/x"'],
  ["a.js", `t = "hvs.${b64(95)}"`],
  ["a.js", `t = "vcp_${b64(24)}"`],
  ["a.js", `t = "dapi${hex(32)}"`],
  ["a.js", `t = "dckr_pat_${b64(27)}"`],
  ["a.js", `t = "figd_${b64(40)}"`],
  ["a.js", `t = "cfk_${b64(40)}${hex(8)}"`],
  ["a.js", `t = "tskey-auth-${b64(10)}-${b64(20)}"`],
];

function reports(creator: SecretLintRuleCreator<any>, path: string, content: string): number {
  let n = 0;
  const context = {
    sharedOptions: {},
    createTranslator: () => (messageId: string) => ({ message: messageId, messageId }),
    report: () => void n++,
    ignore: () => undefined,
  } as unknown as SecretLintRuleContext;
  const ext = path.includes(".") ? path.slice(path.lastIndexOf(".")) : "";
  const source = { hasBOM: false, content, filePath: path, ext, contentType: "text", getFilePath: () => path } as unknown as SecretLintSourceCode;
  const options = creator.meta.id.endsWith("-aws") ? { enableIDScanRule: true } : {};
  const pending = creator.create(context, options).file?.(source);
  if (pending) pending.catch(() => undefined);
  return n;
}

describe("secretlint scanners' needs", () => {
  it.each(SCANNERS.map((s) => [s.meta.id.replace("@secretlint/secretlint-rule-", ""), s] as const))(
    "%s reports a sample, and only where its needs let it run",
    (_, creator) => {
      let reported = 0;
      for (const [path, text] of SAMPLES) {
        const n = reports(creator, path, text);
        const ext = path.includes(".") ? path.slice(path.lastIndexOf(".")) : "";
        if (n > 0) expect([path, text, scannerMayReport(creator.meta.id, text, ext)]).toEqual([path, text, true]);
        reported += n;
      }
      // Every scanner is exercised by some sample: a sample that no longer matches would make this test vacuous.
      expect(reported).toBeGreaterThan(0);
    },
  );

  it("lets a scanner it does not know run everywhere", () => {
    expect(scannerMayReport("@secretlint/secretlint-rule-someday", "plain text", ".txt")).toBe(true);
  });

  it("still finds every provider's token in one file, each on its line", () => {
    const lines = SAMPLES.filter(([p]) => p === "a.js").map(([, text], i) => ({ line: i + 1, text }));
    const found = new Set(scanProviderTokens("a.js", lines).map((h) => h.line));
    // Every sample line of the code file holds a token the rule reports: none is lost to a skipped scanner.
    expect([...found].sort((a, b) => a - b)).toEqual(lines.map((l) => l.line));
  });

  it("reports the same on a file whose lines hold no scanner's literal, where it skips every scanner, as when they all run", () => {
    // A line far below with every scanner's literal makes them all run; its own hits are left out.
    const literals =
      "A3T key -----BEGIN npm_ :// xox SG. shp k_live_ ghp_ glpat- glc_ sk-ant- gsk_ hf_ lin_api_ ntn_ ops_ mongodb hvs. vcp_ dapi dckr_pat_ figd_ cfk_ tskey-";
    const plain = ['const token = "not-a-secret-just-a-placeholder";', "password = 'Zq8rT2pWx7'", `x = "${b64(40)}"`, "-----END RSA PRIVATE KEY-----"];
    // (Not JSON: gcp reads a JSON file whole, and always runs on one.)
    for (const [path, text] of [...SAMPLES, ...plain.map((t) => ["a.js", t] as [string, string])].filter(([p]) => !p.endsWith(".json"))) {
      const lines = text.split("\n").map((t, i) => ({ line: i + 1, text: t }));
      const allRun = scanProviderTokens(path, [...lines, { line: 1000, text: literals }]).filter((h) => h.line < 1000);
      expect([path, text, scanProviderTokens(path, lines)]).toEqual([path, text, allRun]);
    }
    expect(scanProviderTokens("a.js", [{ line: 1, text: plain[0] }])).toEqual([]);
  });
});
