import { tryGit } from "./run-git.js";

export interface GitRemote {
  host: string;
  owner: string;
  name: string;
}

const remotes = new Map<string, GitRemote | undefined>();

/** owner/name of `origin` when it is a GitHub-style remote (https or ssh), so #N references resolve. Asked of git once per directory. */
export function readOriginRemote(cwd: string): GitRemote | undefined {
  if (!remotes.has(cwd)) {
    const url = tryGit(["remote", "get-url", "origin"], cwd);
    remotes.set(cwd, url ? parseRemoteUrl(url) : undefined);
  }
  return remotes.get(cwd);
}

export function parseRemoteUrl(url: string): GitRemote | undefined {
  const m =
    /^(?:https?|ssh|git):\/\/(?:[^@/]+@)?([^/:]+)(?::\d+)?\/([^/]+)\/([^/]+?)(?:\.git)?\/?$/.exec(url) ??
    /^(?:[^@]+@)?([^:/]+):([^/]+)\/([^/]+?)(?:\.git)?$/.exec(url);
  return m ? { host: m[1], owner: m[2], name: m[3] } : undefined;
}
