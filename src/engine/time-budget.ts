import type { Gap } from "../model/change.js";

/**
 * How long the rules of one review may run. Rules are synchronous and run on the event loop that
 * also acknowledges every installation's webhooks, so a review must neither run forever nor hold
 * the loop in one piece (#9: one long line held it for 36 s, and GitHub gave up on other
 * deliveries after 10 s).
 *
 * Design: a cooperative budget, not a worker thread. The engine cuts the work into steps (one
 * rule over one file for rules that judge files one by one; one rule over the change otherwise),
 * yields to the event loop with setImmediate between steps, and skips the remaining steps once
 * the deadline has passed. Every rule is linear on hostile lines (test/rules/hostile-lines.test.ts),
 * so one step is short; a worker thread would add a second copy of the rules, config and file
 * texts per review and a structured-clone of the change, for a guarantee that linearity already
 * gives. What was skipped becomes an "unanalysable" gap, which the summary lists under
 * "Not reviewed", so a review cut short never passes silently.
 */
export interface TimeBudget {
  /** Milliseconds the rules of one review may take in all. */
  ms: number;
  /** The clock; injected by tests. */
  now: () => number;
}

export const DEFAULT_BUDGET_MS = 20_000;

/** The operator's budget: BOTTOMLINE_REVIEW_BUDGET_MS, else 20 s. Not in rules.yml: a repository must not raise it. */
export function defaultBudget(env: NodeJS.ProcessEnv = process.env): TimeBudget {
  const fromEnv = Number(env.BOTTOMLINE_REVIEW_BUDGET_MS);
  return { ms: Number.isFinite(fromEnv) && fromEnv > 0 ? fromEnv : DEFAULT_BUDGET_MS, now: () => performance.now() };
}

/** Collects the steps skipped after the deadline, one gap per rule. */
export class Deadline {
  private readonly end: number;
  private readonly skipped = new Map<string, string[]>();

  constructor(private readonly budget: TimeBudget) {
    this.end = budget.now() + budget.ms;
  }

  passed(): boolean {
    return this.budget.now() > this.end;
  }

  skip(rule: string, paths: string[]): void {
    const list = this.skipped.get(rule) ?? [];
    list.push(...paths);
    this.skipped.set(rule, list);
  }

  gaps(): Gap[] {
    const seconds = +(this.budget.ms / 1000).toFixed(3);
    return [...this.skipped].map(([rule, paths]) => {
      const what = paths.length === 0 ? "the change" : paths.length === 1 ? "1 file" : `${paths.length} files`;
      const some = paths.length > 1 ? ` (${paths.slice(0, 5).join(", ")}${paths.length > 5 ? ", …" : ""})` : "";
      const gap: Gap = {
        kind: "unanalysable",
        message: `rule ${rule} did not check ${what}${some}: the review's time budget of ${seconds} s ran out. Split the pull request, or ask the operator to raise BOTTOMLINE_REVIEW_BUDGET_MS`,
      };
      if (paths.length === 1) gap.path = paths[0];
      return gap;
    });
  }
}
