import * as z from "zod";

/**
 * The fields Bottomline reads from the events it handles. A signed body that lacks them (a body
 * of `42`, `pull_request: null`, no repository or installation) is not the event it claims to
 * be: it gets a 400 naming the field, before any handler runs, instead of a 500 from deep inside.
 */
const owner = z.looseObject({ login: z.string() });
const repository = z.looseObject({ name: z.string(), owner });
const installation = z.looseObject({ id: z.number().int() });

const SHAPES: Record<string, z.ZodType> = {
  pull_request: z.looseObject({
    action: z.string(),
    repository,
    installation,
    pull_request: z.looseObject({
      number: z.number().int(),
      state: z.string(),
      title: z.string(),
      updated_at: z.string(),
      head: z.looseObject({ sha: z.string() }),
      base: z.looseObject({ sha: z.string(), repo: repository }),
    }),
  }),
  check_run: z.looseObject({
    action: z.string(),
    repository,
    installation,
    check_run: z.looseObject({
      name: z.string(),
      head_sha: z.string(),
      pull_requests: z.array(z.looseObject({ number: z.number().int() })),
    }),
  }),
};
const anyEvent = z.looseObject({});

/** Why this payload is not a `name` event Bottomline can handle, or undefined when it is. */
export function payloadProblem(name: string, payload: unknown): string | undefined {
  const result = (SHAPES[name] ?? anyEvent).safeParse(payload);
  if (result.success) return undefined;
  const issue = result.error.issues[0];
  const where = issue.path.length > 0 ? issue.path.join(".") : "the body";
  return `this is not a ${name} event GitHub sends: ${where}: ${issue.message}`;
}
