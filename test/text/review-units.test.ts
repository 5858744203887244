import { addedFile } from "../helpers/make-change.js";
import { unitsOf } from "../../src/text/review-units.js";
import type { ChangedFile } from "../../src/model/change.js";

// Session 20 (#11): CommunityToolkit de2678f3ec credited the root's new files together (620 lines) to the first of
// them, "the new `.editorconfig`", which has 372. New files at the root are no module: each is a part of its own.
const added = (path: string) => addedFile(path, ["x"], 1, { status: "added" });
const units = (entries: Array<[ChangedFile, number]>) => unitsOf(new Map(entries));

describe("unitsOf", () => {
  it("names each new file at the root apart, with its own lines", () => {
    expect(
      units([
        [added(".editorconfig"), 372],
        [added("azure-pipelines.yml"), 143],
        [added("Directory.Build.props"), 47],
      ]),
    ).toEqual([
      { label: "the new `.editorconfig`", lines: 372 },
      { label: "the new `azure-pipelines.yml`", lines: 143 },
      { label: "the new `Directory.Build.props`", lines: 47 },
    ]);
  });
  it("still groups the new files of a folder, and its subfolders, as one module", () => {
    expect(
      units([
        [added("build/build.cake"), 378],
        [added("build/tools/packages.config"), 3],
        [added("README.ts"), 10],
      ]),
    ).toEqual([
      { label: "the new files in `build/`", lines: 381 },
      { label: "the new `README.ts`", lines: 10 },
    ]);
  });
  it("names a folder's only new file by its path", () => {
    expect(units([[added("src/lite/mod.rs"), 200]])).toEqual([{ label: "the new `src/lite/mod.rs`", lines: 200 }]);
  });
});
