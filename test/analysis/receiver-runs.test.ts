import { receiverRunLines } from "../../src/analysis/receiver-runs.js";

const view = (text: string[]) => (l: number) => ((text[l - 1] ?? "").trim() === "" ? "" : text[l - 1]);
const count = (text: string[]) => receiverRunLines(view(text), { start: 1, end: text.length });

describe("receiverRunLines", () => {
  it("counts a listing of calls on one receiver, every statement after the first", () => {
    expect(count(["il.Emit(OpCodes.Ldarg_0);", "il.Emit(OpCodes.Ldind_I);", "", "il.MarkLabel(end);", "il.Emit(OpCodes.Br, end);", "il.EmitCall(read);"])).toBe(
      4,
    );
  });
  it("counts the lines a call is wrapped over", () => {
    expect(
      count(["mv.visitCode();", "mv.visitMethodInsn(", "    INVOKESPECIAL,", "    owner);", "mv.visitInsn(RETURN);", "mv.visitMaxs(1, 1);", "mv.visitEnd();"]),
    ).toBe(6);
  });
  it("reads PHP's and Python's receivers", () => {
    expect(count(range(5, (i) => `$w->write${i}($x);`))).toBe(4);
    expect(count(range(6, (i) => `    out.append(part${i})`))).toBe(5);
  });
  it("counts none in runs shorter than five, or on receivers that alternate", () => {
    expect(count(["a.b();", "a.c();", "a.d();", "a.e();", "x = a.f();", "a.g();"])).toBe(0);
    expect(count(range(10, (i) => (i % 2 ? `a.m${i}();` : `b.m${i}();`)))).toBe(0);
  });
  it("ends a run at a scope's bracket: each block is its own listing", () => {
    expect(count(["{", ...range(3, (i) => `mv.m${i}();`), "}", "{", ...range(3, (i) => `mv.n${i}();`), "}"])).toBe(0);
  });
  it("reads only the span", () => {
    const text = range(20, (i) => `il.Emit(op${i});`);
    expect(receiverRunLines(view(text), { start: 1, end: 4 })).toBe(0);
  });
});

function range(n: number, f: (i: number) => string): string[] {
  return Array.from({ length: n }, (_, i) => f(i));
}
