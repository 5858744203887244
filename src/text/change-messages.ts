import type { Change } from "../model/change.js";

// What the author wrote is hostile input: only the start of each message is read, of the first commits.
const MESSAGE_CHARS = 2000;
const MAX_COMMITS = 50;

/** The change's own words, bounded: its title, its description and its first commits' messages. */
export function changeMessages(change: Change): string[] {
  return [change.title, change.body, ...change.commits.slice(0, MAX_COMMITS).map((c) => c.message)].map((t) => (t ?? "").slice(0, MESSAGE_CHARS));
}
