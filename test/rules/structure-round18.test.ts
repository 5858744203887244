import { changed } from "../helpers/base-head.js";
import { addedFile, change } from "../helpers/make-change.js";
import type { InvalidCase, ValidCase } from "../helpers/rule-tester.js";
import { testRule } from "../helpers/rule-tester.js";
import { branchyBody, range, SAMPLES } from "../syntax/samples.js";

/**
 * Set 18's judged patterns (#10), at the default limits: one more copy of a block a function
 * repeats already, code unrolled over an arity, a function rewritten just over the limit, and a
 * function extracted from another with its lines edited on the way.
 */
const complexity = { valid: [] as ValidCase[], invalid: [] as InvalidCase[] };
const length = { valid: [] as ValidCase[], invalid: [] as InvalidCase[] };

const sample = (lang: string) => SAMPLES.find((s) => s.lang === lang)!;

/**
 * A registration block, written from one template for each kind of thing (resilience4j's
 * `onStart`: circuit breakers, rate limiters, retries, then bulkheads), in each language; `odd`
 * writes a block of other steps, of the same size. Brace languages only: in Python, such a copy
 * repeats whole lines of the old blocks (`item = None`, `else:`), which restored-code.ts already
 * reads as old code, so the block is no new code to begin with.
 */
interface Template {
  block: (kind: string) => string[];
  odd: string[];
}
const C_LIKE = (pad: string, decl: string, forEach: string, end: string): Template => ({
  block: (k) => [
    `${pad}${decl} ${k}Registry = injector.get("${k}")${end}`,
    `${pad}${forEach.replace("KIND", k)} {`,
    `${pad}    ${decl} item = null${end}`,
    `${pad}    if (conf.defaults) {`,
    `${pad}        item = ${k}Registry.make(key)${end}`,
    `${pad}    } else {`,
    `${pad}        item = ${k}Registry.make(key, build(conf.${k}Limit, conf.${k}Wait))${end}`,
    `${pad}    }`,
    `${pad}    if (endpoints.${k}.enabled) {`,
    `${pad}        item.events.on(consumers.create(key, endpoints.${k}.size))${end}`,
    `${pad}    }`,
    `${pad}    items.add(item)${end}`,
    `${pad}    log(key, "${k}")${end}`,
    `${pad}    count = count + 1${end}`,
    `${pad}    total = total + item.weight${end}`,
    `${pad}    last = item${end}`,
    `${pad}}`,
  ],
  odd: [
    `${pad}${decl} pool = executors.open("bulk")${end}`,
    `${pad}while (pool.pending() > limit) {`,
    `${pad}    ${decl} task = pool.next()${end}`,
    `${pad}    if (task.expired()) {`,
    `${pad}        pool.drop(task)${end}`,
    `${pad}        continue${end}`,
    `${pad}    }`,
    `${pad}    ${decl} started = clock.now()${end}`,
    `${pad}    task.run(context, started)${end}`,
    `${pad}    metrics.record(task.name(), clock.now() - started)${end}`,
    `${pad}    if (task.failed()) {`,
    `${pad}        alerts.raise(task.error())${end}`,
    `${pad}    }`,
    `${pad}    queue.ack(task.id())${end}`,
    `${pad}    waited = waited + pool.backlog()${end}`,
    `${pad}    drained = pool.isEmpty()${end}`,
    `${pad}}`,
  ],
});
const TEMPLATES: Record<string, Template> = {
  TypeScript: C_LIKE("  ", "let", "for (const [key, conf] of config.KINDs)", ";"),
  Java: C_LIKE("    ", "var", "for (var key : config.KINDs().keySet())", ";"),
  "C#": C_LIKE("    ", "var", "foreach (var key in config.KINDs.Keys)", ";"),
};

/** Statements before the blocks, so that the function is over the limit before the change. */
const lead = (lang: string) => branchyBody(sample(lang), 24, 300);

for (const [lang, t] of Object.entries(TEMPLATES)) {
  const s = sample(lang);
  const base = s.file("onStart", [...lead(lang), ...t.block("breaker"), ...t.block("limiter"), ...t.block("retry")]);
  length.valid.push({
    // resilience4j 73da9552a8 `onStart`, a bulkhead block written as the three blocks before it: judged "not worth saying", set 18.
    name: `${lang}: a fourth block written from the template of three old ones`,
    ...changed(s.path, base, s.file("onStart", [...lead(lang), ...t.block("breaker"), ...t.block("limiter"), ...t.block("retry"), ...t.block("bulkhead")])),
  });
  length.invalid.push({
    name: `${lang}: a block of other steps added beside them`,
    ...changed(s.path, base, s.file("onStart", [...lead(lang), ...t.block("breaker"), ...t.block("limiter"), ...t.block("retry"), ...t.odd])),
    findings: [{ messageId: "addsBlock", data: { name: "onStart" } }],
  });
  // One old copy is no pattern yet: the change duplicates code (jline 358a1041e7's redraw block, agreed, set 18).
  const once = [...lead(lang), ...branchyBody(s, 30, 500), ...t.block("breaker")];
  length.invalid.push({
    name: `${lang}: a block that copies the one block of its shape before it`,
    ...changed(s.path, s.file("onStart", once), s.file("onStart", [...once, ...t.block("bulkhead")])),
    findings: [{ messageId: "addsBlock", data: { name: "onStart" } }],
  });
}

/**
 * A high-arity function (arrow's `zip` and `zipOrAccumulate`): one line per position for its
 * contract, its locals and its calls, named `action1` to `actionN`, then a few steps.
 */
const ARITY = 24;
/**
 * Lines that differ in more than a number: four forms in turn (`#` the line's number). One form over
 * and over would be the rows of a table written as code (see table-rows-in-code.ts), not steps.
 */
const steps = (i: number, forms: string[]) => forms[i % 4].replace("#", String(i + 1));
const UNROLLED: Record<string, (numbered: boolean) => string[]> = {
  Kotlin: (numbered) => [
    "    contract {",
    ...range(ARITY, (i) =>
      numbered
        ? `        callsInPlace(action${i + 1}, InvocationKind.EXACTLY_ONCE)`
        : `        ${steps(i, ["callsInPlace(x, kinds.get(#))", "check(x > #)", "require(limit(x) < #)", "x.record(#)"])}`,
    ),
    "    }",
    ...range(ARITY, (i) =>
      numbered
        ? `    val a${i + 1} = action${i + 1}(this)`
        : `    ${steps(i, ["val a = step(x, #)", "x = scale(x) * #", "total -= weigh(x, #)", "x = limit(x + #)"])}`,
    ),
    "    if (x > 0) { println(x) }",
    ...range(ARITY, (i) =>
      numbered ? `    println(a${i + 1})` : `    ${steps(i, ["println(x + #)", "x = scale(x) * #", "total -= weigh(x, #)", "x = limit(x + #)"])}`,
    ),
  ],
  TypeScript: (numbered) => [
    ...range(ARITY, (i) =>
      numbered
        ? `  const a${i + 1} = action${i + 1}(this);`
        : `  ${steps(i, ["x = step(x, #);", "x = scale(x) * #;", "total -= weigh(x, #);", "x = limit(x + #);"])}`,
    ),
    "  if (x > 0) { x = 0; }",
    ...range(ARITY, (i) =>
      numbered
        ? `  if (a${i + 1} === undefined) throw new Error("a${i + 1}");`
        : `  ${steps(i, ['if (x === #) throw new Error("x");', "x = scale(x) * #;", "total -= weigh(x, #);", "x = limit(x + #);"])}`,
    ),
    ...range(ARITY, (i) =>
      numbered ? `  x = x + a${i + 1};` : `  ${steps(i, ["x = x * #;", "x = scale(x) * #;", "total -= weigh(x, #);", "x = limit(x + #);"])}`,
    ),
  ],
  Python: (numbered) => [
    ...range(ARITY, (i) =>
      numbered ? `    a${i + 1} = action${i + 1}(x)` : `    ${steps(i, ["x = step(x, #)", "x = scale(x) * #", "total -= weigh(x, #)", "x = limit(x + #)"])}`,
    ),
    "    if x > 0: x = 0",
    ...range(ARITY, (i) =>
      numbered ? `    check(a${i + 1}, "a${i + 1}")` : `    ${steps(i, ["check(x, #)", "x = scale(x) * #", "total -= weigh(x, #)", "x = limit(x + #)"])}`,
    ),
    ...range(ARITY, (i) =>
      numbered ? `    x = x + a${i + 1}` : `    ${steps(i, ["x = x * #", "x = scale(x) * #", "total -= weigh(x, #)", "x = limit(x + #)"])}`,
    ),
  ],
};

/** A function `zip` of numbered parameters (`action1` to `action3`) around `body`, in each language. */
const HIGH_ARITY: Record<string, (body: string[]) => string> = {
  Kotlin: (body) =>
    [
      // arrow's overloads carry an annotation above the declaration: not the signature.
      "@RaiseDSL",
      "fun <T1, T2, T3> zip(action1: () -> T1, action2: () -> T2, action3: () -> T3): Int {",
      "    var x = 0",
      ...body,
      "    return x",
      "}",
    ].join("\n"),
  TypeScript: (body) => ["export function zip(action1: A, action2: A, action3: A): number {", "  let x = 0;", ...body, "  return x;", "}"].join("\n"),
  Python: (body) => ["def zip(action1, action2, action3):", "    x = 0", ...body, "    return x"].join("\n"),
};

for (const [lang, body] of Object.entries(UNROLLED)) {
  const s = sample(lang);
  length.valid.push({
    // arrow 039a1c9b93 `zip` of 20 (74 lines, one per type parameter): judged "not worth saying", set 18.
    name: `${lang}: a new function unrolled over its numbered parameters is as long as its arity`,
    ...changed(s.path, undefined, HIGH_ARITY[lang](body(true))),
  });
  length.invalid.push({
    name: `${lang}: as many lines that differ in more than a numbered name`,
    ...changed(s.path, undefined, HIGH_ARITY[lang](body(false))),
    findings: [{ messageId: "tooLong", data: { name: "zip" } }],
  });
  length.invalid.push({
    // Numbered names in a function whose parameters are not numbered are names (fields `f1`, `f2`), each a step.
    name: `${lang}: the same numbered lines in a function whose parameters are not numbered`,
    ...changed(s.path, undefined, s.file("zip", body(true))),
    findings: [{ messageId: "tooLong", data: { name: "zip" } }],
  });
}

/** A function's text with its last line marked as the end of `name`: the rewrite's closing brace differs. */
const ENDS: Record<string, (text: string) => string> = {
  TypeScript: (text) => text.replace(/\n\}$/, "\n} // end create"),
  Go: (text) => text.replace(/\n\}$/, "\n} // end create"),
  Python: (text) => text,
};

for (const [lang, end] of Object.entries(ENDS)) {
  const s = sample(lang);
  // The old version: other statements, another signature, nothing of it left at head.
  const old = end(
    s
      .file(
        "create",
        range(30, (i) => s.stmt(900 + i)),
      )
      .replace(/\bx\b/g, "old"),
  );
  length.valid.push({
    // quartznet c2b1c9a01e `Create`, written anew at 67 lines: "only just over 60", judged "not worth saying", set 18.
    name: `${lang}: a function the change writes anew, within a new function's margin`,
    ...changed(s.path, old, s.file("create", branchyBody(s, 66))),
  });
  length.invalid.push({
    name: `${lang}: one written anew clearly over`,
    ...changed(s.path, old, s.file("create", branchyBody(s, 90))),
    findings: [{ messageId: "rewritten", data: { name: "create" } }],
  });
}

/** `create` written anew in a new file, its old version in a file the change removes (quartznet's `DefaultSchedulerFactory`). */
function rewrittenElsewhere(lines: number) {
  const ts = SAMPLES[0];
  const from = ts
    .file(
      "create",
      range(30, (i) => ts.stmt(900 + i)),
    )
    .replace(/\bx\b/g, "old");
  const to = ts.file("create", branchyBody(ts, lines)).split("\n");
  return {
    change: change([
      addedFile("src/default-factory.ts", to, 1, { status: "added" }),
      addedFile("src/direct-factory.ts", [], 1, { status: "removed", deletions: from.split("\n").length }),
    ]),
    lookups: { issues: new Map(), fileContents: new Map(), baseContents: new Map([["src/direct-factory.ts", from]]) },
  };
}
length.valid.push({
  name: "TypeScript: a function written anew in another file, within a new function's margin",
  ...rewrittenElsewhere(66),
});
length.invalid.push({
  name: "TypeScript: one written anew in another file, clearly over",
  ...rewrittenElsewhere(90),
  findings: [{ messageId: "rewritten", data: { name: "create" } }],
});

/**
 * A loop of weighted steps (`total` over a config's weights, a branch every fourth line), as
 * written inside `collect` at base (`config.weights`) and as extracted at head (`weights`, now a
 * parameter), in each language: the extraction edits every line a little.
 */
const EXTRACTED: Record<string, { line: (i: number, from: string) => string; call: string; fn: (name: string, body: string[]) => string[] }> = {
  TypeScript: {
    line: (i, from) => (i % 4 === 0 ? `  if (total > ${from}[${i}]) { total = total - ${from}[${i}] * ${i}; }` : `  total = total + ${from}[${i}] * ${i};`),
    call: "  total = weigh(total, config.weights);",
    fn: (name, body) => [`function ${name}(total: number, weights: number[]): number {`, ...body, "  return total;", "}"],
  },
  Python: {
    line: (i, from) => (i % 4 === 0 ? `    if total > ${from}[${i}]: total = total - ${from}[${i}] * ${i}` : `    total = total + ${from}[${i}] * ${i}`),
    call: "    total = weigh(total, config.weights)",
    fn: (name, body) => [`def ${name}(total, weights):`, ...body, "    return total"],
  },
  Java: {
    line: (i, from) =>
      i % 4 === 0 ? `        if (total > ${from}[${i}]) { total = total - ${from}[${i}] * ${i}; }` : `        total = total + ${from}[${i}] * ${i};`,
    call: "        total = weigh(total, config.weights);",
    fn: (name, body) => [`    static int ${name}(int total, int[] weights) {`, ...body, "        return total;", "    }"],
  },
};

for (const [lang, e] of Object.entries(EXTRACTED)) {
  const s = sample(lang);
  const wrap = (lines: string[]) => (lang === "Java" ? ["class C {", ...lines, "}"] : lines).join("\n");
  // `collect` keeps other work of its own, as `collect_model_fields` did: the extracted loop is a new function, not `collect` renamed.
  const own = branchyBody(s, 150, 800).map((l) => (lang === "Java" ? `    ${l}` : l));
  const collect = (body: string[]) => e.fn("collect", [...own, ...body]);
  const loop = (from: string) => range(80, (i) => e.line(i, from));
  const base = wrap(collect(loop("config.weights")));
  const extracted = changed(s.path, base, wrap([...collect([e.call]), "", ...e.fn("weigh", loop("weights"))]));
  extracted.change.files[0].deletions = 80;
  length.valid.push({
    // pydantic d992117243 `_check_protected_namespaces`, moved out of `collect_model_fields` with
    // its lines edited on the way: judged "not worth saying", set 18.
    name: `${lang}: a function extracted from another, its lines edited on the way`,
    ...extracted,
  });
  const written = changed(s.path, base, wrap([...collect([e.call]), "", ...e.fn("weigh", branchyBody(s, 80, 700))]));
  written.change.files[0].deletions = 80;
  length.invalid.push({
    name: `${lang}: a new function of new code beside the code the change removed`,
    ...written,
    findings: [{ messageId: "tooLong", data: { name: "weigh" } }],
  });
}

/** Complexity: a fourth copy of a branching block (one more registration) adds no path the function did not hold. */
for (const lang of ["TypeScript", "Java", "C#"]) {
  const s = sample(lang);
  const t = TEMPLATES[lang];
  const deep = (k: string, odd = false) => {
    // The template's block with one more level inside, so that it costs more than a block's worth.
    const b = odd ? t.odd : t.block(k);
    return [...b.slice(0, 11), `${b[9].match(/^\s*/)![0]}if (item.ready) { if (item.warm) { item.start(); } }`, ...b.slice(11)];
  };
  const base = s.file("onStart", [...deep("breaker"), ...deep("limiter"), ...deep("retry")]);
  complexity.valid.push({
    // resilience4j 73da9552a8, as max-complexity sees such a block.
    name: `${lang}: a fourth branching block from the template of three old ones`,
    ...changed(s.path, base, s.file("onStart", [...deep("breaker"), ...deep("limiter"), ...deep("retry"), ...deep("bulkhead")])),
  });
  complexity.invalid.push({
    name: `${lang}: a branching block of other steps added beside them`,
    ...changed(s.path, base, s.file("onStart", [...deep("breaker"), ...deep("limiter"), ...deep("retry"), ...deep("pool", true)])),
    findings: [{ messageId: "grew", data: { name: "onStart" } }],
  });
}

testRule("max-complexity", complexity);
testRule("max-function-length", length);
