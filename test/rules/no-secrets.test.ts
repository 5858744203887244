import { addedFile, change } from "../helpers/make-change.js";
import { testRule, type InvalidCase, type ValidCase } from "../helpers/rule-tester.js";
import { rules } from "../../rules/index.js";
import { emptyLookups, formatMessage } from "../../src/engine/rule.js";

// Fake credentials in the providers' formats, assembled at run time so that this file does not
// itself look like a leak (nor trip GitHub push protection): every prefix is concatenated.
const ALNUM = "Q7mZ2xK9pL4vN8rT3wB6yH1cF5gJ0dSaE2uW9kP3nR6tY8bV1hM4jX7zC5qG0fDe"; // 64: a step of 7 visits all
/** `n` varied characters of the alphabet, from a starting offset (no long runs, so not a placeholder). */
const fake = (n: number, from = 0) => Array.from({ length: n }, (_, i) => ALNUM[(from + i * 7) % ALNUM.length]).join("");
const upper = (n: number, from = 0) => fake(n, from).toUpperCase();

const awsId = "AK" + "IA" + upper(16, 3).replace(/[^A-Z0-9]/g, "Q");
const awsStsId = "AS" + "IA" + upper(16, 5).replace(/[^A-Z0-9]/g, "Q");
const awsSecret = fake(19, 1) + "/" + fake(20, 4);
const ghp = "gh" + "p_" + fake(36, 2);
const gho = "gh" + "o_" + fake(36, 9);
const ghPat = "github" + "_pat_" + fake(22, 1) + "_" + fake(59, 6);
const slackBot = "xo" + "xb-" + "2345678901" + "2-" + "3456789012" + "345-" + fake(24, 8);
const slackHook = "https://hooks.slack" + ".com/services/T" + upper(8, 2) + "/B" + upper(8, 4) + "/" + fake(24, 3);
const stripeLive = "sk" + "_live_" + fake(24, 11) + fake(75, 13);
const stripeTest = "sk" + "_test_" + fake(24, 11) + fake(75, 13);
const google = "AI" + "za" + "Sy" + fake(33, 5);
const jwt = "eyJ" + "hbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9" + "." + "eyJ" + "zdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6ImZha2UifQ" + "." + fake(43, 2);
/** A NATS JWT of this claim type (operator, account, user), as `nsc` writes it: ed25519-nkey header. */
const b64url = (o: object) => Buffer.from(JSON.stringify(o)).toString("base64url");
const natsJwt = (type: string) =>
  [
    b64url({ typ: "JWT", alg: "ed25519-nkey" }),
    b64url({ jti: fake(52, 3), iat: 1744726308, iss: "O" + fake(55, 4), name: "A", nats: { type, version: 2 } }),
    fake(86, 6),
  ].join(".");
const pemBegin = "-----BEGIN RSA " + "PRIVATE KEY-----";
const pemEnd = "-----END RSA " + "PRIVATE KEY-----";
const pemBody = ["MIIEow" + "IBAAKCAQEA" + fake(48, 1), fake(64, 2), fake(64, 3), fake(64, 4), fake(40, 5) + "=="];
const openssh = [
  "-----BEGIN OPENSSH " + "PRIVATE KEY-----",
  "b3BlbnNzaC1rZXktdjEAAAAA" + fake(40, 7),
  fake(64, 8),
  fake(64, 9),
  "-----END OPENSSH " + "PRIVATE KEY-----",
];
const password = "q8X#2mZ!" + "v9Lp$4rT";

/** 32 hex characters: the shape of an Algolia key, search-only and admin alike. */
const algoliaKey = "6d2cab2158" + "9035d1be6b" + "c63be679c9" + "d3";

const one = (path: string, lines: string[]) => change([addedFile(path, lines)]);
/** Lookups holding these base texts, as a source would fetch them for the rule's needs. */
const atBase = (texts: Record<string, string>) => ({ ...emptyLookups(), baseContents: new Map(Object.entries(texts)) });
const fails = (kind: string, line = 1) => [{ messageId: "secret", line, data: { kind } }];

/** One line of minified code around `inner`, as a bundler writes it: thousands of characters, no indentation. */
const minifiedLine = (inner: string) => `var a=${"b.c(d),".repeat(500)}${inner}${"e.f(g),".repeat(500)}x=1;`;

const TRUE_CASES: InvalidCase[] = [
  {
    name: "a live provider token in a minified vendored bundle still fails",
    change: one("vendor/app.min.js", [minifiedLine(`token:"${ghp}",`)]),
    findings: fails("GitHub token"),
  },
  { name: "AWS access key ID in YAML", change: one("deploy/config.yml", [`aws_access_key_id: ${awsId}`]), findings: fails("AWS access key ID") },
  {
    // A pre-signed URL's query names the key ID; the same ID written elsewhere on the line is still said.
    name: "AWS access key ID beside a pre-signed link that carries it",
    change: one("README.md", [
      `<img src="https://b.s3.amazonaws.com/a.png?Signature=${fake(27, 2)}%3D&AWSAccessKeyId=${awsId}&Expires=1494713189"> key: ${awsId}`,
    ]),
    findings: fails("AWS access key ID"),
  },
  {
    name: "AWS access key ID in a URL query without a signature",
    change: one("README.md", [`<img src="https://b.s3.amazonaws.com/a.png?AWSAccessKeyId=${awsId}">`]),
    findings: fails("AWS access key ID"),
  },
  { name: "AWS STS key ID in Python", change: one("app/s3.py", [`KEY_ID = "${awsStsId}"`]), findings: fails("AWS access key ID") },
  {
    name: "AWS access key ID in a test still fails",
    change: one("tests/test_s3.py", [`client = boto3.client("s3", aws_access_key_id="${awsId}")`]),
    findings: fails("AWS access key ID"),
  },
  { name: "AWS secret access key in an .env", change: one(".env", [`AWS_SECRET_ACCESS_KEY=${awsSecret}`]), findings: fails("AWS secret access key") },
  {
    name: "AWS secret access key in a credentials file",
    change: one("config/credentials.ini", [`aws_secret_access_key = ${awsSecret}`]),
    findings: fails("AWS secret access key"),
  },
  { name: "GitHub classic token in TypeScript", change: one("src/a.ts", [`const t = "${ghp}";`]), findings: fails("GitHub token") },
  { name: "GitHub OAuth token in Go", change: one("cmd/main.go", [`token := "${gho}"`]), findings: fails("GitHub token") },
  { name: "GitHub fine-grained token in a workflow", change: one(".github/workflows/ci.yml", [`      GH_TOKEN: ${ghPat}`]), findings: fails("GitHub token") },
  { name: "GitHub token in a fixture still fails", change: one("test/fixtures/config.json", [`{"token": "${ghp}"}`]), findings: fails("GitHub token") },
  { name: "GitHub token in a _fixture/ folder still fails", change: one("_fixture/config.json", [`{"token": "${ghp}"}`]), findings: fails("GitHub token") },
  { name: "GitHub token in docs still fails", change: one("docs/setup.md", [`export GITHUB_TOKEN=${ghp}`]), findings: fails("GitHub token") },
  { name: "Slack bot token in Python", change: one("bot.py", [`SLACK = "${slackBot}"`]), findings: fails("Slack token") },
  { name: "Slack webhook URL in JSON", change: one("config/notify.json", [`{"webhook": "${slackHook}"}`]), findings: fails("Slack webhook") },
  { name: "Stripe live key in Ruby", change: one("config/stripe.rb", [`Stripe.api_key = '${stripeLive}'`]), findings: fails("Stripe secret key") },
  {
    name: "Stripe live key in an example still fails",
    change: one("examples/pay.js", [`const stripe = require("stripe")("${stripeLive}");`]),
    findings: fails("Stripe secret key"),
  },
  { name: "Stripe test-mode key in source", change: one("src/pay.ts", [`const key = "${stripeTest}";`]), findings: fails("Stripe test-mode key") },
  { name: "Google API key in Kotlin", change: one("app/src/main/Maps.kt", [`val apiKey = "${google}"`]), findings: fails("Google API key") },
  {
    name: "Google API key in an XML resource",
    change: one("res/values/keys.xml", [`<string name="maps">${google}</string>`]),
    findings: fails("Google API key"),
  },
  // A user JWT ships beside its nkey seed: still a credential (#11).
  { name: "a NATS user JWT in a server config", change: one("server/configs/users.conf", [`jwt: ${natsJwt("user")}`]), findings: fails("JSON Web Token") },
  { name: "JWT in a header in source", change: one("src/client.ts", [`headers.Authorization = "Bearer ${jwt}";`]), findings: fails("JSON Web Token") },
  { name: "RSA private key with material", change: one("certs/key.pem", [pemBegin, ...pemBody, pemEnd]), findings: fails("private key") },
  {
    name: "a private key in a folder named for tests but not test support",
    change: one("deploy/tests-keys.pem", [pemBegin, ...pemBody, pemEnd]),
    findings: fails("private key"),
  },
  {
    name: "a GitHub token in a sample project still fails",
    change: one("wire-grpc-sample/server/src/main/resources/app.yml", [`token: ${ghp}`]),
    findings: fails("GitHub token"),
  },
  {
    name: "a private key in a folder whose name only contains the word (resample/) fails",
    change: one("resample/keys/server.pem", [pemBegin, ...pemBody, pemEnd]),
    findings: fails("private key"),
  },
  {
    name: "a GitHub token in test_files/ still fails",
    change: one("test_files/config.yml", [`token: ${ghp}`]),
    findings: fails("GitHub token"),
  },
  {
    name: "a live token in Unity's project settings still fails",
    change: one("ProjectSettings/ProjectSettings.asset", [`  cloudToken: ${ghp}`]),
    findings: fails("GitHub token"),
  },
  { name: "OpenSSH private key with material", change: one("deploy/id_ed25519", openssh), findings: fails("private key") },
  {
    name: "private key with material in a string with \\n escapes",
    change: one("src/sign.js", [`const KEY = "${pemBegin}\\n${pemBody.join("\\n")}\\n${pemEnd}";`]),
    findings: fails("private key"),
  },
  { name: "high-entropy password in Go", change: one("db.go", [`dbPassword := "${password}"`]), findings: fails("secret assigned to `dbPassword`") },
  { name: "a property assignment in JS", change: one("src/db.js", [`config.password = "${password}";`]), findings: fails("secret assigned to `password`") },
  { name: "a bare high-entropy value in an .env", change: one(".env", ["API_TOKEN=" + "q8X2mZv9Lp4rTz7K"]), findings: fails("secret assigned to `API_TOKEN`") },
  {
    name: "a SECRET_KEY in Django settings",
    change: one("app/settings.py", [`SECRET_KEY = "${fake(20, 3)}-${fake(12, 9)}"`]),
    findings: fails("secret assigned to `SECRET_KEY`"),
  },
  { name: "client_secret in YAML", change: one("config/oauth.yml", [`client_secret: ${fake(32, 4)}`]), findings: fails("secret assigned to `client_secret`") },
  { name: "an apiKey in a JS object", change: one("src/config.js", [`  apiKey: '${fake(28, 6)}',`]), findings: fails("secret assigned to `apiKey`") },
  {
    // Session 19: the mark is the author's word on a file the change edits (see isGeneratedOutput).
    name: "an apiKey under a generated mark the change writes over a file it edits",
    change: one("src/config.js", ["// Code generated by confgen. DO NOT EDIT.", `  apiKey: '${fake(28, 6)}',`]),
    findings: fails("secret assigned to `apiKey`", 2),
  },
  { name: "a Ruby hash rocket", change: one("lib/client.rb", [`  :auth_token => "${fake(30, 2)}",`]), findings: fails("secret assigned to `auth_token`") },
  {
    name: "a database URL with a real password",
    change: one("config/prod.env", ["DATABASE_URL=postgres://app:" + "Zq8kP2vLm9x7@db.internal:5432/app"]),
    findings: fails("database URL with a password"),
  },
  {
    // Set 29: only a URL whose every host is on the reader's machine is local; one elsewhere on the line keeps it a finding.
    name: "a database URL with a real password beside a loopback one",
    change: one("src/settings.py", ["URLS = ['postgres://app:" + "Zq8kP2vLm9x7@db.internal:5432/app', 'postgres://app:x@localhost/app']"]),
    findings: fails("database URL with a password"),
  },
  {
    name: "a key of the same shape as MinIO's published sample, but another",
    change: one(".github/workflows/go.yml", ["          MINIO_KMS_SECRET_KEY: my-minio-key:" + "OSMM+vkKUTCvQs9YL/CVMIMt43HFhkUpqJxTmGl6rYx="]),
    findings: fails("secret assigned to `MINIO_KMS_SECRET_KEY`"),
  },
  {
    name: "a proxy URL with a real password",
    change: one("src/net.py", ['PROXY = "http://svc:' + 'W7r-pQ2zK9m@proxy.corp:3128"']),
    findings: fails("password in a URL"),
  },
  {
    name: "the second of two secrets on different lines, after ordinary code",
    change: one("src/a.ts", ["const name = user.getDisplayName();", `const t = "${ghp}";`]),
    findings: fails("GitHub token", 2),
  },
  {
    name: "the same value on three lines is one finding that names the others",
    change: one("src/a.ts", [`const a = "${ghp}";`, "", `const b = "${ghp}";`, `const c = '${ghp}',`]),
    findings: [{ messageId: "secret", line: 1, data: { kind: "GitHub token", also: " (also on lines 3 and 4)" } }],
  },
  {
    name: "a value added six more times names five of them",
    change: one(
      "src/a.ts",
      Array.from({ length: 7 }, () => `t("${ghp}");`),
    ),
    findings: [{ messageId: "secret", line: 1, data: { also: " (also on lines 2, 3, 4, 5, 6 and 1 more)" } }],
  },
  {
    name: "an AWS key ID and its secret key from one credentials block are one finding",
    change: one("config/credentials", ["[default]", `aws_access_key_id = ${awsId}`, `aws_secret_access_key = ${awsSecret}`]),
    findings: [{ messageId: "secret", line: 2, data: { kind: "AWS access key ID and AWS secret access key", also: " (also on line 3)" } }],
  },
  {
    name: "an AWS key ID and a secret assigned to an `aws_` name next to it are one finding",
    change: one("app/settings.py", [`AWS_KEY_ID = "${awsId}"`, `aws_password = "${password}"`]),
    findings: [{ messageId: "secret", line: 1, data: { also: " (also on line 2)" } }],
  },
  {
    name: "two AWS credentials far apart in a file are two findings",
    change: one("config/credentials", [`aws_access_key_id = ${awsId}`, "", "", "", "", "", `aws_secret_access_key = ${awsSecret}`]),
    findings: [...fails("AWS access key ID", 1), ...fails("AWS secret access key", 7)],
  },
  {
    name: "secrets of different providers next to each other are two findings",
    change: one(".env", [`AWS_ACCESS_KEY_ID=${awsId}`, `GH_TOKEN=${ghp}`]),
    findings: [...fails("AWS access key ID", 1), ...fails("GitHub token", 2)],
  },
  {
    name: "two different secrets on two lines are two findings",
    change: one(".env", [`GH_TOKEN=${ghp}`, `GH_OTHER=${gho}`]),
    findings: [...fails("GitHub token", 1), ...fails("GitHub token", 2)],
  },
  {
    name: "a live token that is new still fails when another file of the change held a different one",
    change: change([addedFile("src/a.ts", [`const t = "${ghp}";`]), addedFile("src/b.ts", ["x"])]),
    lookups: atBase({ "src/b.ts": `const old = "${gho}";` }),
    findings: [{ messageId: "secret", path: "src/a.ts", line: 1 }],
  },
  {
    name: "a new generic secret in source fails even when the base has other secrets",
    change: one("app/settings.py", [`SECRET_KEY = "${password}"`]),
    lookups: atBase({ "app/settings.py": `SECRET_KEY = "${fake(24, 5)}"` }),
    findings: fails("secret assigned to `SECRET_KEY`"),
  },
  // Algolia's search-only key is public; not an admin key, nor a key a backend keeps beside its app ID (#11).
  {
    name: "an Algolia admin key beside its index still fails",
    change: one("scripts/reindex.js", [
      "const client = algoliasearch({",
      "  appId: 'BH4D9OD16A',",
      `  adminApiKey: '${algoliaKey}',`,
      "  indexName: 'docs',",
      "});",
    ]),
    findings: fails("secret assigned to `adminApiKey`", 3),
  },
  {
    name: "an Algolia key beside its app ID only (a backend client) still fails",
    change: one("server/search.js", ["const APP_ID = 'BH4D9OD16A';", `const apiKey = '${algoliaKey}';`, "const client = algoliasearch(APP_ID, apiKey);"]),
    findings: fails("secret assigned to `apiKey`", 2),
  },
  {
    name: "an Algolia key in an .env file still fails",
    change: one(".env", ["ALGOLIA_APP_ID=BH4D9OD16A", `ALGOLIA_API_KEY=${algoliaKey}`, "ALGOLIA_INDEX_NAME=docs"]),
    findings: fails("secret assigned to `ALGOLIA_API_KEY`", 2),
  },
  {
    name: "a key that is not Algolia's shape beside an index name still fails",
    change: one("src/search.ts", ["const options = {", `  apiKey: '${fake(32, 3)}',`, "  indexName: 'docs',", "};"]),
    findings: fails("secret assigned to `apiKey`", 2),
  },
  {
    name: "a live provider token in a doctest still fails (Python)",
    change: one("pkg/client.py", ['    """', "    >>> client = Client(", `    ...     token="${ghp}",`, "    ... )", '    """']),
    findings: fails("GitHub token", 3),
  },
  {
    name: "a live provider token in a doc comment still fails (Rust)",
    change: one("src/client.rs", [`/// let client = Client::new("${ghp}");`, "pub struct Client;"]),
    findings: fails("GitHub token"),
  },
  {
    name: "a random key assigned in code beside a doctest still fails (Python)",
    change: one("pkg/notify.py", ['    """', '    >>> notify(token="…")', '    """', `    API_KEY = "${fake(32, 4)}"`]),
    findings: fails("secret assigned to `API_KEY`", 4),
  },
  {
    name: "a random hexadecimal UUID assigned to a key still fails (superagent's Sauce Labs key in .travis.yml)",
    change: one(".travis.yml", ["env:", "  global:", "    - SAUCE_ACCESS_KEY=" + "1f6b2c9e-4d3a-" + "4b8e-9c7f-2a5d8e1b3c6f"]),
    findings: fails("secret assigned to `SAUCE_ACCESS_KEY`", 3),
  },
  // Round 2 of session 18: examples and CI service containers are judged narrowly (#11).
  {
    name: "a live provider token in a YARD @example still fails (Ruby)",
    change: one("lib/client.rb", ["  # @example", `  #   Client.new(token: '${ghp}') #=> #<Client>`, "  def initialize(token:)"]),
    findings: fails("GitHub token", 2),
  },
  {
    name: "a password in a commented-out assignment, not an example, still fails (Ruby)",
    change: one("lib/db.rb", ["  # Connection settings", `  # password = '${password}'`, "  def connect"]),
    findings: fails("secret assigned to `password`", 2),
  },
  {
    name: "a random key in a workflow's job env, with no local service, still fails",
    change: one(".github/workflows/deploy.yml", [
      "    steps:",
      "      - name: Deploy",
      "        env:",
      "          DEPLOY_HOST: deploy.example.org",
      `          DEPLOY_SECRET_KEY: ${fake(24, 3)}`,
      "        run: ./deploy.sh",
    ]),
    findings: fails("secret assigned to `DEPLOY_SECRET_KEY`", 5),
  },
  {
    name: "a job-level image does not make its variables a service container's (GitLab)",
    change: one(".gitlab-ci.yml", ["deploy:", "  image: alpine:3.19", "  variables:", `    API_SECRET_KEY: ${fake(24, 5)}`, "  script: ./deploy.sh"]),
    findings: fails("secret assigned to `API_SECRET_KEY`", 4),
  },
  {
    name: "a live AWS key beside a local host in a workflow still fails",
    change: one(".github/workflows/ci.yml", ["        env:", "          S3_HOST: 127.0.0.1", `          AWS_ACCESS_KEY_ID: ${awsId}`]),
    findings: fails("AWS access key ID", 3),
  },
];

const FALSE_CASES: ValidCase[] = [
  // Documentation inside code and values nobody was issued (loguru's notifier docstrings, #11).
  {
    name: "made-up tokens in a docstring's doctest example (loguru's notifier)",
    change: one("loguru/_notifier.py", [
      '            "pushover": """',
      "                >>> notificator = notifier.pushover(",
      `                ...     token="${"chlnisznql" + "ttipch5e5zu3gmxo5qp7"}",`,
      `                ...     user="${"srpzuyopid" + "aythfq3u1tj2fmee3ke0"}",`,
      "                ... )",
      '            """,',
      `                >>> notificator = notifier.gitter(token="${"qdp4k378tw" + "u994ss3940c35x87jbul3p6l6e32f0"}")`,
    ]),
  },
  {
    name: "a made-up key in a Rust doc comment",
    change: one("src/lib.rs", [`/// let client = Client::new(api_key = "${fake(32, 6)}");`, "pub struct Client;"]),
  },
  {
    name: "a made-up key in a JSDoc example",
    change: one("src/client.ts", ["/**", " * @example", ` *   const client = new Client({ apiKey: "${fake(32, 6)}" });`, " */"]),
  },
  {
    name: "sample output of a YARD @example (Faker's user generator, Ruby)",
    change: one("lib/faker/default/internet.rb", [
      "      # @example",
      `      #   Faker::Internet.user('username', 'email', 'password') #=> { username: 'alexie', password: '${"DtEf9P8wS" + "31iMyC"}' }`,
      "      #",
    ]),
  },
  {
    name: "a result shown with `// =>` in a line comment (JavaScript)",
    change: one("src/tokens.js", [`// makeToken() // => { secret: "${fake(24, 2)}" }`, "export function makeToken() {}"]),
  },
  {
    name: "a key in the lines under an @example tag of `#` comments (Python)",
    change: one("pkg/client.py", ["# @example", "#   from pkg import Client", `#   client = Client(api_key="${fake(32, 7)}")`, "class Client: ..."]),
  },
  {
    name: "a CI job's key for the MinIO container it starts, beside its 127.0.0.1 host (pydantic's third-party workflow)",
    change: one(".github/workflows/third-party.yml", [
      "      - name: MinIO Setup",
      "        env:",
      "          MINIO_HOST: 127.0.0.1",
      "          ACCESS_KEY: polar-development",
      `          SECRET_ACCESS_KEY: ${"polar1234" + "56789"}`,
      "        run: bash github.sh",
    ]),
  },
  {
    name: "a service container's own password in a workflow",
    change: one(".github/workflows/ci.yml", [
      "    services:",
      "      postgres:",
      "        image: postgres:15",
      "        env:",
      "          POSTGRES_USER: app",
      `          POSTGRES_PASSWORD: ${fake(20, 9)}`,
      "        ports:",
      "          - 5432:5432",
    ]),
  },
  {
    name: "a made-up password in a Javadoc example",
    change: one("src/main/java/Db.java", ["  /**", `   * db.connect(password = "${password}");`, "   */"]),
  },
  {
    name: "successive characters in a Python constant (a0b1c2…)",
    change: one("app/settings.py", [`ZULIP_API_KEY = "${"a0b1c2d3e4f5" + "a6b7c8d9e0f1a2b3c4d5"}"`]),
  },
  {
    name: "successive characters in a Go constant (abcdef0123456789)",
    change: one("client/config.go", [`const apiKey = "${"abcdef" + "0123456789"}"`]),
  },
  {
    name: "a repeated unit in YAML (ab12ab12…)",
    change: one("config/app.yml", [`api_key: ${"ab12".repeat(6)}`]),
  },
  {
    name: "a UUID-shaped value with letters past f is not a UUID (loguru's statuspage example)",
    change: one("config/app.yml", [`statuspage_api_key: ${"fc8f938z-9250-" + "2buh-18r2-852312zi1y42"}`]),
  },
  {
    name: "Telegram's documented sample bot token in Go",
    change: one("bot/main.go", [`	token := "${"110201543:AAHdqTcvCH1v" + "GWJxfSeofSAs0K5PALDsaw"}"`]),
  },
  {
    name: "RFC 6749's example access token in TypeScript",
    change: one("src/oauth.ts", [`const accessToken = "${"2YotnFZFEj" + "r1zCsicMWpAA"}";`]),
  },
  // DocSearch's search-only key ships to every browser (formik's docs sites, judged wrong in set 7).
  {
    name: "a DocSearch key in a Docusaurus siteConfig's algolia block (formik)",
    change: one("website/siteConfig.js", ["  algolia: {", `    apiKey: '${algoliaKey}',`, "    indexName: 'formik',", "    algoliaOptions: {},", "  },"]),
  },
  {
    name: "a DocSearch key beside appId and indexName in a search component (formik)",
    change: one("website2/src/components/Search.tsx", [
      "const options = {",
      "  appId: `KEE45EAUY8`,",
      `  apiKey: \`${algoliaKey}\`,`,
      "  indexName: `prod-docs`,",
      "};",
    ]),
  },
  {
    name: "a search-only key named so, beside its app ID",
    change: one("site/.vitepress/config.ts", ["      appId: 'BH4D9OD16A',", `      searchApiKey: '${algoliaKey}',`]),
  },

  { name: "a constant that merely contains TOKEN (Flask-WTF)", change: one("flask_wtf/csrf.py", ["GLOBAL_TOKEN_IDENTIFIER = '!real_csrf_token'"]) },
  { name: "a private key header with no material", change: one("tests/test_utils.py", [pemBegin, "secrets", pemEnd]) },
  { name: "a test SFTP server's host key in test_files/ (flysystem)", change: one("test_files/sftp/ssh_host_rsa_key", [pemBegin, ...pemBody, pemEnd]) },
  { name: "a client key a test server must reject, in test_files/", change: one("test_files/sftp/unknown.key", openssh) },
  {
    name: "a sample project's localhost TLS key (wire-grpc-sample/)",
    change: one("wire-grpc-sample/server/src/main/resources/ssl/server_cert_key_combo.pem", [pemBegin, ...pemBody, pemEnd]),
  },
  { name: "a demo app's TLS key (demo_app/)", change: one("demo_app/certs/key.pem", [pemBegin, ...pemBody, pemEnd]) },
  { name: "a TLS key in src/test/resources/", change: one("src/test/resources/certs/server.pem", [pemBegin, ...pemBody, pemEnd]) },
  {
    name: "Unity's serialised default psp2PackagePassword",
    change: one("unity/ProjectSettings/ProjectSettings.asset", ["  psp2PackagePassword: F69AzBlax3CF3EDNhm3soLBPh71Yexui"]),
  },
  { name: "a private key header alone", change: one("src/pem.ts", [`const HEADER = "${pemBegin}";`]) },
  { name: "a private key with a short body", change: one("docs/keys.md", [pemBegin, "MIIEowIBAAKCAQEA...", pemEnd]) },
  {
    // fd b97038f0c1: an asciinema screenshot's pre-signed S3 link in the README (judged *wrong*, set 15).
    name: "the key ID of a pre-signed S3 link (SigV2)",
    change: one("README.md", [
      `<img src="https://b.s3.amazonaws.com/a.png?Signature=${fake(27, 2)}%3D&AWSAccessKeyId=${awsId}&Expires=1494713189" width="600" />`,
    ]),
  },
  {
    name: "the key ID of a pre-signed S3 link (SigV4)",
    change: one("docs/download.md", [
      `[zip](https://b.s3.amazonaws.com/x.zip?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=${awsId}%2F20170514%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Expires=3600&X-Amz-Signature=${fake(64, 4).toLowerCase()})`,
    ]),
  },
  { name: "AWS's documented example key ID", change: one("docs/aws.md", ["aws_access_key_id = AKIA" + "IOSFODNN7EXAMPLE"]) },
  { name: "AWS's documented example secret", change: one("docs/aws.md", ["aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/" + "bPxRfiCYEXAMPLEKEY"]) },
  { name: "a GitHub token placeholder of x's", change: one("docs/auth.md", ["export GITHUB_TOKEN=gh" + "p_" + "x".repeat(36)]) },
  { name: "an AWS key placeholder of zeros", change: one("config/example.yml", ["key: AK" + "IA" + "0".repeat(16)]) },
  { name: "a placeholder xxx", change: one("config.py", ['api_key = "xxxxxxxxxxxxxxxxxxxx"']) },
  // kotlinx-datetime 4a56eb82 (held-out set 8, session 9): a reference into TeamCity's credential store.
  {
    name: "a TeamCity credentialsJSON reference",
    change: one(".teamcity/settings.kts", ['        token = "credentialsJSON:af36802a-ccd4-401b-86b9-0b08d2dfad17"']),
  },
  { name: "a Vault reference", change: one("deploy/app.yml", ['password: "vault:kv/app#Xq7_pL9m2Rz"']) },
  { name: "a placeholder <token>", change: one("docs/usage.md", ['token: "<your-github-token-here>"']) },
  { name: "a placeholder ${VAR}", change: one("deploy/app.yml", ["password: ${DB_PASSWORD_FROM_VAULT}"]) },
  { name: "a placeholder changeme", change: one("config/app.ini", ["password = changeme-in-production-1"]) },
  { name: "a placeholder your-api-key", change: one("src/a.ts", ['const API_KEY = "your-api-key-goes-here";']) },
  { name: "a placeholder of asterisks", change: one("src/a.ts", ['const secret = "****************";']) },
  { name: "a masked placeholder with dots", change: one("README.md", ['token: "ghp_1234...abcd"']) },
  {
    name: "user:pass in a test URL (requests)",
    change: one("tests/test_utils.py", ['        ("http://user:pass@complex.url.com/path?query=yes", ("user", "pass")),']),
  },
  { name: "user:pass in a doc's proxy URL", change: one("docs/user/advanced.rst", ["    proxies = {'http': 'http://user:pass@10.10.1.10:3128/'}"]) },
  // Set 29 (#11): tortoise-orm's blacksheep docstring, and MinIO's KMS quickstart key in minio-go's CI (both judged *wrong*).
  {
    name: "a database URL to localhost in a docstring's config example",
    change: one("tortoise/contrib/blacksheep/__init__.py", ["                    'default': 'postgres://postgres:" + "qwerty123@localhost:5432/events'"]),
  },
  {
    name: "MinIO's published KMS key under a key name of the project's own",
    change: one(".github/workflows/go.yml", ["          MINIO_KMS_SECRET_KEY: strata-key:" + "OSMM+vkKUTCvQs9YL/CVMIMt43HFhkUpqJxTmGl6rYw="]),
  },
  { name: "postgres:postgres in a compose file", change: one("docker-compose.yml", ["      DATABASE_URL: postgres://postgres:postgres@db:5432/app"]) },
  { name: "a templated password in a URL", change: one("deploy.sh", ['git clone "https://${GH_USER}:${GH_TOKEN}@github.com/acme/api.git"']) },
  { name: "a Python annotation with a default (sentry-python)", change: one("sentry_sdk/utils.py", ['        secret_key: "Optional[str]" = None,']) },
  { name: "an f-string in a doc (sentry-python)", change: one("docs/data-protection.md", ['logger.debug(f"Session token: {hash_for_logging(session_id)}")']) },
  { name: "a made-up secret that spells its word (probot docs)", change: one("docs/development.md", ['      secret: "webhooksecret123",']) },
  { name: "a Slack token with a made-up tail in docs (python-slack-sdk)", change: one("docs/content/installation.md", ["token = 'xo" + "xb-111-222-xxxxx'"]) },
  {
    name: "a Slack app token with a made-up tail in a test",
    change: one("tests/socket_mode/test_builtin.py", ['client = SocketModeClient(app_token="xa' + 'pp-A111-222-xyz")']),
  },
  { name: "a Slack refresh token with a word tail", change: one("tests/oauth/test_rotation.py", ['            bot_token="xo' + 'xe.xoxp-1-initial",']) },
  { name: "a Slack user token of digits only", change: one("tests/test_client.py", ['client = SlackClient("xo' + 'xp-1234123412341234-12341234-1234")']) },
  {
    name: "an index expression in generated HTML docs",
    change: one("docs/api/base_client.html", ["client_id, client_secret = auth[&#34;client_id&#34;], auth[&#34;client_secret&#34;]"]),
  },
  { name: "a type annotation in docs", change: one("docs/api/internal_utils.html", ["    token: Optional[str],"]) },
  {
    name: "a test token of words and a number (python-slack-sdk)",
    change: one("tests/web/test_client.py", ['self.client.token = "xo' + 'xb-users_list_pagination_1"']),
  },
  {
    name: "a hashed secret in a detect-secrets baseline",
    change: one(".secrets.baseline", ['        "hashed_secret": "d6b66ddd9ea7dbe760114bfe9a97352a5e139134",']),
  },
  { name: "an encrypted password (safe to commit)", change: one("config/deploy.yml", ["encrypted_password: " + fake(44, 3)]) },
  { name: "process.env", change: one("src/a.ts", ["const token = process.env.GITHUB_TOKEN;"]) },
  { name: "os.environ", change: one("app/settings.py", ['SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]']) },
  { name: "os.environ.get", change: one("app/settings.py", ['password = os.environ.get("DB_PASSWORD", "")']) },
  { name: "ENV.fetch in Ruby", change: one("config/initializers/stripe.rb", ['Stripe.api_key = ENV.fetch("STRIPE_SECRET_KEY")']) },
  { name: "ENV[] in YAML", change: one("config/database.yml", ["  password: <%= ENV['DATABASE_PASSWORD'] %>"]) },
  { name: "System.getenv in Java", change: one("src/main/java/Db.java", ['String password = System.getenv("DB_PASSWORD");']) },
  { name: "os.Getenv in Go", change: one("main.go", ['secret := os.Getenv("APP_SECRET_VALUE")']) },
  { name: "a field name constant", change: one("config.py", ['PASSWORD_FIELD = "password_confirmation"']) },
  { name: "a token type", change: one("auth.py", ['token_type = "bearer_token_type"']) },
  { name: "a token URL", change: one("Makefile", ["TOKEN_URL=https://auth.example.com/oauth2/token"]) },
  { name: "a password path", change: one("Makefile", ["\t\t-v /etc/passwd:/etc/passwd:ro \\"]) },
  { name: "a regex assigned to a TOKEN name", change: one("src/a.ts", ["const DECISION_TOKENS = /\\b(if|for|while)\\b|&&|\\?/g;"]) },
  { name: "a header name", change: one("src/csrf.ts", ['const CSRF_TOKEN_HEADER = "X-CSRF-Token-2";']) },
  { name: "a secret key name from settings", change: one("app/config.py", ['SECRET_KEY_SETTING = "FLASK_SECRET_KEY_V2"']) },
  { name: "a token prefix pattern in a lexer", change: one("lexer.go", ['tokenPrefix := "${{(%#!"']) },
  { name: "a function call assigned to a token", change: one("src/a.ts", ["const token = generateToken(user.id, 3600);"]) },
  { name: "a password of words", change: one("tests/test_login.py", ['password = "correct-horse-battery"']) },
  { name: "a test password marked as test", change: one("tests/test_login.py", ['password = "testpassword123!"']) },
  { name: "a hash of digits", change: one("src/a.ts", ['const secret = "123456789012345678";']) },
  { name: "ordinary code", change: one("src/A.java", ["String name = user.getDisplayName();"]) },
  { name: "a JWT-shaped string whose header is not JSON", change: one("src/a.ts", [`const s = "eyJ${fake(20)}.eyJ${fake(20)}.${fake(20)}";`]) },
  // Tests, fixtures, docs and examples: only live provider formats count (#11).
  { name: "a generic password in a test", change: one("tests/test_db.py", [`PASSWORD = "${password}"`]) },
  // nats-server fb0d6fd203: operator and account JWTs are public signed claims a server is configured with (set 32, judged wrong).
  { name: "a NATS operator JWT in a server config", change: one("server/configs/reload/sentinel.conf", [`operator: ${natsJwt("operator")}`]) },
  { name: "a NATS account JWT preloaded in a server config", change: one("server/configs/reload/sentinel.conf", [`  ACX3MVLH: ${natsJwt("account")}`]) },
  { name: "a JWT in a fixture", change: one("spec/fixtures/token.json", [`{"id_token": "${jwt}"}`]) },
  { name: "a private key with material in a test's certs", change: one("tests/certs/server.key", [pemBegin, ...pemBody, pemEnd]) },
  // echo's self-signed localhost key, kept under Go's `_fixture/` (a folder the go tool skips) for its TLS tests.
  { name: "a private key in a _fixture/ folder (echo)", change: one("_fixture/certs/key.pem", [pemBegin, ...pemBody, pemEnd]) },
  { name: "a private key under testdata/certs", change: one("internal/testdata/certs/key.pem", [pemBegin, ...pemBody, pemEnd]) },
  {
    name: "a private key in an example app (probot)",
    change: one("example/node-middleware.cjs", ["process.env.PRIVATE_KEY = `" + pemBegin, ...pemBody, pemEnd + "`;"]),
  },
  { name: "a password in README", change: one("README.md", [`    api_key: ${fake(32, 1)}`]) },
  { name: "a hex SECRET_KEY in a doc's example (flask)", change: one("docs/config.rst", ['         $ export SECRET_KEY="5f352379324c22463451387a0aec5d2f"']) },
  { name: "a Stripe test-mode key in a spec (stripe-node)", change: one("test/telemetry.spec.js", [`          '${stripeTest}',`]) },
  {
    name: "a client secret in a Jest snapshot outside test/ (probot)",
    change: one("src/apps/__snapshots__/setup.ts.snap", [`      "GITHUB_CLIENT_SECRET": "${fake(40, 3)}",`]),
  },
  {
    name: "a generic secret in a new file that says it is generated",
    change: change([
      addedFile("src/gen/config.ts", ["// Code generated by confgen. DO NOT EDIT.", `export const apiKey = "${fake(28, 6)}";`], 1, { status: "added" }),
    ]),
  },
  // redux a1d344dd6a (held-out set 8): Yarn's minified release bundle, with readline-sync's password
  // prompt and Yarn's public Algolia search key in it. Nobody wrote them in the change (#10).
  {
    name: "a prompt and a search key in a minified vendored bundle",
    change: one(".yarn/releases/yarn-4.1.0.cjs", [
      minifiedLine(`apiKey:"${fake(32, 2)}",appId:"OFCNCOG2CU",t==null&&(t="Input new password: "),E=n.limitMessage;`),
    ]),
  },
  { name: "a generic password in a vendored package", change: one("third_party/acme/settings.py", [`PASSWORD = "${password}"`]) },
  { name: "a generic password in build output", change: one("dist/cjs/config.js", [`exports.password = "${password}";`]) },
  {
    name: "a prose prompt that ends in 'password: ' is not assigned anything",
    change: one("src/prompt.js", ['t==null&&(t="Input new password: "),E=n.limitMessage;!v;)n.limit=h,n.limitMessage=E,I=Yr.question(t,n)']),
  },
  // A value already in the repository is not new: re-indented, re-quoted, moved or copied (#11).
  {
    name: "a key re-indented in its own file",
    change: one("config/deploy.yml", [`      client_secret: ${fake(32, 4)}`]),
    lookups: atBase({ "config/deploy.yml": `  client_secret: ${fake(32, 4)}` }),
  },
  {
    name: "a live token moved from another file of the change",
    change: change([addedFile("src/new.ts", [`export const t = "${ghp}";`]), addedFile("src/old.ts", [], 1, { deletions: 1 })]),
    lookups: atBase({ "src/old.ts": `const t = '${ghp}'` }),
  },
  {
    name: "a private key written with \\n escapes that was at base as lines",
    change: one("src/sign.js", [`const KEY = "${pemBegin}\\n${pemBody.join("\\n")}\\n${pemEnd}";`]),
    lookups: atBase({ "src/sign.js": ["const KEY = `" + pemBegin, ...pemBody, pemEnd + "`;"].join("\n") }),
  },
  {
    name: "a renamed file's key, looked up at its old path",
    change: change([addedFile("config/b.env", [`API_TOKEN=${fake(20, 2)}`], 1, { status: "renamed", previousPath: "config/a.env" })]),
    lookups: atBase({ "config/a.env": `API_TOKEN="${fake(20, 2)}"` }),
  },
];

testRule("no-secrets", { valid: FALSE_CASES, invalid: TRUE_CASES });

describe("no-secrets table", () => {
  it("holds at least 30 true and 30 false cases (#11)", () => {
    expect(TRUE_CASES.length).toBeGreaterThanOrEqual(30);
    expect(FALSE_CASES.length).toBeGreaterThanOrEqual(30);
  });
});

describe("no-secrets messages", () => {
  const rule = rules["no-secrets"];
  it.each([
    ["src/a.ts", `const t = "${ghp}";`, ghp],
    ["app/db.py", `PASSWORD = "${password}"`, password],
  ])("never repeat the secret (%s)", (path, line, secret) => {
    const [f] = rule.check(one(path, [line]), rule.options.parse({}), emptyLookups());
    const message = formatMessage(rule.meta.messages[f.messageId], f.data);
    expect(message).not.toContain(secret);
    expect(message).not.toContain(secret.slice(4, 14));
    expect(message).toMatch(/[Rr]otate it now/);
    expect(message).toMatch(/looks like an? [A-Za-z]/);
  });

  it("say where a secret belongs", () => {
    const [f] = rule.check(one("src/a.ts", [`const t = "${ghp}";`]), rule.options.parse({}), emptyLookups());
    expect(formatMessage(rule.meta.messages[f.messageId], f.data)).toMatch(/secret store/);
  });
});

describe("no-secrets needs", () => {
  const rule = rules["no-secrets"];
  it("asks for the base text of every file of the change that existed at base, when a line could hold a key", () => {
    const files = [
      addedFile("src/a.ts", [`const t = "${fake(20)}";`], 1, { status: "added" }),
      addedFile("src/b.ts", ["x"]),
      addedFile("src/c.ts", ["x"], 1, { status: "renamed", previousPath: "src/old-c.ts" }),
      addedFile("src/d.ts", [], 1, { status: "removed", deletions: 3 }),
    ];
    expect(rule.needs!(change(files), rule.options.parse({}))).toEqual({ baseContents: ["src/b.ts", "src/old-c.ts", "src/d.ts"] });
  });

  it("asks for nothing when no added line could hold a key (prose, ordinary code, long words)", () => {
    const files = [
      addedFile("docs/guide.md", ["Install it with `npm install`, then run the CLI."]),
      addedFile("src/b.ts", ["const createPullRequestReviewComment = 1;", "x".repeat(100_000)]),
    ];
    expect(rule.needs!(change(files), rule.options.parse({}))).toEqual({});
  });
});
