import { notAuthored } from "../../src/analysis/not-authored.js";
import { addedFile, change } from "../helpers/make-change.js";

// NLog 9d7fd2e300 (judged set 16): `AssemblyExtensionTypes.cs` is what Visual Studio writes from the
// `AssemblyExtensionTypes.tt` the change edits beside it.
describe("notAuthored: a T4 template's output", () => {
  const output = addedFile("src/NLog/Config/AssemblyExtensionTypes.cs", ["class A {}"], 1, { status: "modified" });

  it("is generated when the change edits its template, which exists at base", () => {
    const template = addedFile("src/NLog/Config/AssemblyExtensionTypes.tt", ["<#@ template #>"], 1, { status: "modified" });
    expect(notAuthored(output.path, change([output, template]))).toMatch(/T4 template/);
  });

  it("is reviewed when the change adds the template: a pull request cannot excuse its own code", () => {
    const template = addedFile("src/NLog/Config/AssemblyExtensionTypes.tt", ["<#@ template #>"], 1, { status: "added" });
    expect(notAuthored(output.path, change([output, template]))).toBeUndefined();
  });

  it("is reviewed when the template is of another name or folder", () => {
    const other = addedFile("src/NLog/Config/Other.tt", ["<#@ template #>"], 1, { status: "modified" });
    const elsewhere = addedFile("templates/AssemblyExtensionTypes.tt", ["<#@ template #>"], 1, { status: "modified" });
    expect(notAuthored(output.path, change([output, other, elsewhere]))).toBeUndefined();
  });
});
