import { copiedFromSibling, roleOf, roleSiblings } from "../../src/analysis/tests-sibling-pattern.js";
import { layoutOf } from "../../src/text/test-layout.js";

describe("roleOf", () => {
  it.each([
    ["edge_driver.rb", "_driver.rb"],
    ["ChromeDriver.java", "Driver.java"],
    ["redis-store.ts", "-store.ts"],
    ["SqliteAdapter.cs", "Adapter.cs"],
  ])("%s plays the role %s", (name, role) => {
    expect(roleOf(name)).toBe(role);
  });
  it.each(["utils.py", "a_b.rb", "Driver.java", "edge_io.rb"])("%s names no role", (name) => {
    expect(roleOf(name)).toBeUndefined();
  });
});

describe("roleSiblings", () => {
  const layout = layoutOf([
    "lib/drivers/chrome_driver.rb",
    "lib/drivers/edge_driver.rb",
    "lib/drivers/firefox_driver.rb",
    "lib/drivers/registry.rb",
    "lib/drivers/safari_node.rb",
    "spec/driver_spec.rb",
  ]);
  it("lists the files beside it with the same role, not the ones the change edits", () => {
    expect(roleSiblings("lib/drivers/edge_driver.rb", 6, layout, new Set(["lib/drivers/edge_driver.rb", "lib/drivers/firefox_driver.rb"]))).toEqual([
      "lib/drivers/chrome_driver.rb",
    ]);
  });
  it("reads none for a large change", () => {
    expect(roleSiblings("lib/drivers/edge_driver.rb", 200, layout, new Set())).toEqual([]);
  });
});

describe("copiedFromSibling", () => {
  const chrome = {
    path: "lib/drivers/chrome_driver.rb",
    text: [
      "module ChromeDriver",
      "  def self.extended(base)",
      "    bridge = base.send(:bridge)",
      "    bridge.extend IsDisplayed unless bridge.commands(:is_element_displayed)",
      "  end",
      "end",
    ].join("\n"),
  };
  const edge = [
    "module EdgeDriver",
    "  def self.extended(base)",
    "    bridge = base.send(:bridge)",
    "    bridge.extend IsDisplayed unless bridge.commands(:is_element_displayed)",
    "  end",
    "end",
  ];
  it("names the sibling that has every fresh line", () => {
    expect(copiedFromSibling(new Set([2, 3, 4, 5]), edge, [chrome])).toBe("lib/drivers/chrome_driver.rb");
  });
  it("not when one fresh line is the copy's own", () => {
    const changed = [...edge.slice(0, 4), "    raise 'unsupported' if base.legacy?", ...edge.slice(4)];
    expect(copiedFromSibling(new Set([2, 3, 4, 5, 6]), changed, [chrome])).toBeUndefined();
  });
  it("not for a few short lines every file has", () => {
    expect(copiedFromSibling(new Set([5, 6]), edge, [chrome])).toBeUndefined();
  });
});
