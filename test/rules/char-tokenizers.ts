import type { Sample } from "../syntax/samples.js";

/**
 * A character-by-character tokenizer's body in the sample's language: a loop reading a character,
 * a switch on it with `arms` arms, each a short two-way `if` (resty's `parseChallenge`, jsoup's
 * `readDoctypeInternalSubset`). With `labels: "numbers"`, the arms are on numbers: the same shape,
 * but a dispatch on values, not a tokenizer.
 */
export function tokenizerBody(s: Sample, arms: number, labels: "chars" | "numbers" = "chars"): string[] {
  const label = (i: number, quote: string) => (labels === "numbers" ? String(i + 1) : `${quote}${String.fromCharCode(97 + i)}${quote}`);
  const each = (f: (i: number) => string[]) => Array.from({ length: arms }, (_, i) => f(i)).flat();
  switch (s.lang) {
    case "Python":
      return [
        "    while True:",
        "        c = next_char()",
        "        match c:",
        ...each((i) => [
          `            case ${label(i, '"')}:`,
          "                if quoted:",
          "                    n = n + 1",
          "                else:",
          "                    n = n - 1",
        ]),
        "            case _:",
        "                n = 0",
      ];
    case "Ruby":
      return [
        "  while true",
        "    c = next_char",
        "    case c",
        ...each((i) => [`    when ${label(i, '"')}`, "      if quoted", "        n = n + 1", "      else", "        n = n - 1", "      end"]),
        "    else",
        "      n = 0",
        "    end",
        "  end",
      ];
    case "Go":
      return [
        "\tfor {",
        "\t\tc := next()",
        "\t\tswitch c {",
        ...each((i) => [`\t\tcase ${label(i, "'")}:`, "\t\t\tif quoted {", "\t\t\t\tn = n + 1", "\t\t\t} else {", "\t\t\t\tn = n - 1", "\t\t\t}"]),
        "\t\tdefault:",
        "\t\t\tn = 0",
        "\t\t}",
        "\t}",
      ];
    case "Rust":
      return [
        "    loop {",
        "        let c = next();",
        "        match c {",
        ...each((i) => [
          `            ${label(i, "'")} => {`,
          "                if quoted {",
          "                    n += 1;",
          "                } else {",
          "                    n -= 1;",
          "                }",
          "            }",
        ]),
        "            _ => {}",
        "        }",
        "    }",
      ];
    case "Kotlin":
      return [
        "    while (true) {",
        "        val c = next()",
        "        when (c) {",
        ...each((i) => [
          `            ${label(i, "'")} -> {`,
          "                if (quoted) {",
          "                    n = n + 1",
          "                } else {",
          "                    n = n - 1",
          "                }",
          "            }",
        ]),
        "            else -> {}",
        "        }",
        "    }",
      ];
    default: {
      // The C family: TypeScript, JavaScript, Java, C#, PHP.
      const v = (name: string) => (s.lang === "PHP" ? `$${name}` : name);
      const quote = s.lang === "TypeScript" || s.lang === "JavaScript" ? '"' : "'";
      const read = s.lang === "Java" || s.lang === "C#" ? "char c = next();" : s.lang === "PHP" ? "$c = next();" : "const c = next();";
      return [
        "    while (true) {",
        `      ${read}`,
        `      switch (${v("c")}) {`,
        ...each((i) => [
          `        case ${label(i, quote)}:`,
          `          if (${v("quoted")}) {`,
          `            ${v("n")} = ${v("n")} + 1;`,
          "          } else {",
          `            ${v("n")} = ${v("n")} - 1;`,
          "          }",
          "          break;",
        ]),
        "        default:",
        `          ${v("n")} = 0;`,
        "      }",
        "    }",
      ];
    }
  }
}
