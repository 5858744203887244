/**
 * A prose line that introduces the commented lines under it as an example (ktlint c77574e65b: `// Allow` over
 * `// object Foo { private const val serialVersionUID … }`, the construct the check lets through): "e.g.", "for
 * example", "allow", "such as", a line that opens with "equivalent", or a sentence ending in a colon. Not a heading that says the code under it is old
 * ("Old implementation:", "previous version:", "debug:"): that introduces code switched off.
 */
// Or a heading that names what follows as the equivalent of the code above it: "equivalement method call syntax" over the
// method-call form of a LINQ query (mongo-csharp-driver's CSharp4054Tests, judged wrong on set 29), "Equivalent to".
const INTRODUCES =
  /(?::|\be\.g\.?|\bi\.e\.?|\bfor (?:example|instance)|\bexamples?|\bsuch as|\blike)\s*$|^(?:dis)?allow(?:ed|s)?\b|^(?:an?\s+|the\s+)?equival\w*\b/i;
/**
 * A sentence that offers the reader the code under it (fastify-cli's project templates: "You can also use plugin with
 * opts in fastify v2" over the callback-style version of the file, judged wrong on set 20): "You can also …",
 * "Alternatively, …", "Uncomment to …", "To use …, write". Not one that tells the reader to take code away ("You can
 * remove this once …"), which speaks of code on its way out.
 */
const OFFERS =
  /^(?:you\s+(?:can|could|may|might)\s+(?:also\s+)?(?!remove|delete|drop|get\s+rid)\w|alternatively\b|uncomment\s+(?:to|this|these|the|if|for)\b|to\s+use\s+\w)/i;
const PARKED =
  /\b(old|older|previous|original|legacy|debug\w*|temp\w*|disabled?|unused|todo|fixme|hack|before|was|deprecated|removed|alternative|workaround)\b/i;

/** Whether a comment's text (its marker stripped) introduces an example under it. */
export function introducesExample(prose: string): boolean {
  const text = prose.trim();
  return text !== "" && /[A-Za-z]/.test(text) && (INTRODUCES.test(text) || OFFERS.test(text)) && !PARKED.test(text);
}

// A sentence that announces commented lines as examples or equivalents of the code beside them: "Below each example is
// the equivalent code without using the :guice-ktx library" (guice bb59fbfe99, over a test whose every live call has
// its plain-Guice form commented under it; judged wrong on set 22). Both words are needed: what the lines are (an
// example, an equivalent, a usage) and where they stand ("below", "each", "next to", "commented").
const ANNOUNCES_EXAMPLES = /\b(?:equivalents?|examples?|usages?|for instance|shorthand)\b/i;
const POINTS_AT_LINES = /\b(?:below|under(?:neath)?|beneath|above|after|beside|next to|alongside|side by side|each|every|commented)\b/i;

/**
 * Whether the comment heading a declaration (over a test or function, annotations between) announces the commented
 * lines in its body as examples or equivalents, and is no note of old or switched-off code (PARKED).
 */
export function announcesExamples(prose: string): boolean {
  const text = prose.replace(/\s+/g, " ").trim();
  return ANNOUNCES_EXAMPLES.test(text) && POINTS_AT_LINES.test(text) && !PARKED.test(text);
}
