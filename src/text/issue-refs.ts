import { stripMarkdownCode } from "./strip-code.js";
import type { SafeRegex } from "../util/safe-regex.js";

export interface FoundRef {
  /** As written, for messages: "#12", "GH-12", "acme/api#12", a URL, "ABC-123". */
  text: string;
  /** GitHub references; absent for tracker keys (Jira and the like), which cannot be verified here. */
  owner?: string;
  repo?: string;
  number?: number;
}

export interface RefOptions {
  /** Hosts whose issue URLs count (github.com, or a GitHub Enterprise host). */
  hosts: string[];
  /** Extra tracker key patterns, e.g. Jira's [A-Z][A-Z0-9]+-\d+. */
  trackers: SafeRegex[];
}

const URL = /\bhttps?:\/\/[^\s<>()"'`]+/gi;
// A reference's `#` follows a space, punctuation or the start; never a word character or `&`
// (so `C#12`, `&#123;` and `page#3` are not references), and the number ends the token.
const SHORT = /(^|[^\w&/#])(?:([A-Za-z0-9][A-Za-z0-9-]{0,38})\/([A-Za-z0-9._-]{1,100}))?#(\d{1,9})(?![\w-])/g;
const GH = /(^|[^\w-])GH-(\d{1,9})(?![\w-])/gi;
/** What a URL or a `GH-` key needs, without a `#`. */
const MAY_REFER = /gh-|:\/\//i;

/** Every issue reference in a commit message or PR text, ignoring code spans and non-GitHub URLs. */
export function findIssueRefs(text: string, defaults: { owner?: string; repo?: string }, opts: RefOptions): FoundRef[] {
  // Every GitHub reference holds a `#`, `GH-` or a URL's `://` (stripping code only takes text out):
  // most TODOs hold none, and todo-issue-reference asks about every TODO a change adds.
  if (opts.trackers.length === 0 && !text.includes("#") && !MAY_REFER.test(text)) return [];
  const refs: FoundRef[] = [];
  let rest = stripMarkdownCode(text);
  rest = rest.replace(URL, (url) => {
    const ref = parseIssueUrl(url, opts.hosts);
    if (ref) refs.push(ref);
    return " "; // other URLs (another host, a fragment like #L10) are never references
  });
  for (const m of rest.matchAll(SHORT)) {
    const number = Number(m[4]);
    if (number === 0) continue;
    const owner = m[2] ?? defaults.owner;
    const repo = m[3] ?? defaults.repo;
    refs.push({ text: m[2] ? `${m[2]}/${m[3]}#${number}` : `#${number}`, owner, repo, number });
  }
  for (const m of rest.matchAll(GH)) {
    const number = Number(m[2]);
    if (number > 0) refs.push({ text: `GH-${number}`, owner: defaults.owner, repo: defaults.repo, number });
  }
  for (const tracker of opts.trackers) {
    // GH-N is GitHub's own key, already found above (and verifiable).
    for (const m of tracker.matchAll(rest)) if (m.text && !/^GH-\d+$/i.test(m.text)) refs.push({ text: m.text });
  }
  return refs;
}

function parseIssueUrl(url: string, hosts: string[]): FoundRef | undefined {
  const m = /^https?:\/\/([^/]+)\/([^/]+)\/([^/]+)\/(?:issues|pull)\/(\d+)(?:[/?#][^\s]*)?$/i.exec(url.replace(/[.,;:!?]+$/, ""));
  if (!m || !hosts.some((h) => h.toLowerCase() === m[1].toLowerCase())) return undefined;
  return { text: `${m[2]}/${m[3]}#${m[4]}`, owner: m[2], repo: m[3], number: Number(m[4]) };
}
