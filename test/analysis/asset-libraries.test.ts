import { addedFile, change } from "../helpers/make-change.js";
import { markAssetLibraries } from "../../src/analysis/asset-libraries.js";
import { isRestored } from "../../src/model/restored-lines.js";
import type { Change, ChangedFile } from "../../src/model/change.js";

// Session 22 (#10, #11): third-party code a site keeps among its assets. mde/ejs 384443eecc's doc site
// (devAid's template, Font Awesome's sources, jquery-scrollTo with its tests) and vcr 76c7e339a2's docsify
// build were judged rejected; the author's own main.js beside them stays the change's.
const newFile = (path: string, lines: string[]): ChangedFile => addedFile(path, lines, 1, { status: "added" });
const code = (n: number, stmt = (i: number) => `  color${i}: #${String(i).padStart(3, "0")};`) => Array.from({ length: n }, (_, i) => stmt(i));
const restored = (c: Change) => c.files.filter(isRestored).map((f) => f.path);
const marked = (files: ChangedFile[], extra: Partial<Change> = {}) => {
  const c = change(files, extra);
  markAssetLibraries(c);
  return restored(c);
};

const DEVAID = [
  "/*   ",
  " * Template Name: devAid - Responsive Website Template for developers",
  " * Version: 1.0",
  " * Author: Xiaoying Riley at 3rd Wave Media",
  "*/",
];
const FA = ["/*!", " *  Font Awesome 4.2.0 by @davegandy - http://fontawesome.io", " *  License - http://fontawesome.io/license (CSS: MIT License)", " */"];
/** An HTML page holding `components` Polymer `<dom-module>`s, then `paragraphs` lines of markup. */
const page = (components: number, paragraphs: number) => [
  "<!DOCTYPE html>",
  ...Array.from({ length: components }, (_, i) => [`<dom-module id="c-${i}">`, "  <template>", `    <div>${i}</div>`, "  </template>", "</dom-module>"]).flat(),
  ...code(paragraphs, (i) => `<p>${i}</p>`),
];
const mainJs = newFile("site/assets/js/main.js", ["jQuery(document).ready(function($) {", "  $('body').scrollspy({ target: '#header' });", "});"]);

describe("markAssetLibraries", () => {
  test.each<[string, ChangedFile[], string[]]>([
    [
      "a plugin folder with its licence, readme and tests; main.js beside stays",
      [
        newFile("site/assets/plugins/jquery-scrollTo/LICENSE", ["(The MIT License)", "Copyright (c) 2007-2014 Ariel Flesler"]),
        newFile("site/assets/plugins/jquery-scrollTo/README.md", ["# jQuery.scrollTo"]),
        newFile("site/assets/plugins/jquery-scrollTo/tests/test.js", ["test('scroll', function () {", "  /*var orig = [ $(window).scrollLeft() ];*/", "});"]),
        mainJs,
      ],
      ["site/assets/plugins/jquery-scrollTo/LICENSE", "site/assets/plugins/jquery-scrollTo/README.md", "site/assets/plugins/jquery-scrollTo/tests/test.js"],
    ],
    [
      "a plugin folder whose release banner marks its headerless sources",
      [
        newFile("public/plugins/font-awesome/css/font-awesome.css", [...FA, ".fa { display: inline-block; }"]),
        newFile("public/plugins/font-awesome/less/core.less", [".fa { font: 14px FontAwesome; }"]),
      ],
      ["public/plugins/font-awesome/css/font-awesome.css", "public/plugins/font-awesome/less/core.less"],
    ],
    [
      "a template's bannered stylesheet, what it imports, and its compiled variant beside it",
      [
        newFile("site/assets/less/theme-2/styles.less", [...DEVAID, '@import "base.less";']),
        newFile("site/assets/less/theme-2/base.less", ['@import "mixins";', ...code(30)]),
        newFile("site/assets/less/theme-2/mixins.less", [".box-shadow (@s) { box-shadow: @s; }"]),
        newFile("site/assets/css/styles.css", [...DEVAID, ...code(40)]),
        newFile("site/assets/css/styles-2.css", ["/* style-2.css */", ...code(36), ...code(4, (i) => `  border${i}: 0;`)]),
        mainJs,
      ],
      [
        "site/assets/less/theme-2/styles.less",
        "site/assets/less/theme-2/base.less",
        "site/assets/less/theme-2/mixins.less",
        "site/assets/css/styles.css",
        "site/assets/css/styles-2.css",
      ],
    ],
    [
      "Sass partials a library's bannered entry point imports",
      [
        newFile("static/vendor-ish/fa/scss/font-awesome.scss", [...FA, '@import "variables";']),
        newFile("static/vendor-ish/fa/scss/_variables.scss", ["$fa-css-prefix: fa;"]),
      ],
      ["static/vendor-ish/fa/scss/_variables.scss"],
    ],
    [
      "a rollup bundle copied into the docs",
      [
        newFile("docs/_docsify/docsify.js", [
          "(function () {",
          "function createCommonjsModule(fn, module) {",
          "  return fn(module = { exports: {} }, module.exports), module.exports;",
          "}",
          ...code(250, (i) => `var x${i} = ${i};`),
          "}());",
        ]),
        mainJs,
      ],
      ["docs/_docsify/docsify.js"],
    ],
    [
      // gradle-profiler bad7db217c (set 34): Chromium's trace viewer, vulcanized into one 95,438-line page.
      "a page with a bundler's inlined components",
      [newFile("subprojects/chrome-trace/src/main/resources/trace-header.html", page(25, 100)), mainJs],
      ["subprojects/chrome-trace/src/main/resources/trace-header.html"],
    ],
    [
      "a webpack bootstrap",
      [
        newFile("web/app.js", [
          "/******/ (function(modules) {",
          "/******/ \tfunction __webpack_require__(moduleId) {",
          ...code(250, (i) => `var x${i} = ${i};`),
        ]),
      ],
      ["web/app.js"],
    ],
  ])("%s", (_name, files, expected) => {
    expect(marked(files).sort()).toEqual([...expected].sort());
  });

  test.each<[string, ChangedFile[], Partial<Change>?]>([
    [
      "the project's own module with a readme and tests but no licence",
      [
        newFile("web/lib/cart/README.md", ["# cart"]),
        newFile("web/lib/cart/tests/cart.test.js", ["test('a', () => {});"]),
        newFile("web/lib/cart/cart.js", ["export const c = 3;"]),
      ],
    ],
    [
      "the author's plugin folder with only a readme",
      [newFile("site/assets/plugins/mine/README.md", ["# mine"]), newFile("site/assets/plugins/mine/mine.js", ["export const a = 1;"])],
    ],
    [
      "a WordPress site's own plugin (no asset folder above it), licence and readme notwithstanding",
      [
        newFile("wp-content/plugins/acme/LICENSE", ["MIT"]),
        newFile("wp-content/plugins/acme/readme.txt", ["x"]),
        newFile("wp-content/plugins/acme/acme.php", ["<?php echo 1;"]),
      ],
    ],
    [
      "a licensed plugin folder the change also edits in (there before)",
      [
        newFile("site/assets/plugins/lib/LICENSE", ["MIT"]),
        newFile("site/assets/plugins/lib/README.md", ["# lib"]),
        addedFile("site/assets/plugins/lib/lib.js", ["export const b = 2;"], 4),
      ],
    ],
    [
      "a theme's own repository: its banner names it",
      [newFile("assets/css/devaid.css", [...DEVAID, ...code(20)])],
      { repository: { owner: "x", name: "devAid" } },
    ],
    ["a library's own repository, building its bannered sources", [newFile("dist/css/font-awesome.css", [...FA]), newFile("less/core.less", [".fa {}"])]],
    [
      "a template banner outside any asset folder (a WordPress theme's style.css)",
      [newFile("style.css", ["/*", "Theme Name: Acme", "Author: Acme Inc", "Version: 1.0", "*/", ...code(20)])],
    ],
    ["a hand-written page with a few components", [newFile("src/main/resources/report.html", page(5, 300))]],
    ["a small script that mentions a bundler's helper", [newFile("src/loader.js", ["function createCommonjsModule(fn) {", "  return fn();", "}"])]],
    [
      "a hand-written UMD wrapper",
      [
        newFile("src/lib.js", [
          "(function (root, factory) {",
          "  if (typeof define === 'function' && define.amd) define(factory);",
          "})(this, function () {",
          ...code(250, (i) => `var x${i} = ${i};`),
          "});",
        ]),
      ],
    ],
    [
      "a stylesheet beside a template's that shares few of its lines",
      [
        newFile("site/assets/css/styles.css", [...DEVAID, ...code(40)]),
        newFile("site/assets/css/custom.css", ["/* ours */", ".hero { margin: 0; }", ...code(3)]),
      ],
    ],
  ])("leaves alone %s", (_name, files, extra = {}) => {
    expect(marked(files, extra).filter((p) => !p.endsWith("styles.css"))).toEqual([]);
  });
});
