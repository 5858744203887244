/**
 * Names what went wrong with a GitHub request. Octokit reports a failed connection as a
 * RequestError with status 500 and no response, so a DNS failure used to read "GitHub answered
 * 500": here an answer is an answer, and a request that never got one is named for its cause.
 */
export class DeadlineExceeded extends Error {
  override name = "DeadlineExceeded";
  constructor(readonly ms: number) {
    super(`the review did not finish within its deadline of ${ms / 1000} s (BOTTOMLINE_REVIEW_DEADLINE_SECONDS)`);
  }
}

interface Errorish {
  name?: string;
  code?: string;
  message?: string;
  hostname?: string;
  status?: number;
  cause?: unknown;
  response?: unknown;
  request?: { method?: string; url?: string };
}

const NETWORK_CODES: Record<string, string> = {
  ENOTFOUND: "DNS lookup failed",
  EAI_AGAIN: "DNS lookup failed (temporary)",
  ECONNREFUSED: "connection refused",
  ECONNRESET: "connection reset",
  ETIMEDOUT: "connection timed out",
  EHOSTUNREACH: "host unreachable",
  ENETUNREACH: "network unreachable",
  UND_ERR_CONNECT_TIMEOUT: "connection timed out",
  UND_ERR_SOCKET: "connection closed",
};

function causes(err: unknown): Errorish[] {
  const out: Errorish[] = [];
  for (let e = err as Errorish | undefined; e && typeof e === "object" && out.length < 6; e = e.cause as Errorish | undefined) out.push(e);
  return out;
}

/** The deadline of the review attempt, when that is what stopped this request. */
export function deadlineOf(err: unknown): DeadlineExceeded | undefined {
  return causes(err).find((e): e is DeadlineExceeded => e instanceof DeadlineExceeded);
}

/** Why a request got no answer at all (DNS, refused, reset, timeout), or undefined when GitHub answered. */
export function networkProblem(err: unknown): string | undefined {
  const chain = causes(err);
  const top = chain[0];
  if (!top || top.response) return undefined;
  if (typeof top.status === "number" && top.status !== 500 && top.status !== 0) return undefined;
  for (const e of chain) {
    if (e instanceof DeadlineExceeded) return e.message;
    if (e.name === "TimeoutError" || e.name === "RequestTimeout") return `no answer within the request timeout${e.message ? ` (${e.message})` : ""}`;
    if (e.code && NETWORK_CODES[e.code]) return `${NETWORK_CODES[e.code]}${e.hostname ? ` for ${e.hostname}` : ""} (${e.code})`;
  }
  // Anything else: no cause worth naming, and no raw message (it may quote a response) reaches users.
  return undefined;
}
