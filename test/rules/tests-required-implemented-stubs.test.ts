import { editsIn } from "../helpers/edits.js";
import { testRule } from "../helpers/rule-tester.js";

/**
 * Session 19 (#11): a stub the change implements (its body at base only refused the call) is new
 * behaviour, as a new function is: arrow's retrofit adapters, whose `execute()` threw
 * `UnsupportedOperationException` and now runs the call with `?:` fallbacks (set 18's clear miss).
 * Before, its fallbacks read as defensive guards in an edited function and nothing was asked.
 */
const lines = (...l: string[]) => l;

// Kotlin: an expression-body stub, implemented.
const ktBase = lines(
  "package acme.retrofit",
  "",
  "internal class EitherCall<E, R>(private val original: Call<R>, private val errors: Converter<ResponseBody, E>) : Call<Either<E, R>> {",
  "  override fun cancel() = original.cancel()",
  "",
  '  override fun execute(): Response<Either<E, R>> = throw UnsupportedOperationException("This adapter does not support sync execution")',
  "}",
);
const ktHead = lines(
  "package acme.retrofit",
  "",
  "internal class EitherCall<E, R>(private val original: Call<R>, private val errors: Converter<ResponseBody, E>) : Call<Either<E, R>> {",
  "  override fun cancel() = original.cancel()",
  "",
  "  override fun execute(): Response<Either<E, R>> {",
  "    val response = original.execute()",
  "    val result: Either<E, R> =",
  "      response.body()?.right()",
  "        ?: response.errorBody()?.let { errors.convert(it) }?.left()",
  "        ?: throw IllegalStateException()",
  "    return Response.success(result, response.raw())",
  "  }",
  "}",
);
// The same function, its real body given a fallback: an edit, not an implementation.
const ktEditedBase = ktHead.map((l) => l.replace("        ?: throw IllegalStateException()", "        ?: error(response)"));
const kt = editsIn(["build.gradle.kts", "src/main/kotlin/acme/retrofit/EitherCall.kt", "src/test/kotlin/acme/retrofit/EitherCallTest.kt"]);

// Java: a block stub.
const javaBase = lines(
  "package acme.http;",
  "",
  "public class StreamingBody implements HttpEntity {",
  "  @Override",
  "  public InputStream getContent() {",
  '    throw new UnsupportedOperationException("Streaming request body does not expose InputStream");',
  "  }",
  "}",
);
const javaHead = lines(
  "package acme.http;",
  "",
  "public class StreamingBody implements HttpEntity {",
  "  @Override",
  "  public InputStream getContent() {",
  "    byte[] bytes = body == null ? new byte[0] : body.asBytes();",
  "    InputStream stream = new ByteArrayInputStream(bytes);",
  "    return limit > 0 ? new BoundedInputStream(stream, limit) : stream;",
  "  }",
  "}",
);
const java = editsIn(["pom.xml", "src/main/java/acme/http/StreamingBody.java", "src/test/java/acme/http/StreamingBodyTest.java"]);

// Python: raise NotImplementedError, implemented.
const pyBase = lines("class Store:", "    def get(self, key, default=None):", "        raise NotImplementedError");
const pyHead = lines(
  "class Store:",
  "    def get(self, key, default=None):",
  "        value = self._backend.read(key)",
  "        decoded = self._decode(value)",
  "        return default if value is None else decoded",
);
const py = editsIn(["pyproject.toml", "acme/store.py", "tests/test_store.py"]);

testRule("tests-required", {
  valid: [
    {
      name: "Kotlin: a fallback added to a body that was real code stays a defensive guard",
      ...kt(["src/main/kotlin/acme/retrofit/EitherCall.kt", ktEditedBase, ktHead]),
    },
    {
      name: "Python: a stub that still refuses (its message reworded)",
      ...py([
        "acme/store.py",
        pyBase,
        lines(
          "class Store:",
          "    def get(self, key, default=None):",
          '        raise NotImplementedError("Store.get is abstract: subclasses read their backend")',
        ),
      ]),
    },
  ],
  invalid: [
    {
      name: "Kotlin: execute() that threw UnsupportedOperationException now runs the call: asked",
      ...kt(["src/main/kotlin/acme/retrofit/EitherCall.kt", ktBase, ktHead]),
      findings: [{ messageId: "missingTests", path: "src/main/kotlin/acme/retrofit/EitherCall.kt" }],
    },
    {
      name: "Java: getContent() that threw now returns the body: asked",
      ...java(["src/main/java/acme/http/StreamingBody.java", javaBase, javaHead]),
      findings: [{ messageId: "missingTests", path: "src/main/java/acme/http/StreamingBody.java" }],
    },
    {
      name: "Python: a method that raised NotImplementedError now reads its backend: asked",
      ...py(["acme/store.py", pyBase, pyHead]),
      findings: [{ messageId: "missingTests", path: "acme/store.py" }],
    },
  ],
});
