import { trailingComment } from "../../src/text/trailing-comment.js";
import { trailingTodo } from "../../src/text/trailing-todo.js";

const isMarker = (t: string) => /^[\s*/#!<>-]*@?(todo|fixme)\b/i.test(t);

describe("trailingComment", () => {
  it.each([
    ['expect(a).toBe("x"); // TODO: fix this', "TODO: fix this"],
    ["print(x)  # debug output", "debug output"],
    ["foo(bar) //// four slashes", "four slashes"],
  ])("finds the note trailing %s", (line, note) => {
    expect(trailingComment(line)?.note).toBe(note);
  });

  it.each(["Write the note after a # so the parser skips it", 'log("see // the docs")', 'x = "# not a comment"', "see http://example.com/a", ""])(
    "finds none in %s",
    (line) => {
      expect(trailingComment(line)).toBeUndefined();
    },
  );

  it("blanks the strings of the code before the note", () => {
    expect(trailingComment('send("a b c d") // later')?.code).toBe('send("")');
  });
});

describe("trailingTodo", () => {
  it("reads the TODO trailing a parked statement", () => {
    expect(trailingTodo("foo(); // TODO: fix this", isMarker)).toBe("TODO: fix this");
  });
  it("leaves a leading TODO to the line itself", () => {
    expect(trailingTodo("TODO: call foo(); // later", isMarker)).toBeUndefined();
  });
  it("ignores a note that is no task", () => {
    expect(trailingTodo("foo(); // the sum", isMarker)).toBeUndefined();
  });
});
