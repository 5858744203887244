import { addedFile, change } from "../helpers/make-change.js";
import { DEFAULT_IGNORES } from "../../src/config/default-ignores.js";
import { loadConfig } from "../../src/config/load-config.js";
import { filterIgnored } from "../../src/engine/filter-files.js";
import { runReviewSync } from "../../src/engine/run-review.js";
import { loadAllGrammars } from "../../src/syntax/grammars.js";

beforeAll(loadAllGrammars);

// Every spelling of a third-party folder is left out before any rule runs, at any depth (insta's
// `src/content/yaml/vendored/parser.rs`, set 23): a rule that never asks notAuthored still skips it.
const LEFT_OUT = [
  "src/content/yaml/vendored/parser.rs",
  "src/pip/_vendor/rich/console.py",
  "lib/_vendored/six.py",
  "deps/third-party/zlib/inflate.c",
  "src/thirdparty/json.hpp",
  "Assets/ThirdParty/Json/Json.cs",
  "src/3rd-party/lz4.c",
  "src/3rd_party/lz4.c",
  "src/3rdParty/lz4.c",
  "web/bower_components/jquery/jquery.js",
  // A Go module copied under its import path (client_golang's `exp/internal/github.com/planetscale/vtprotobuf/`, set 26).
  "exp/internal/github.com/planetscale/vtprotobuf/protohelpers/protohelpers.go",
  "internal/golang.org/x/sync/errgroup/errgroup.go",
  "third/gopkg.in/yaml.v3/decode.go",
  // A bundler's or a grammar compiler's output (drizzle's `grammar.ohm-bundle.js`, set 28).
  "drizzle-kit/imports-checker/grammar/grammar.ohm-bundle.js",
  "web/static/app.bundle.js",
];
// The project's own code whose names only resemble those folders.
const KEPT = [
  "src/vendored.rs",
  "src/vendoring/fetch.rs",
  "src/content/yaml/parser.rs",
  "src/third-party-notices.ts",
  "src/ThirdPartyLogin/Login.cs",
  "docs/3rd-party.md",
  // A folder named for a host alone, or a host's owner without a repository, is not a module's copy.
  "docs/github.com.md",
  "src/github.com/readme.go",
  // A script that makes a bundle is code.
  "scripts/create-bundle.js",
  "src/bundle.js",
];

describe("default ignores: third-party folders", () => {
  it.each(LEFT_OUT)("leaves out %s", (path) => {
    expect(filterIgnored(change([addedFile(path, ["x"])]).files, DEFAULT_IGNORES).kept).toEqual([]);
  });

  it.each(KEPT)("keeps %s", (path) => {
    expect(filterIgnored(change([addedFile(path, ["x"])]).files, DEFAULT_IGNORES).kept).toHaveLength(1);
  });

  it("a print in a vendored parser is not a debugging leftover; the same print in the project's own parser is", () => {
    const { config } = loadConfig("rules: { no-debug-statements: warning }", "rules.yml");
    const body = ["export function load(ev: Event) {", '  console.log("UNREACHABLE EVENT", ev);', "}"];
    const debug = (path: string) =>
      runReviewSync(change([addedFile(path, body, 1, { status: "added" })]), config!).findings.filter((f) => f.rule === "no-debug-statements");
    expect(debug("src/content/yaml/vendored/parser.ts")).toEqual([]);
    expect(debug("src/content/yaml/parser.ts").map((f) => f.path)).toEqual(["src/content/yaml/parser.ts"]);
  });
});
