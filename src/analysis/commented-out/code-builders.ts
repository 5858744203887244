/**
 * A file that builds code through an API instead of writing it as text: a Kotlin compiler plugin's IR builders
 * (`org.jetbrains.kotlin.ir.builders`), KotlinPoet and JavaPoet, Roslyn's `SyntaxFactory`. What the builder calls make
 * cannot be read off them, so their authors write the source they produce in comments above them: zipline's
 * AdapterGenerator.kt puts `// override fun outboundService(callHandler: …): SampleService` over the `addFunction { … }`
 * that builds it, and BridgedInterface.kt `// ServiceType.Companion.Adapter(serializers, …)` over its IR (both judged
 * *wrong* as commented-out code, set 34). There, a comment in the file's own language is the picture of the output.
 * Only the imports near the top are read, once per file.
 */
const BUILDS_CODE =
  /^\s*import\s+(?:static\s+)?(?:org\.jetbrains\.kotlin\.ir\.(?:builders|declarations|expressions)\b|com\.squareup\.(?:kotlinpoet|javapoet)\.|Microsoft\.CodeAnalysis\.CSharp\.SyntaxFactory\b)|^\s*using\s+static\s+Microsoft\.CodeAnalysis\.CSharp\.SyntaxFactory\s*;/;
/** Lines read for imports, at most: they come before the code. */
const IMPORT_LINES = 200;

const byLines = new WeakMap<readonly string[], boolean>();

/** Whether the file's imports say it builds code through an IR or syntax API (see above). */
export function buildsCode(headLines: readonly string[]): boolean {
  let out = byLines.get(headLines);
  if (out === undefined) byLines.set(headLines, (out = headLines.slice(0, IMPORT_LINES).some((l) => BUILDS_CODE.test(l))));
  return out;
}
