import { addedFile, change } from "../helpers/make-change.js";
import { testRule } from "../helpers/rule-tester.js";
import { emptyLookups, type Lookups } from "../../src/engine/rule.js";

// Session 15 (#11): set 15's judges called pr-size wrong on a CA bundle refresh (excon's
// `data/cacert.pem`) and on pyparsing's railroad diagrams (`examples/*_diagram.html`, an inline SVG
// drawing per grammar rule): neither is read line by line.

// Lines of shapes that alternate, so no run of them reads as the rows of one table.
const SVG_SHAPES = [
  (n: number) => `<path d="M${n} 31h${n}.5m0 0h10"></path>`,
  (n: number) => `<g class="terminal"><rect height="22" rx="10" width="${n}" x="${n}" y="20"></rect>`,
  (n: number) => `<text x="${n}" y="35">'${n}'</text></g>`,
  (n: number) => `<g>`,
  (n: number) => `<path d="M${n} 31 l 10 0 a 10 10 0 0 1 10 10"/>`,
];
const PAGE_SHAPES = [
  (n: number) => `<p class="step-${n}">Step ${n}: <a href="#s${n}">see section</a></p>`,
  (n: number) => `<div id="d${n}">`,
  (n: number) => `<ul><li>${n}</li><li><em>more</em></li></ul>`,
  (n: number) => `</div>`,
  (n: number) => `<img src="i${n}.png" alt="figure">`,
];
const certLines = (n: number) => [
  "-----BEGIN CERTIFICATE-----",
  ...Array.from({ length: n }, (_, i) => `MIIF${i.toString(36).padStart(60, "Q")}`),
  "-----END CERTIFICATE-----",
];
const poLines = (n: number) => Array.from({ length: n }, (_, i) => (i % 2 ? `msgstr "Übersetzung ${i}"` : `msgid "Message ${i}"`));
const drawing = (rules: number) =>
  [
    "<!DOCTYPE html>",
    "<html>",
    "<body>",
    ...Array.from({ length: rules }, (_, r) => [
      `<h1 class="railroad-heading">rule${r}</h1>`,
      `<svg class="railroad-diagram" height="80" viewBox="0 0 253.5 80" width="253.5">`,
      ...Array.from({ length: 40 }, (_, i) => SVG_SHAPES[i % SVG_SHAPES.length](r * 7 + i)),
      "</svg>",
    ]).flat(),
    "</body>",
    "</html>",
  ].join("\n");
const page = (n: number) =>
  ["<!DOCTYPE html>", "<html>", "<body>", ...Array.from({ length: n }, (_, i) => PAGE_SHAPES[i % PAGE_SHAPES.length](i)), "</body>", "</html>"].join("\n");
const code = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i} = f${i * 3}(${i * 7})`);
const withHead = (head: Record<string, string>): Lookups => ({
  ...emptyLookups(),
  fileContents: new Map(Object.entries(head)),
  baseContents: new Map(),
  fileTree: [],
});
const htmlChange = (path: string, text: string) => ({
  change: change([addedFile(path, text.split("\n"), 1, { status: "added" }), addedFile("helpers.py", code("h", 60), 1, { deletions: 3 })]),
  lookups: withHead({ [path]: text }),
});

/** Lines of a Java resource bundle: one message a line. */
const propLines = (n: number) => Array.from({ length: n }, (_, i) => `msg.key${i} = {0}: the value {1} is not valid here (${i})`);

testRule("pr-size", {
  valid: [
    {
      // excon f3b4e58eec, 0dd7da2df6: a CA bundle refresh and a 5-line change to the code that loads it.
      name: "a certificate bundle (.pem) is not code to review",
      change: change([
        addedFile("data/cacert.pem", certLines(3230), 1, { deletions: 3100 }),
        addedFile("lib/excon/connection.rb", code("c", 5), 1, { deletions: 2 }),
      ]),
    },
    {
      name: "nor is a .crt chain",
      change: change([addedFile("certs/chain.crt", certLines(2000), 1, { status: "added" }), addedFile("lib/tls.rb", code("t", 20), 1)]),
    },
    {
      // django-debug-toolbar 488d305c29 (set 24, judged wrong): every counted line was a gettext catalog.
      name: "translation catalogs (.po, .pot, .xlf) are not code to review",
      change: change([
        addedFile("debug_toolbar/locale/de/LC_MESSAGES/django.po", poLines(700), 1, { deletions: 650 }),
        addedFile("debug_toolbar/locale/django.pot", poLines(700), 1),
        addedFile("i18n/messages.fr.xlf", poLines(500), 1, { status: "added" }),
        addedFile("debug_toolbar/panels/sql.py", code("s", 10), 1),
      ]),
    },
    {
      // json-schema-validator 2879ca3957 (set 25, judged wrong): 30 locale bundles re-translated beside a small code change.
      name: "resource bundles named for a locale (messages_de.properties, Strings.de-DE.resx) are translations",
      change: change([
        ...["de", "fr", "zh_CN", "zh_TW", "pt_BR"].map((l) =>
          addedFile(`src/main/resources/jsv-messages_${l}.properties`, propLines(400), 1, { deletions: 300 }),
        ),
        addedFile("src/Strings.de-DE.resx", propLines(400), 1, { status: "added" }),
        addedFile("src/main/java/com/networknt/schema/i18n/Locales.java", code("l", 40), 1),
      ]),
    },
    {
      // pyparsing a147c9d335, 1cfe56576d: a railroad diagram of an example grammar, beside the example.
      name: "an HTML page that is mostly an inline SVG drawing is a tool's rendering",
      ...htmlChange("examples/lox_program_parser.html", drawing(60)),
    },
  ],
  invalid: [
    {
      name: "a hand-written HTML page of that size is still counted",
      ...htmlChange("web/steps.html", page(1800)),
      findings: [{ messageId: "tooBig" }],
    },
    {
      name: "code beside a translation catalog is still counted when it is big",
      change: change([addedFile("locale/de/LC_MESSAGES/django.po", poLines(300), 1), addedFile("app/views.py", code("v", 1700), 1, { status: "added" })]),
      findings: [{ messageId: "tooBig" }],
    },
    {
      // The bundle without a locale is the source language, written with the code; a profile's settings are config.
      name: "a .properties file named for no locale is still counted",
      change: change([
        addedFile("src/main/resources/jsv-messages.properties", propLines(1200), 1, { status: "added" }),
        addedFile("src/main/resources/application_dev.properties", propLines(600), 1, { status: "added" }),
      ]),
      findings: [{ messageId: "tooBig" }],
    },
    {
      name: "code beside a certificate is still counted when it is big",
      change: change([addedFile("data/cacert.pem", certLines(300), 1), addedFile("lib/excon/connection.rb", code("c", 1700), 1, { status: "added" })]),
      findings: [{ messageId: "tooBig" }],
    },
  ],
});
