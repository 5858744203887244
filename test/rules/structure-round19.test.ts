import { testRule, type InvalidCase, type ValidCase } from "../helpers/rule-tester.js";
import { addedFile, change, commit } from "../helpers/make-change.js";

/**
 * Session 19 (#10): a callback inside a high-arity declaration is unrolled over the declaration's
 * numbered parameters (arrow 039a1c9b93's 21-arity `Map.zip`, whose `this@zip.forEach { … }` holds
 * one `containsKey` check and one lookup per map: 73 lines, as long as its arity).
 */
const ARITY = 24;
const range = (n: number, f: (i: number) => string) => Array.from({ length: n }, (_, i) => f(i));

const kotlin = (params: (i: number) => string) => [
  `fun <K${params(0).includes("T1") ? ", T1, T2, T3, T4" : ""}> zip(${range(4, params).join(", ")}): Map<K, Int> = buildMap {`,
  "    this@zip.forEach { (key, bb) ->",
  ...range(ARITY, (i) => `        val mm${i + 1} = m${i + 1}[key] ?: return@forEach`),
  "        if (bb > 0) { println(bb) }",
  ...range(ARITY, (i) => `        check(mm${i + 1}, "m${i + 1}")`),
  ...range(ARITY, (i) => `        total += mm${i + 1}`),
  "        put(key, total)",
  "    }",
  "}",
];

const numbered = {
  Kotlin: (i: number) => `m${i + 1}: Map<K, Int>`,
  // Numbered by its type parameters alone: `fun <K, T1, T2, …> zip(first: Map<K, T1>, …)`.
  "Kotlin (type parameters)": (i: number) => `${["first", "second", "third", "fourth"][i]}: Map<K, T${i + 1}>`,
};
const named = {
  Kotlin: (i: number) => `${["first", "second", "third", "fourth"][i]}: Map<K, Int>`,
  "Kotlin (type parameters)": (i: number) => `${["first", "second", "third", "fourth"][i]}: Map<K, Int>`,
};
const files = {
  Kotlin: { path: "core/src/main/kotlin/arrow/core/map.kt", text: kotlin },
  "Kotlin (type parameters)": { path: "core/src/main/kotlin/arrow/core/zip.kt", text: kotlin },
};

const valid: ValidCase[] = [];
const invalid: InvalidCase[] = [];
for (const [lang, f] of Object.entries(files)) {
  const added = (lines: string[]) =>
    change([addedFile(f.path, lines, 1, { status: "added" })], { title: "Add high arity zip", commits: [commit("Add high arity zip")] });
  valid.push({
    name: `${lang}: a callback unrolled over the numbered parameters of the function around it`,
    change: added(f.text(numbered[lang as keyof typeof numbered])),
  });
  invalid.push({
    name: `${lang}: the same callback in a function whose parameters are not numbered`,
    change: added(f.text(named[lang as keyof typeof named])),
    findings: [{ messageId: "tooLong" }],
  });
}

testRule("max-function-length", { valid, invalid });
