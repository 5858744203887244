import { trailingComment } from "./trailing-comment.js";

/**
 * The TODO a comment line carries after a commented-out statement (`// expect(a).toBe(1); // TODO: fix this`,
 * `# print(x)  # FIXME …`): the note as written, when it leads with a marker and the line itself does not. The
 * TODO's own words are that note only: the parked code before it (`toBe("#1")`) is no issue reference of its.
 */
export function trailingTodo(text: string, isMarker: (text: string) => boolean): string | undefined {
  if (isMarker(text)) return undefined;
  const note = trailingComment(text)?.note;
  return note !== undefined && isMarker(note) ? note : undefined;
}
