/**
 * The trimmed lines of a TOML (or TOML-like) file, each with the table it sits in ("" before the
 * first header) and its index in `lines`, so a reader can go on over the lines that follow (a
 * multi-line array or string). Header lines themselves are not yielded. The readers of
 * pyproject.toml, ruff.toml and rustfmt.toml walk the file through this, not each with its own loop.
 */
export function* tomlSectionLines(text: string): Generator<{ section: string; line: string; index: number; lines: string[] }> {
  let section = "";
  const lines = text.split("\n");
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index].trim();
    const header = /^\[{1,2}([^\]]{1,500})\]{1,2}$/.exec(line);
    if (header) section = header[1].trim();
    else yield { section, line, index, lines };
  }
}
