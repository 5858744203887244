import { XMLParser, XMLValidator } from "fast-xml-parser";
import { addHits, CoverageError, MAX_LINE, normaliseReportPath, type FileHits } from "./coverage-report.js";

type Node = Record<string, any>;

const ARRAYS = new Set(["source", "package", "class", "line", "sourcefile", "group"]);
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "",
  // Only attributes matter; entities are not expanded, so a hostile report cannot grow in memory.
  processEntities: false,
  isArray: (tag) => ARRAYS.has(tag),
});

/** Cobertura (coverage.py, Istanbul/c8, gcovr) or JaCoCo XML, told apart by the root element. */
export function parseXmlCoverage(text: string, name: string, index: Map<string, FileHits>): void {
  const valid = XMLValidator.validate(text);
  if (valid !== true) throw new CoverageError(`${name}:${valid.err.line}: not well-formed XML (${valid.err.msg}); is the report truncated?`);
  const doc = parser.parse(text) as Node;
  if (doc.coverage) return cobertura(doc.coverage, name, index);
  if (doc.report) return jacoco(doc.report, name, index);
  const root = Object.keys(doc).find((k) => !k.startsWith("?") && !k.startsWith("!")) ?? "(none)";
  throw new CoverageError(`${name}: XML root <${root}> is neither Cobertura's <coverage> nor JaCoCo's <report>`);
}

/** `<class filename="…"><lines><line number="3" hits="1"/>`: the class's lines include its methods'. */
function cobertura(root: Node, name: string, index: Map<string, FileHits>): void {
  let classes = 0;
  for (const pkg of root.packages?.package ?? [])
    for (const cls of pkg.classes?.class ?? []) {
      if (typeof cls.filename !== "string") throw new CoverageError(`${name}: a Cobertura <class> has no filename attribute`);
      const path = normaliseReportPath(cls.filename);
      classes++;
      for (const line of cls.lines?.line ?? []) addHits(index, path, lineNumber(line.number, name), Number(line.hits) || 0);
    }
  if (classes === 0) throw new CoverageError(`${name}: the Cobertura report lists no <class>, so it covers no file; is it empty?`);
}

/**
 * `<package name="com/acme"><sourcefile name="Cart.java"><line nr="3" mi="0" ci="2"/>`: a line
 * is run when any of its instructions was covered (ci > 0). The path is the package folder plus
 * the file name; matching by suffix finds `src/main/java/com/acme/Cart.java`.
 */
function jacoco(root: Node, name: string, index: Map<string, FileHits>): void {
  let files = 0;
  const walk = (node: Node): void => {
    for (const group of node.group ?? []) walk(group);
    for (const pkg of node.package ?? [])
      for (const src of pkg.sourcefile ?? []) {
        const path = normaliseReportPath(`${pkg.name ?? ""}/${src.name}`);
        files++;
        for (const line of src.line ?? []) addHits(index, path, lineNumber(line.nr, name), Number(line.ci) > 0 ? Number(line.ci) : 0);
      }
  };
  walk(root);
  if (files === 0)
    throw new CoverageError(`${name}: the JaCoCo report lists no <sourcefile>; was it written with the source files (report goal, not a session dump)?`);
}

function lineNumber(raw: unknown, name: string): number {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > MAX_LINE)
    throw new CoverageError(`${name}: line number "${String(raw).slice(0, 20)}" is not a positive whole number`);
  return n;
}
