/**
 * The development tooling of one product of a repository that holds several: a `tools/` or
 * `scripts/` folder directly inside a top-level folder (reactive's `Rx.NET/tools/HomoIcon/`, an
 * API-surface generator beside `Rx.NET/Source/`, as `Ix.NET/` and `AsyncRx.NET/` sit beside it).
 * It is that product's `tools/` as a single-product repository has it at its root: run by the
 * maintainers, not shipped. On set 20, a nested block in HomoIcon's `ToString2` was judged "not
 * worth saying": "an internal code-generation tool under Rx.NET/tools that is not shipped". Not
 * inside a source folder (`src/tools/`, `lib/scripts/`): that is product code, as at the root.
 */
const SOURCE_ROOT = /^(src|source|sources|lib|app|pkg|internal|cmd|include)$/i;

export function productTooling(path: string): boolean {
  const parts = path.split("/");
  return parts.length > 2 && /^(tools|scripts)$/.test(parts[1]) && !SOURCE_ROOT.test(parts[0]);
}
