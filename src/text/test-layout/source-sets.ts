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

/**
 * Where a multiplatform file's test goes: its name in the first test source set that can run it; none when no set can.
 * A test is a class, so a new one is named in upper camel case (`ReflectionTest.kt` for the top-level functions of
 * `reflection.kt`), as the module's tests are; an existing test of either spelling is named first.
 */
export function sourceSetTests(f: SourceSetFile, layout: RepoLayout): string[] {
  const sets = reachableTestSets(f, layout);
  const className = f.stem.charAt(0).toUpperCase() + f.stem.slice(1);
  const pathIn = (set: string, stem: string) => [f.src, set, f.dir, `${stem}Test.kt`].filter(Boolean).join("/");
  const existing = sets.flatMap((set) => [pathIn(set, f.stem), pathIn(set, className)]).filter((p) => layout.files.has(p));
  return existing.length > 0 ? existing.slice(0, 1) : sets.slice(0, 1).map((set) => pathIn(set, className));
}
