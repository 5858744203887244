import type { IncomingMessage, ServerResponse } from "node:http";

/**
 * `GET /bottomline/ready`: 200 only when this replica can do its work. The route exists only
 * once the app is loaded, so Probot's setup mode (no APP_ID) answers 404 here, which fails the
 * health check too. A private key that cannot sign an app JWT (PRIVATE_KEY=notakey) answers 503
 * with the reason: /ping alone reported such a replica healthy.
 */
export function readinessRoute(checks: Array<() => Promise<void>>) {
  return (req: IncomingMessage, res: ServerResponse): boolean => {
    if (req.method !== "GET" || (req.url ?? "").split("?")[0] !== "/bottomline/ready") return false;
    void Promise.all(checks.map((c) => c())).then(
      () => answer(res, 200, { ready: true }),
      (err: Error) => answer(res, 503, { ready: false, reason: err.message }),
    );
    return true;
  };
}

function answer(res: ServerResponse, status: number, body: object): void {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

/** Signs an app JWT locally (no request): fails when the private key is unusable. */
export async function privateKeySigns(auth: () => Promise<{ auth: (o: { type: "app" }) => Promise<unknown> }>): Promise<void> {
  try {
    await (await auth()).auth({ type: "app" });
  } catch (err) {
    throw new Error(
      `the App's private key cannot sign a token (${(err as Error).message}); set PRIVATE_KEY to the PEM key GitHub generated for the App, or PRIVATE_KEY_PATH to its file`,
    );
  }
}
