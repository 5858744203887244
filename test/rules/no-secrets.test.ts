import { addedFile, change } from "../helpers/make-change.js";
import { testRule } from "../helpers/rule-tester.js";
import { rules } from "../../rules/index.js";
import { emptyLookups, formatMessage } from "../../src/engine/rule.js";

// Fake credentials are assembled at run time so this file does not itself look like a leak.
const awsId = "AKIA" + "IOSFODNN7EXAMPLE";
const ghToken = "ghp_" + "aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3zA5";
const slack = "xoxb-" + "123456789012-abcdefABCDEF";
const stripe = "sk_live_" + "51H8abcdefGHIJKLmnopQRst";
const key = "-----BEGIN RSA " + "PRIVATE KEY-----";
const one = (path: string, lines: string[]) => change([addedFile(path, lines)]);

testRule("no-secrets", {
  valid: [
    {
      name: "env lookups and placeholders",
      change: one("src/a.ts", ["const token = process.env.GITHUB_TOKEN;", 'password: "changeme-in-production"', "api_key = ${API_KEY}"]),
    },
    {
      name: "low-entropy values assigned to secret names",
      change: one("config.py", ['PASSWORD_FIELD = "password_confirmation"', 'token_type = "bearer_token_type"']),
    },
    { name: "a secret-looking name with a function call", change: one("main.go", ['secret := os.Getenv("APP_SECRET_VALUE")']) },
    { name: "ordinary code", change: one("src/A.java", ["String name = user.getDisplayName();"]) },
    {
      name: "paths and URLs next to secret-looking words (a Makefile from pyenv)",
      change: one("Makefile", ["\t\t-v /etc/passwd:/etc/passwd:ro \\", "TOKEN_URL=https://auth.example.com/oauth2/token"]),
    },
    { name: "a regular expression assigned to a TOKEN name in code", change: one("src/a.ts", ["const DECISION_TOKENS = /\\b(if|for|while)\\b|&&|\\?/g;"]) },
  ],
  invalid: [
    {
      name: "AWS access key ID in YAML",
      change: one("deploy/config.yml", [`aws_access_key_id: ${awsId}`]),
      findings: [{ messageId: "secret", path: "deploy/config.yml", line: 1, data: { kind: "AWS access key ID" } }],
    },
    {
      name: "GitHub token in TypeScript",
      change: one("src/a.ts", [`const t = "${ghToken}";`]),
      findings: [{ messageId: "secret", data: { kind: "GitHub token" } }],
    },
    { name: "private key block", change: one("certs/key.pem", [key]), findings: [{ messageId: "secret", data: { kind: "private key" } }] },
    { name: "Slack token in Python", change: one("bot.py", [`SLACK = "${slack}"`]), findings: [{ messageId: "secret", data: { kind: "Slack token" } }] },
    {
      name: "Stripe live key in Ruby",
      change: one("config/stripe.rb", [`Stripe.api_key = '${stripe}'`]),
      findings: [{ messageId: "secret", data: { kind: "Stripe key" } }],
    },
    {
      name: "a bare high-entropy value in a .env file",
      change: one(".env", ["API_TOKEN=q8X2mZv9Lp4rTz7K"]),
      findings: [{ messageId: "secret", data: { kind: "secret assigned to `API_TOKEN`" } }],
    }, // bottomline-disable-line no-secrets -- a fake for this test
    {
      name: "a property assignment in JS",
      change: one("src/db.js", ['config.password = "q8X#2mZ!v9Lp$4rT";']), // bottomline-disable-line no-secrets -- a fake for this test
      findings: [{ messageId: "secret", data: { kind: "secret assigned to `password`" } }],
    },
    {
      name: "high-entropy password in Go",
      change: one("db.go", ['dbPassword := "q8X#2mZ!v9Lp$4rT"']), // bottomline-disable-line no-secrets -- a fake for this test
      findings: [{ messageId: "secret", data: { kind: "secret assigned to `dbPassword`" } }],
    },
  ],
});

describe("no-secrets messages", () => {
  it("never repeat the secret and say to rotate it", () => {
    const rule = rules["no-secrets"];
    const [f] = rule.check(one("src/a.ts", [`const t = "${ghToken}";`]), rule.options.parse({}), emptyLookups());
    const message = formatMessage(rule.meta.messages[f.messageId], f.data);
    expect(message).not.toContain(ghToken);
    expect(message).not.toContain(ghToken.slice(4, 14));
    expect(message).toMatch(/Rotate it now/);
    expect(message).toMatch(/secret store/);
  });
});
