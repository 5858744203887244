/**
 * A write whose response was lost (a 502 or a reset after GitHub stored it) must not be sent
 * again blindly: that posted a second summary and a second check run. Before retrying such a
 * write, the retry layer asks here whether it landed, with one read:
 * - a check run is found by its external_id (publish-check-run.ts sets a fresh one per create);
 * - a review by its exact body and commit on the pull request.
 * Updates (PATCH, PUT) are idempotent and simply retried.
 */
type Request = (options: Record<string, unknown>) => Promise<{ status: number; url: string; headers: Record<string, unknown>; data: any }>;

interface WriteOptions {
  method?: string;
  url?: string;
  owner?: unknown;
  repo?: unknown;
  pull_number?: unknown;
  head_sha?: unknown;
  external_id?: unknown;
  body?: unknown;
  commit_id?: unknown;
}

export async function findLandedWrite(request: Request, options: WriteOptions): Promise<Awaited<ReturnType<Request>> | undefined> {
  if (options.method !== "POST") return undefined;
  if (options.url === "/repos/{owner}/{repo}/check-runs" && typeof options.external_id === "string") {
    const res = await request({
      method: "GET",
      url: "/repos/{owner}/{repo}/commits/{ref}/check-runs",
      owner: options.owner,
      repo: options.repo,
      ref: options.head_sha,
      filter: "all",
      per_page: 100,
    });
    const run = (res.data.check_runs as Array<{ external_id?: string }>).find((r) => r.external_id === options.external_id);
    return run ? { ...res, status: 201, data: run } : undefined;
  }
  if (options.url === "/repos/{owner}/{repo}/pulls/{pull_number}/reviews" && typeof options.body === "string") {
    const res = await request({
      method: "GET",
      url: "/repos/{owner}/{repo}/pulls/{pull_number}/reviews",
      owner: options.owner,
      repo: options.repo,
      pull_number: options.pull_number,
      per_page: 100,
    });
    const review = (res.data as Array<{ body?: string; commit_id?: string }>).find(
      (r) => r.body === options.body && (!options.commit_id || !r.commit_id || r.commit_id === options.commit_id),
    );
    return review ? { ...res, status: 200, data: review } : undefined;
  }
  return undefined;
}
