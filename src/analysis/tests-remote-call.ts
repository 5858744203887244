/**
 * Fresh code that only hands data to a remote service at a fixed address (a debugger posting a
 * traceback to a paste service): no decision of its own, so a unit test could only check that a
 * mock was called. Where the component has no tests at all, a reviewer does not ask for the
 * first one over this.
 */

/** A string literal holding a URL that is not the machine's own. */
const REMOTE_URL = /["'`]https?:\/\/(?!localhost|127\.|0\.0\.0\.0|\[::1\])[^"'`\s]+/;

/** A branch, loop or handler: a decision a test could pin. */
export const DECISION = /(^|[^\w$])(if|elif|else|for|foreach|while|case|when|switch|match|catch|except|rescue|unless|until)([^\w$]|$)|\?\s*[^:]+:|&&|\|\|/;

/** Fresh lines beyond which the code is more than a call. */
const MAX_LINES = 10;

/** Whether the fresh lines (`code` by line) only call a remote address, with no decision among them. */
export function onlyCallsRemote(fresh: Set<number>, code: (line: number) => string): boolean {
  if (fresh.size === 0 || fresh.size > MAX_LINES) return false;
  const texts = [...fresh].map(code);
  return texts.some((t) => REMOTE_URL.test(t)) && !texts.some((t) => DECISION.test(t.replace(/(["'`])(?:\\.|(?!\1).)*\1/g, '""')));
}
