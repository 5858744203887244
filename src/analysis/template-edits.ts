import type { Change } from "../model/change.js";

/**
 * Lines the change adds to a generator's template or grammar (PHP-Parser's `grammar/php.kmyacc`,
 * a `.y`, `.tmpl` or `.stub` file): a generated file the same change rebuilds from it
 * (`lib/Parser.php`) carries those lines because the template does, and it is the template's edit
 * that a reviewer reads. Keyed by their text without spaces.
 */

// Templates and grammars that generate code: parser generators' inputs and text templates.
const TEMPLATE =
  /(?:^|\/)(?:grammars?|templates?|stubs?)\/|\.(?:kmyacc|y|yy|jison|pegjs|peggy|ne|lalrpop|g4|phpy|tmpl|template|tpl|stub|j2|jinja2?|mustache|hbs|ejs|erb|gotmpl|tt|in)$/i;
/** Lines read from templates per change: a bound on hostile input. */
const MAX_LINES = 20000;

// Compared as code: without spaces and without the comment's delimiters (`/*$yyerrflag = 0;*/` is `$yyerrflag=0;`).
const key = (line: string) =>
  line
    .trim()
    .replace(/^(?:\/\/|#|\/\*|\*(?!\/))\s*/, "")
    .replace(/\*\/$/, "")
    .replace(/\s+/g, "");

/** The change's lines added to templates and grammars, without spaces. */
export function templateLines(change: Change): Set<string> {
  const out = new Set<string>();
  for (const f of change.files) {
    if (!TEMPLATE.test(f.path)) continue;
    for (const l of f.addedLines) {
      if (out.size >= MAX_LINES) return out;
      const k = key(l.text);
      if (k !== "") out.add(k);
    }
  }
  return out;
}

/** Whether every non-blank line of a block was added to a template in the same change. */
export function editedInTemplate(lines: string[], template: Set<string>): boolean {
  if (template.size === 0) return false;
  const keys = lines.map(key).filter((k) => k !== "");
  return keys.length > 0 && keys.every((k) => template.has(k));
}
