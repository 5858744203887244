import { addedFile } from "../helpers/make-change.js";
import { builtSite, libraryBanner, shippedWithMinified, toolWritten } from "../../src/text/tool-written.js";

describe("libraryBanner", () => {
  it.each([
    ["/*! bulma.io v0.9.1 | MIT License | github.com/jgthms/bulma */\n.a{}", true],
    ["/*!\n * Bootstrap v4.0.0 (https://getbootstrap.com)\n * Licensed under MIT\n */", true],
    ["/** @license React v16.13.1\n * This source code is licensed under the MIT license\n */", true],
    ["/*! Axios v1.2.3 Copyright (c) 2023 Matt Zabriskie and contributors */", true],
    // lunr 2.1.5 (fluentassertions 66c294d587's docs site): a doc comment whose `@license` tag comes last.
    ["/**\n * lunr - http://lunrjs.com - A bit like Solr - 2.1.5\n * Copyright (C) 2017 Oliver Nightingale\n * @license MIT\n */\n;(function(){", true],
    // chroma 7f0057b24b (set 38): a stylesheet's `@charset` must come first, the banner right under it.
    ['@charset "UTF-8";\n/*! bulma.io v1.0.4 | MIT License | github.com/jgthms/bulma */\n/* Bulma Utilities */', true],
    ['@charset "UTF-8";\n/* Our own theme */\n.a{}', false],
    ['@charset "UTF-8";\n.a{}\n/*! lib v1.0.0 | MIT */', false],
    // A project's own comments: no version, no terms, or not at the top.
    ["/*! Keep this comment: the theme's notes */", false],
    ["/*! theme v2.0 */", false],
    ["/* normalize.css v8.0.1 | MIT License */", false],
    ["const a = 1;\n/*! lib v1.0.0 | MIT */", false],
    // A project's own doc comment: an `@license` tag with no version, or a version with no tag.
    ["/**\n * Acme helpers.\n * Copyright (C) 2017 Acme\n * @license MIT\n */", false],
    ["/**\n * Parses v1.2 headers.\n */\nfunction parse() {}\n/** @license MIT */", false],
  ])("%j → %s", (text, yes) => expect(libraryBanner(text)).toBe(yes));
});

describe("toolWritten", () => {
  const file = (path: string) => addedFile(path, ["x"], 1, { status: "added" });
  it.each([
    ["unity/ProjectSettings/InputManager.asset", undefined, "Unity editor asset"],
    ["Assets/Icon.png.meta", undefined, "Unity editor asset"],
    ["Assets/Odd.thing", "%YAML 1.1\n%TAG !u! tag:unity3d.com,2011:\n--- !u!1 &1", "Unity editor asset"],
    ["lib/Foo.xml", '<?xml version="1.0"?>\n<doc>\n    <assembly>\n', "compiler's XML documentation"],
    ["okio/api/jvm/okio.api", undefined, "API dump"],
    ["api/okio.klib.api", undefined, "API dump"],
    ["gradlew", undefined, "Gradle wrapper"],
    ["sample/gradlew.bat", undefined, "Gradle wrapper"],
    ["gradle/wrapper/gradle-wrapper.properties", undefined, "Gradle wrapper"],
    ["app/src/main/res/drawable-v24/ic_launcher_foreground.xml", undefined, "Android Studio's template launcher icon"],
    ["app/src/main/res/mipmap-anydpi-v26/ic_launcher_round.xml", undefined, "Android Studio's template launcher icon"],
    ["app/src/main/res/drawable/border.xml", undefined, undefined],
    ["gradle/libs.versions.toml", undefined, undefined],
    ["src/main/kotlin/Api.kt", undefined, undefined],
    ["pom.xml", '<?xml version="1.0"?>\n<project>', undefined],
    ["config/settings.yaml", "%YAML 1.2\nkey: value", undefined],
  ])("%s", (path, text, why) => expect(toolWritten(file(path), text)).toBe(why));
});

describe("shippedWithMinified", () => {
  it("takes a new script or stylesheet the change also adds minified beside it", () => {
    const files = ["lib/bulma/bulma.css", "lib/bulma/bulma.min.css", "js/app.js", "js/chart.js", "js/chart-min.js", "js/other/app.min.js"].map((p) =>
      addedFile(p, ["x"], 1, { status: "added" }),
    );
    expect([...shippedWithMinified(files)].map((f) => f.path)).toEqual(["lib/bulma/bulma.css", "js/chart.js"]);
  });
});

describe("builtSite", () => {
  it("takes `_site/`, and `output/` or `public/` beside a `content/` the change touches", () => {
    const files = [
      "website/content/index.markdown",
      "website/output/index.html",
      "docs/_site/index.html",
      "public/index.html",
      "app/output/report.js",
      "content/about.md",
      "public/about/index.html",
    ].map((p) => addedFile(p, ["x"], 1, { status: "added" }));
    expect([...builtSite(files)].map((f) => f.path)).toEqual([
      "website/output/index.html",
      "docs/_site/index.html",
      "public/index.html",
      "public/about/index.html",
    ]);
  });
});
