/**
 * A stateful stand-in for the slice of GitHub's API a review uses, for any installation and
 * repository: tokens, config (none: the recommended preset), commits, paginated files, the
 * GraphQL lookup, check runs and reviews (kept, so a second review sees the first one's marker).
 * The load bench serves it on loopback; tests route nock to it.
 */
export interface FakeRequest {
  method: string;
  path: string;
  body?: any;
}

export interface FakeAnswer {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
  delayMs?: number;
}

export interface FakeReview {
  id: number;
  body: string;
  state: string;
  user: { login: string; type: string };
}

export interface FakeGitHubOptions {
  /** Absolute base of the API, for pagination links (e.g. https://api.github.com). */
  baseUrl: string;
  /** Files of a pull request, keyed "owner/repo#number" (default 1). */
  files?: (pr: string) => number;
  /** Every added line is this long: > 100 characters gives one max-line-length warning per file. */
  lineLength?: number | (() => number);
  /** Head SHA of a pull request ("owner/repo#n") until a test moves it (default "a" × 40). */
  headOf?: (pr: string) => string;
  /** The repositories' .github/rules.yml (default none: the recommended preset). */
  config?: string;
  /** A chance to answer differently (faults, delays): return an answer to override the default. */
  override?: (req: FakeRequest) => FakeAnswer | undefined;
  /** The write lands, but the client gets this answer instead (a 502 after the fact). */
  loseResponse?: (req: FakeRequest) => FakeAnswer | undefined;
}

export interface FakeGitHub {
  route: (req: FakeRequest) => FakeAnswer;
  requests: FakeRequest[];
  reviews: Map<string, FakeReview[]>;
  checkRuns: Array<{ id: number; pr: string; head: string; status: string; conclusion?: string; annotations: number; external_id?: string }>;
  /** Head SHA the fake reports for a pull request (tests move it to simulate a push). */
  heads: Map<string, string>;
}

const PR_PATH = /^\/repos\/([^/]+)\/([^/]+)\/pulls\/(\d+)(\/.*)?$/;

export function createFakeGitHub(opts: FakeGitHubOptions): FakeGitHub {
  const fake: FakeGitHub = { route, requests: [], reviews: new Map(), checkRuns: [], heads: new Map() };
  let nextId = 1;

  function route(req: FakeRequest): FakeAnswer {
    fake.requests.push(req);
    const overridden = opts.override?.(req);
    if (overridden) return overridden;
    const answer = answer_(req);
    return (answer.status < 400 && opts.loseResponse?.(req)) || answer;
  }

  function answer_(req: FakeRequest): FakeAnswer {
    const [path, query = ""] = req.path.split("?");
    const m = `${req.method} ${path}`;
    let match: RegExpMatchArray | null;
    if ((match = m.match(/^POST \/app\/installations\/(\d+)\/access_tokens$/)))
      return { status: 201, body: { token: `ghs_${match[1]}`, expires_at: "2099-01-01T00:00:00Z", permissions: {} } };
    if (/^GET \/repos\/[^/]+\/[^/]+\/contents\//.test(m))
      return opts.config !== undefined && !m.includes("/.github/contents")
        ? { status: 200, body: opts.config }
        : { status: 404, body: { message: "Not Found" } };
    if (m === "POST /graphql") return { status: 200, body: answerGraphql(String(req.body?.query ?? "")) };
    if ((match = m.match(/^(POST|PATCH) \/repos\/([^/]+)\/([^/]+)\/check-runs(?:\/(\d+))?$/))) return checkRun(match, req.body);
    if ((match = m.match(/^GET \/repos\/([^/]+)\/([^/]+)\/commits\/([0-9a-f]+)\/check-runs$/))) {
      const runs = fake.checkRuns.filter((r) => r.pr === `${match![1]}/${match![2]}` && r.head === match![3]);
      return { status: 200, body: { total_count: runs.length, check_runs: runs.map((r) => ({ ...r, name: "Bottomline" })) } };
    }
    if ((match = path.match(PR_PATH)))
      return pullRequest(req.method, `${match[1]}/${match[2]}#${match[3]}`, match[4] ?? "", new URLSearchParams(query), req.body);
    return { status: 404, body: { message: `the fake GitHub has no route for ${m}` } };
  }

  function pullRequest(method: string, pr: string, rest: string, query: URLSearchParams, body: any): FakeAnswer {
    const head = fake.heads.get(pr) ?? opts.headOf?.(pr) ?? "a".repeat(40);
    if (method === "GET" && rest === "/commits")
      return {
        status: 200,
        body: [{ sha: head, commit: { message: "Change (#1)", author: { name: "Dev", email: "d@e.x" } }, author: { login: "dev" }, parents: [{ sha: "p" }] }],
      };
    if (method === "GET" && rest === "/files") return filesPage(pr, query);
    const reviews = fake.reviews.get(pr) ?? [];
    fake.reviews.set(pr, reviews);
    if (method === "GET" && rest === "/reviews") return { status: 200, body: reviews };
    if (method === "POST" && rest === "/reviews") {
      const review = { id: nextId++, body: String(body?.body ?? ""), state: body?.event === "REQUEST_CHANGES" ? "CHANGES_REQUESTED" : "COMMENTED", user: BOT };
      reviews.push(review);
      return { status: 200, body: review };
    }
    const edit = rest.match(/^\/reviews\/(\d+)(\/dismissals)?$/);
    const review = edit && reviews.find((r) => r.id === Number(edit[1]));
    if (method === "PUT" && review) {
      if (edit[2]) review.state = "DISMISSED";
      else review.body = String(body?.body ?? "");
      return { status: 200, body: review };
    }
    return { status: 404, body: { message: `the fake GitHub has no route for ${method} ${pr}${rest}` } };
  }

  function filesPage(pr: string, query: URLSearchParams): FakeAnswer {
    const total = Math.min(opts.files?.(pr) ?? 1, 3000);
    const perPage = Number(query.get("per_page") ?? 30);
    const page = Number(query.get("page") ?? 1);
    const from = (page - 1) * perPage;
    const length = typeof opts.lineLength === "function" ? opts.lineLength() : opts.lineLength;
    // Each file's line its own (its number at the end): max-line-length says a line repeated across files once.
    // Operands joined by `+`, so a formatter could wrap it: a line of one token is never a finding.
    const line = (n: number) => {
      const width = length ?? 120;
      let text = "x";
      while (text.length + 4 + String(n).length <= width) text += " + x";
      return `${text}${"x".repeat(Math.max(0, width - text.length - String(n).length))}${n}`;
    };
    const body = Array.from({ length: Math.max(0, Math.min(perPage, total - from)) }, (_, i) => ({
      filename: `src/file-${from + i}.ts`,
      status: "added",
      additions: 1,
      deletions: 0,
      changes: 1,
      patch: `@@ -0,0 +1,1 @@\n+${line(from + i)}`,
    }));
    const [owner, rest] = pr.split("/");
    const [repo, number] = rest.split("#");
    const next =
      from + perPage < total ? `<${opts.baseUrl}/repos/${owner}/${repo}/pulls/${number}/files?per_page=${perPage}&page=${page + 1}>; rel="next"` : undefined;
    return { status: 200, body, headers: next ? { link: next } : {} };
  }

  function checkRun(match: RegExpMatchArray, body: any): FakeAnswer {
    const annotations = Array.isArray(body?.output?.annotations) ? body.output.annotations.length : 0;
    if (match[1] === "POST") {
      const run = {
        id: nextId++,
        pr: `${match[2]}/${match[3]}`,
        head: String(body?.head_sha),
        status: String(body?.status ?? "queued"),
        conclusion: body?.conclusion,
        annotations,
        external_id: body?.external_id as string | undefined,
      };
      fake.checkRuns.push(run);
      return { status: 201, body: { id: run.id } };
    }
    const run = fake.checkRuns.find((r) => r.id === Number(match[4]));
    if (!run) return { status: 404, body: { message: "no such check run" } };
    run.annotations += annotations;
    if (body?.status) run.status = body.status;
    if (body?.conclusion) run.conclusion = body.conclusion;
    return { status: 200, body: { id: run.id } };
  }

  return fake;
}

const BOT = { login: "bottomline[bot]", type: "Bot" };

/** Every issue reference is an open issue; file texts are absent (the rules then use the diff). */
function answerGraphql(query: string): { data: Record<string, Record<string, unknown>> } {
  const data: Record<string, Record<string, unknown>> = {};
  let alias = "";
  for (const m of query.matchAll(/(r\d+): repository\(|(i\d+): issueOrPullRequest|(f\d+): object/g)) {
    if (m[1]) data[(alias = m[1])] = {};
    else if (m[2]) data[alias][m[2]] = { __typename: "Issue", state: "OPEN" };
    else data[alias][m[3]] = null;
  }
  return { data };
}
