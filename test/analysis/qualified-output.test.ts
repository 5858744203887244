import { qualifiedOutput } from "../../src/analysis/qualified-output.js";

// Set 21 (#11): MessagePack's `mpc` output qualifies every type with `global::`; hand-written C# does not.
const formatter = (i: number) => [
  `public sealed class F${i}Formatter : global::MessagePack.Formatters.IMessagePackFormatter<global::T${i}>`,
  "{",
  `    public int Serialize(ref byte[] bytes, int offset, global::T${i} value, global::MessagePack.IFormatterResolver r)`,
  "    {",
  `        offset += global::MessagePack.MessagePackBinary.WriteInt32(ref bytes, offset, value.X${i});`,
  "        return offset;",
  "    }",
  "}",
];
const mpc = Array.from({ length: 20 }, (_, i) => formatter(i)).flat();
const handWritten = mpc.map((l) => l.replace(/global::(?:MessagePack\.(?:Formatters\.)?)?/g, ""));

describe("qualifiedOutput: C# a generator wrote, by its `global::` names (#11)", () => {
  it.each([
    ["mpc's resolver dump", "nuget/mpc_check.cs", mpc],
    ["the same with a header of pragmas", "sandbox/Sandbox/Generated.cs", ["#pragma warning disable 618", ...mpc]],
  ])("%s is a generator's output", (_why, path, lines) => {
    expect(qualifiedOutput(path, lines.join("\n"))).toBe(true);
  });

  it.each([
    ["hand-written C#", "src/Formatter.cs", handWritten],
    ["a short file", "src/Short.cs", mpc.slice(0, 40)],
    ["not C#", "src/formatter.ts", mpc],
    // The Mvvm toolkit's EmbeddedResources: templates a source generator emits, documented by people.
    ["a documented template", "src/EmbeddedResources/ObservableObject.cs", ["/// <summary>A base class.</summary>", ...mpc]],
    // A source generator's own code writes `global::` names in strings: its author's names are plain.
    ["names inside strings", "src/Generator.cs", mpc.map((l) => `sb.AppendLine("${l.replace(/"/g, "")}");`)],
    ["names inside a raw string", "src/Generator.cs", ['var s = """', ...mpc, '""";', ...handWritten]],
    ["no text at hand", "src/X.cs", undefined],
  ])("%s is counted", (_why, path, lines) => {
    expect(qualifiedOutput(path, lines?.join("\n"))).toBe(false);
  });
});
