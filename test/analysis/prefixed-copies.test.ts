import { prefixedCopyCounts, prefixedOriginals } from "../../src/analysis/prefixed-copies.js";
import { emptyLookups, type Lookups } from "../../src/engine/rule.js";
import { total } from "../../src/text/line-counts.js";
import { addedFile } from "../helpers/make-change.js";

// Set 21 (#11): language-ext 4ae31ecdba's TrackingHashMap.cs is HashMap.cs with `HashMap` read `TrackingHashMap`.
const added = (path: string, lines: string[]) => addedFile(path, lines, 1, { status: "added" });
const body = (name: string, n: number) => Array.from({ length: n }, (_, i) => `public ${name}<K, V> Op${i}(K key) => new ${name}<K, V>(Value.Op${i}(key));`);
const DIR = "LanguageExt.Core/Immutable Collections";
const ORIGINAL = `${DIR}/HashMap/HashMap.cs`;
const COPY = `${DIR}/TrackingHashMap/TrackingHashMap.cs`;
const tree = [ORIGINAL, `${DIR}/HashMap/HashMap.Module.cs`, COPY, `${DIR}/Map/Map.cs`];
const base = (text: string): Lookups => ({ ...emptyLookups(), fileContents: new Map(), baseContents: new Map([[ORIGINAL, text]]) });

describe("prefixedOriginals: the type a new file copies under a prefixed name", () => {
  it("finds HashMap.cs for TrackingHashMap.cs, folder and name", () => {
    expect(prefixedOriginals([added(COPY, body("TrackingHashMap", 30))], tree).get(COPY)).toBe(ORIGINAL);
  });
  it.each([
    ["no shorter namesake", `${DIR}/Fresh/FreshThing.cs`],
    ["a one-word stem", `${DIR}/Map2/Tracking.cs`],
  ])("none for %s", (_why, path) => {
    expect(prefixedOriginals([added(path, body("X", 30))], [...tree, path]).size).toBe(0);
  });
  it("never names a file the change adds", () => {
    const files = [added(COPY, body("TrackingHashMap", 30)), added(ORIGINAL, body("HashMap", 30))];
    expect(prefixedOriginals(files, tree).has(COPY)).toBe(false);
  });
});

describe("prefixedCopyCounts: what a renamed copy took from its original", () => {
  const originals = new Map([[COPY, ORIGINAL]]);
  it("counts the lines the original holds once the new name is read back", () => {
    const copy = added(COPY, [...body("TrackingHashMap", 30), "public Change<V> Track() => tracked;"]);
    expect(total(prefixedCopyCounts([copy], originals, base(body("HashMap", 30).join("\n"))))).toBe(30);
  });
  it("takes nothing from a file that shares under COPY_EVIDENCE of its lines", () => {
    const copy = added(COPY, [...body("TrackingHashMap", 10), ...Array.from({ length: 30 }, (_, i) => `var own${i} = Compute(${i});`)]);
    expect(total(prefixedCopyCounts([copy], originals, base(body("HashMap", 30).join("\n"))))).toBe(0);
  });
  it("uses each of the original's lines once", () => {
    const copy = added(COPY, [...body("TrackingHashMap", 30), ...body("TrackingHashMap", 10)]);
    expect(total(prefixedCopyCounts([copy], originals, base(body("HashMap", 30).join("\n"))))).toBe(30);
  });
  it("takes nothing when the original is not at hand", () => {
    expect(total(prefixedCopyCounts([added(COPY, body("TrackingHashMap", 30))], originals, { ...emptyLookups(), fileContents: new Map() }))).toBe(0);
  });
});
