import { splitGitDiff, unquote } from "../../src/sources/git/split-git-diff.js";

const diff = `diff --git a/src/new file.ts b/src/new file.ts
new file mode 100644
index 0000000..1111111
--- /dev/null
+++ b/src/new file.ts\t
@@ -0,0 +1,2 @@
+export const a = 1;
+export const b = 2;
diff --git a/old.py b/pkg/renamed.py
similarity index 90%
rename from old.py
rename to pkg/renamed.py
index 2222222..3333333 100644
--- a/old.py
+++ b/pkg/renamed.py
@@ -1,2 +1,2 @@
 keep
-x = 1
+x = 2
diff --git a/gone.rb b/gone.rb
deleted file mode 100644
index 4444444..0000000
--- a/gone.rb
+++ /dev/null
@@ -1 +0,0 @@
-puts 1
diff --git a/logo.png b/logo.png
index 5555555..6666666 100644
Binary files a/logo.png and b/logo.png differ
diff --git a/moved.txt b/moved2.txt
similarity index 100%
rename from moved.txt
rename to moved2.txt
`;

describe("splitGitDiff", () => {
  const files = splitGitDiff(diff);

  it("finds every file with its status", () => {
    expect(files.map((f) => [f.path, f.status, f.previousPath])).toEqual([
      ["src/new file.ts", "added", undefined],
      ["pkg/renamed.py", "renamed", "old.py"],
      ["gone.rb", "removed", undefined],
      ["logo.png", "modified", undefined],
      ["moved2.txt", "renamed", "moved.txt"],
    ]);
  });

  it("keeps added lines with new-file numbers", () => {
    expect(files[0].addedLines).toEqual([
      { line: 1, text: "export const a = 1;" },
      { line: 2, text: "export const b = 2;" },
    ]);
    expect(files[1].addedLines).toEqual([{ line: 2, text: "x = 2" }]);
    expect(files[1].deletions).toBe(1);
  });

  it("marks binary files and gives deleted files no added lines", () => {
    expect(files[3].binary).toBe(true);
    expect(files[2].addedLines).toEqual([]);
    expect(files[2].deletions).toBe(1);
  });

  it("decodes git's quoted paths with octal UTF-8 escapes", () => {
    expect(unquote('"src/caf\\303\\251.ts"')).toBe("src/café.ts");
    expect(unquote('"tab\\there"')).toBe("tab\there");
    expect(unquote("plain.ts")).toBe("plain.ts");
  });

  it("returns no files for empty input", () => {
    expect(splitGitDiff("")).toEqual([]);
  });
});
