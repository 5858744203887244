import { dirname, type RepoLayout } from "./layout.js";

// Kotlin multiplatform source sets, and the test sets that can run a file's code.

/** A Kotlin multiplatform source set's file: `kotlinpoet/src/nonJvmMain/kotlin/…/CodePoint.nonJvm.kt`. */
interface SourceSetFile {
  /** The module's `src` folder. */
  src: string;
  /** The source set's platform: `common`, `jvm`, `nonJvm`, `js`… */
  platform: string;
  /** The path below the source set, folders only (`kotlin/com/squareup/kotlinpoet`). */
  dir: string;
  /** The file's name without its platform suffix and extension (`CodePoint`). */
  stem: string;
}

const SOURCE_SET = /^((?:.*\/)?src)\/(\w+)Main\/(.*)$/;

export function kotlinSourceSet(path: string): SourceSetFile | undefined {
  const m = SOURCE_SET.exec(path);
  if (!m || !/\.kts?$/.test(path)) return undefined;
  const base = m[3].slice(m[3].lastIndexOf("/") + 1);
  return { src: m[1], platform: m[2], dir: dirname(m[3]), stem: base.replace(/\.kts?$/, "").replace(/\.\w+$/, "") };
}

/**
 * The test source sets that exist and can run the file's code: its own platform's (`jsTest` for
 * `jsMain`), and `commonTest`, which runs on every target, for all but JVM-only code. Common code
 * is run by any platform's tests. `jvmTest` cannot reach `nonJvmMain`.
 */
export function reachableTestSets(f: SourceSetFile, layout: RepoLayout): string[] {
  const sets =
    f.platform === "common"
      ? [
          "commonTest",
          ...[...layout.dirs].filter((d) => d.startsWith(`${f.src}/`) && /^\w+Test$/.test(d.slice(f.src.length + 1))).map((d) => d.slice(f.src.length + 1)),
        ]
      : [`${f.platform}Test`, ...(f.platform === "jvm" ? [] : ["commonTest"])];
  return [...new Set(sets)].filter((set) => layout.dirs.has(`${f.src}/${set}`));
}

/** Where a multiplatform file's test goes: its name in the first test source set that can run it; none when no set can. */
export function sourceSetTests(f: SourceSetFile, layout: RepoLayout): string[] {
  const sets = reachableTestSets(f, layout);
  const paths = sets.map((set) => [f.src, set, f.dir, `${f.stem}Test.kt`].filter(Boolean).join("/"));
  const existing = paths.filter((p) => layout.files.has(p));
  return existing.length > 0 ? existing.slice(0, 1) : paths.slice(0, 1);
}
