/**
 * Sections a generator owns inside a hand-written file, between marker comments:
 * `// The beginning of the section generated from our OpenAPI spec` … `// The end of the section
 * generated from our OpenAPI spec` (Stripe's SDKs), `# BEGIN GENERATED` … `# END GENERATED`.
 * Only a marker alone on its line (a comment, nothing else) opens or closes one.
 */
const BEGIN = /^\s*(?:\/\/|#|\/\*|<!--|--)\s*(?:\w+:\s*)?(?:the\s+)?(?:beginning|begin|start)\b.{0,40}\bgenerated\b/i;
const END = /^\s*(?:\/\/|#|\/\*|<!--|--)\s*(?:\w+:\s*)?(?:the\s+)?end\b.{0,40}\bgenerated\b/i;

/** The text without its generated sections (markers included). A section left open runs to the end. */
export function withoutGeneratedSections(text: string): string {
  if (!/generated/i.test(text)) return text;
  const out: string[] = [];
  let inside = false;
  for (const line of text.split("\n")) {
    if (!inside && BEGIN.test(line)) inside = true;
    else if (inside && END.test(line)) inside = false;
    else if (!inside) out.push(line);
  }
  return out.join("\n");
}
