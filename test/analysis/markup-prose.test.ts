import { markupProse } from "../../src/analysis/line-length/markup-prose.js";

// Running text in markup is prose, like a comment (set 21: kotest's docs homepage paragraph, judged not worth saying).
describe("markupProse", () => {
  const HERO =
    "      Kotest is a <strong>multiplatform</strong> Kotlin testing framework featuring powerful <strong>assertions</strong>, <strong>property</strong> testing, and multiple expressive <strong>styles</strong> for any project.";
  it.each([
    ["a JSX paragraph with inline tags", "documentation/src/pages/index.js", HERO],
    [
      "an HTML paragraph with a link",
      "site/index.html",
      '  Read the <a href="/docs/intro.html">introduction</a> first, then try the examples in the playground below today.',
    ],
    [
      "a Vue template's copy",
      "src/components/Hero.vue",
      "    This library helps you validate forms on the client and the server with the same rules and messages.",
    ],
  ])("%s is prose", (_name, path, text) => {
    expect(markupProse(path, text)).toBe(true);
  });

  it.each([
    ["a Kotlin file, whatever it holds", "src/main/kotlin/Hero.kt", HERO],
    [
      "a JSX element with an expression",
      "src/pages/index.js",
      "      <p className={styles.lead}>Kotest is a multiplatform Kotlin testing framework for any project</p> {extra}",
    ],
    ["a call", "src/app.js", "  logger.info('the server started and is listening on every interface of this machine now')"],
    ["a statement opening with a keyword", "src/app.js", "  return first and second and third and fourth and fifth and sixth and seventh"],
    ["an import", "src/app.js", "import alpha, beta, gamma, delta, epsilon, zeta, eta, theta from 'letters'"],
    ["a short label", "src/pages/index.js", "      Get started"],
    ["words in a script with no tag of their own", "lib/a.js", "x yy yy yy yy yy yy yy yy yy yy yy yy yy yy yy yy yy yy yy yy z"],
  ])("%s is not", (_name, path, text) => {
    expect(markupProse(path, text)).toBe(false);
  });
});
