import { execInWindows } from "../text/line-windows.js";

/**
 * Credential formats that secretlint's recommended preset does not cover but real repositories
 * leak: Google API keys and JSON Web Tokens. Quantifiers are bounded and the scan runs in windows
 * (line-windows.ts), so a hostile line costs linear time.
 */
export interface KnownFormat {
  kind: string;
  re: RegExp;
  /** A provider's live format fails even in tests and docs; a generic shape there is a notice. */
  provider: boolean;
  /** A further check on the match, for shapes a regular expression cannot judge alone. */
  real?(match: string): boolean;
}

export const KNOWN_FORMATS: KnownFormat[] = [
  { kind: "Google API key", re: /(?<![A-Za-z0-9_-])AIza[0-9A-Za-z_-]{35}(?![A-Za-z0-9_-])/, provider: true },
  {
    kind: "JSON Web Token",
    re: /(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{8,2000}\.eyJ[A-Za-z0-9_-]{8,4000}\.[A-Za-z0-9_-]{16,1000}(?![A-Za-z0-9_-])/,
    // A JWT is a credential only while it is valid, and most in a repository are test vectors:
    // a generic finding (a notice in tests and docs), and only when its header is real JSON.
    provider: false,
    real: (jwt) => /^\{\s*"(alg|typ|kid)"/.test(decodeBase64Url(jwt.slice(0, jwt.indexOf(".")))) && !publicClaims(jwt),
  },
];

/** The first known format on the line, if any, with the text it matched. */
export function findKnownFormat(text: string): { format: KnownFormat; value: string } | undefined {
  for (const format of KNOWN_FORMATS) {
    const m = execInWindows(format.re, text);
    if (m && (!format.real || format.real(m[0]))) return { format, value: m[0] };
  }
  return undefined;
}

/**
 * A NATS operator or account JWT: a signed document of public keys and limits that servers are
 * configured with (`operator: eyJ…`, `resolver_preload`), not a credential; the nkey seed that
 * signs it is (nats-server fb0d6fd203's reload fixtures, six findings judged wrong on set 32).
 * A user JWT still counts: it ships beside its seed in a `.creds` file.
 */
function publicClaims(jwt: string): boolean {
  const [, payload] = jwt.split(".");
  try {
    const type = (JSON.parse(decodeBase64Url(payload)) as { nats?: { type?: unknown } }).nats?.type;
    return type === "operator" || type === "account";
  } catch {
    return false;
  }
}

function decodeBase64Url(s: string): string {
  return Buffer.from(s.replace(/-/g, "+").replace(/_/g, "/"), "base64").toString("latin1");
}
