import { request } from "node:http";

/**
 * POSTs `chunks` × `size` bytes of whitespace and then `{}` (valid JSON, so a body under a cap
 * gets through) to a webhook route, chunked or with a Content-Length. Stops sending once the
 * answer is in; resolves with the status, or the socket error if the server hung up first.
 */
export function streamWebhook(opts: { port: number; path: string; chunks: number; size: number; withLength: boolean }): Promise<number | string> {
  return new Promise((resolve) => {
    const headers: Record<string, string | number> = {
      "content-type": "application/json",
      "x-github-event": "ping",
      "x-github-delivery": `big-${opts.withLength}-${opts.chunks * opts.size}`,
      "x-hub-signature-256": "sha256=unsigned",
    };
    if (opts.withLength) headers["content-length"] = opts.chunks * opts.size + 2;
    const req = request({ host: "127.0.0.1", port: opts.port, method: "POST", path: opts.path, headers }, (res) => {
      res.resume();
      finish(res.statusCode!);
    });
    // Once the answer is in, stop sending; a reset after that is expected, not a failure.
    let done = false;
    const finish = (outcome: number | string) => {
      if (done) return;
      done = true;
      resolve(outcome);
      req.destroy();
    };
    req.on("error", (err: NodeJS.ErrnoException) => finish(err.code ?? err.message));
    // A write that hits the socket after the server hung up can also surface on the socket itself,
    // once the request has let go of it; it is the same refusal, already reported through finish().
    req.on("socket", (socket) => socket.on("error", () => undefined));
    const chunk = Buffer.alloc(opts.size, 0x20);
    let sent = 0;
    const pump = () => {
      while (!done && sent < opts.chunks) {
        sent++;
        if (!req.write(chunk)) return void req.once("drain", pump);
      }
      if (!done) req.end("{}");
    };
    pump();
  });
}
