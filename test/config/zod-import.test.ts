import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * The CLI bundle keeps only the parts of zod the option schemas use when zod is imported as a
 * namespace (`import * as z from "zod"`): esbuild then sees each `z.object`, `z.string`… and drops
 * the rest. `import { z } from "zod"` binds zod's whole namespace object as one value, and the
 * bundle keeps all of it, every locale included (454 KB of the review command's 1.1 MB, compiled
 * at each start; #13).
 */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : [],
  );
}

describe("zod imports", () => {
  it("import zod as a namespace wherever its values are used, so the bundle can drop what the schemas do not use", () => {
    const files = [...sourceFiles("src"), ...sourceFiles("rules")];
    expect(files.length).toBeGreaterThan(50);
    const binding = files.filter((f) => /^import\s*\{[^}]*\}\s*from\s*["']zod(\/[^"']*)?["']/m.test(readFileSync(f, "utf8")));
    // The fix for any file listed: `import * as z from "zod";` (type-only imports are erased and do not count).
    expect(binding).toEqual([]);
  });
});
