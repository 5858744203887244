import { lineShape } from "./table-rows.js";

/**
 * Files of one shape: the same lines once every name, number and string is made alike
 * (table-rows' lineShape), counted as a multiset so that order does not matter. Respect/Validation
 * e4f2c8154a deleted 154 exception classes, 111 of them one shape (`final class AlnumException
 * extends ValidationException { protected $defaultTemplates = [ … ] }`), when it moved their
 * messages into attributes: deleting a family of boilerplate files is one decision, checked once,
 * like a replacement repeated over the change (#11, judged "not worth saying").
 *
 * Of `files` (each its lines and how often each occurs), the indexes of the files whose shape at
 * least `repeats` of them share, but the first of each shape: those count nothing more. Linear in
 * the lines.
 */
export function repeatedShapeIndexes(files: ReadonlyArray<ReadonlyMap<string, number> | undefined>, repeats: number): Set<number> {
  const byShape = new Map<string, number[]>();
  files.forEach((lines, i) => {
    if (!lines || lines.size === 0) return;
    const key = shapeKey(lines);
    const list = byShape.get(key);
    if (list) list.push(i);
    else byShape.set(key, [i]);
  });
  const out = new Set<number>();
  for (const list of byShape.values()) if (list.length >= repeats) for (const i of list.slice(1)) out.add(i);
  return out;
}

function shapeKey(lines: ReadonlyMap<string, number>): string {
  const shapes = new Map<string, number>();
  for (const [line, times] of lines) {
    const shape = lineShape(line);
    shapes.set(shape, (shapes.get(shape) ?? 0) + times);
  }
  return [...shapes]
    .map(([shape, n]) => `${n}\u0000${shape}`)
    .sort()
    .join("\u0001");
}
