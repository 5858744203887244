import { describe, expect, it } from "@jest/globals";
import { fallbackWrapperLines } from "../../src/analysis/tests-fallback-wrapper.js";
import type { FunctionFact } from "../../src/syntax/facts.js";

// Set 21 (#11): kotest f707ee982d's `isAbstract = try { kclass.isAbstract } catch (_: Throwable) { false }`.

/** A function fact for the lines a test names (only what fallbackWrapperLines reads). */
const fn = (start: number, end: number, decisions = 1): FunctionFact => ({ name: "f", start, end, decisions, kind: "function" }) as unknown as FunctionFact;

/** Whether every line of the text (one new function, all fresh) is set aside as a fallback wrapper. */
function wrapper(text: string, decisions = 1, fresh?: Set<number>): boolean {
  const lines = text.split("\n");
  const all = fresh ?? new Set(lines.map((_, i) => i + 1));
  return fallbackWrapperLines(all, [fn(1, lines.length, decisions)], lines).size === all.size;
}

describe("fallbackWrapperLines: one read, a constant if it throws", () => {
  it.each<[string, string]>([
    [
      "Kotlin: expression body",
      "   override fun isAbstract(kclass: KClass<*>): Boolean = try {\n      kclass.isAbstract\n   } catch (_: Throwable) {\n      false\n   }",
    ],
    [
      "Java: return null on failure",
      "  public Class<?> load(String name) {\n    try {\n      return loader.loadClass(name);\n    } catch (Exception e) {\n      return null;\n    }\n  }",
    ],
    ["Python: except returns None", "def version(pkg):\n    try:\n        return metadata.version(pkg)\n    except Exception:\n        return None"],
    ["Ruby: rescue returns false", "def alive?\n  begin\n    @conn.ping\n  rescue StandardError\n    false\n  end\nend"],
  ])("%s", (_, text) => expect(wrapper(text)).toBe(true));

  it.each<[string, string]>([
    ["a branch in the try", "fun f(x: X): Boolean = try {\n   if (x.ok) x.a else x.b\n} catch (_: Throwable) {\n   false\n}"],
    ["an elvis in the try", "fun f(x: X): Int = try {\n   x.size ?: 0\n} catch (_: Throwable) {\n   -1\n}"],
    ["two statements in the try", "def f(x):\n    try:\n        x.open()\n        return x.read()\n    except Exception:\n        return None"],
    ["a computed fallback", "def f(x):\n    try:\n        return x.read()\n    except Exception:\n        return fallback(x)"],
    ["the error handed on", "def f(x):\n    try:\n        return x.read()\n    except OSError as e:\n        raise Wrapped(e)"],
    ["no try at all", "fun f(x: X): Boolean {\n   val a = x.a\n   val b = x.b\n   return a\n}"],
  ])("not: %s", (_, text) => expect(wrapper(text)).toBe(false));

  it("not a function the change only edits (a line of it was there)", () => {
    const text = "fun f(x: X): Boolean = try {\n   x.isAbstract\n} catch (_: Throwable) {\n   false\n}";
    expect(fallbackWrapperLines(new Set([2, 3, 4]), [fn(1, 5)], text.split("\n")).size).toBe(0);
  });
});
