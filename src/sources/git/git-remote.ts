import { tryGit } from "./run-git.js";

export interface GitRemote {
  host: string;
  owner: string;
  name: string;
}

/** owner/name of `origin` when it is a GitHub-style remote (https or ssh), so #N references resolve. */
export function readOriginRemote(cwd: string): GitRemote | undefined {
  const url = tryGit(["remote", "get-url", "origin"], cwd);
  return url ? parseRemoteUrl(url) : undefined;
}

export function parseRemoteUrl(url: string): GitRemote | undefined {
  const m =
    /^(?:https?|ssh|git):\/\/(?:[^@/]+@)?([^/:]+)(?::\d+)?\/([^/]+)\/([^/]+?)(?:\.git)?\/?$/.exec(url) ??
    /^(?:[^@]+@)?([^:/]+):([^/]+)\/([^/]+?)(?:\.git)?$/.exec(url);
  return m ? { host: m[1], owner: m[2], name: m[3] } : undefined;
}
