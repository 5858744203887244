import { copiedIn, headerOf, licensedToOthers, notAuthored } from "../../src/analysis/not-authored.js";
import type { ChangedFile } from "../../src/model/change.js";
import { addedFile, change, commit } from "../helpers/make-change.js";

describe("notAuthored", () => {
  it.each([
    ["vendor/github.com/x/y.go"],
    ["third_party/zlib/inflate.c"],
    ["src/Humanizer.Tests/App_Packages/ApiApprover.3.0.1/PublicApiGenerator.cs"],
    ["web/node_modules/left-pad/index.js"],
    ["src/__snapshots__/a.test.ts.snap"],
    ["test/fixtures/app.py"],
    ["pkg/testdata/in.go"],
    ["esm/stripe.core.js"],
    ["cjs/stripe.core.js"],
    ["packages/a/dist/index.mjs"],
    ["build/types/index.d.ts"],
    // NuGet's package folder: `<Id>.<Version>/`, the installed package.
    ["packages/jQuery.1.7.1.1/Content/Scripts/jquery-1.7.1.js"],
    ["packages/EntityFramework.5.0.0/lib/net45/EntityFramework.xml"],
    ["src/packages/Newtonsoft.Json.6.0.0-beta1/tools/install.ps1"],
    // A web library's release, named with its version, where a site keeps the libraries it serves.
    ["sample/WebHarness/Scripts/jquery-ui-1.10.3.js"],
    ["sample/WebHarness/Scripts/modernizr-2.6.2.js"],
    ["web/static/js/jquery-3.6.0.min.js"],
    ["Scripts/jquery-1.8.2-vsdoc.js"],
    ["Scripts/jquery.validate-vsdoc.js"],
    ["wwwroot/lib/knockout-2.2.0.debug.js"],
    // A JVM project's resources: the library it packages to run (handlebars.java's handlebars.js), a pre-release too.
    ["handlebars/src/main/resources/handlebars-v4.7.9.js"],
    ["handlebars/src/main/resources/handlebars-1.0.rc.3.js"],
    ["src/main/resources/static/jquery-3.1.0-beta1.js"],
    // A .NET or Java project's root Lib/: the third-party assemblies it builds against, and their source (Moq's xUnit light, Autofac's Sandcastle).
    ["Lib/xUnit/XunitLight.Silverlight/Xunit/Assert.cs"],
    ["lib/Sandcastle/Presentation/Builder.cs"],
    ["External/Json/JsonReader.java"],
    ["src/ThirdParty/zlib/inflate.c"],
    ["3rdparty/sqlite/shell.c"],
    // A bundler's output named with its content hash, in a folder a site serves (Vite, webpack, Next).
    ["web/assets/index-CqL4y9Wm.js"],
    ["public/static/js/main.3f9a2c1b.js"],
    ["site/_next/chunks/framework-4e1b2c9d0a7f.js"],
    ["assets/style.a1b2c3d4e5.css"],
    // ruby/ruby's test library, copied into a default gem's `test/lib/` (ruby/logger, ruby/optparse; sets 40 and 43).
    ["test/lib/core_assertions.rb"],
    ["test/lib/envutil.rb"],
    ["test/lib/minitest/unit.rb"],
    ["test/lib/test/unit.rb"],
    ["test/lib/test/unit/assertions.rb"],
  ])("%s is not authored", (path) => expect(notAuthored(path)).toBeDefined());

  it.each([["test/lib/helper.rb"], ["test/lib/logger_test_helper.rb"], ["lib/logger/core_ext.rb"], ["test/lib/unit_helpers.rb"]])(
    "%s, a gem's own test support, is authored",
    (path) => expect(notAuthored(path)).toBeUndefined(),
  );

  it.each([
    ["lib/rack/parser.rb"],
    ["src/build/plan.ts"],
    ["lib/client.js"],
    ["types/index.d.ts"],
    ["cmd/build/main.go"],
    // A monorepo's package, not NuGet's folder; a project's own scripts and migrations.
    ["packages/core/src/index.ts"],
    ["packages/vue3/src/index.ts"],
    ["scripts/migrate-2.0.js"],
    ["src/upgrade-1.2.js"],
    ["Scripts/site.js"],
    // A project's own script in its resources, with no version in its name.
    ["src/main/resources/helpers.js"],
    ["src/main/resources/migrate-v2.js"],
    // `lib/` is the project's own code in Ruby, JavaScript, Python, PHP, Rust and Go, and deeper than the root in any language.
    ["lib/moq/parser.py"],
    ["lib/Parser.php"],
    ["src/Lib/Formatter.cs"],
    // An asset folder's own scripts: no hash (no digit, or too short to be one).
    ["web/assets/date-picker.js"],
    ["static/js/sha-utils.js"],
    ["public/js/oauth2-callback.js"],
    ["assets/md5.js"],
    ["src/index-CqL4y9Wm.js"],
  ])("%s is authored", (path) => expect(notAuthored(path)).toBeUndefined());

  it("lib/*.js is build output when its TypeScript source changes with it", () => {
    const c = change([addedFile("lib/client.js", ["x"]), addedFile("src/client.ts", ["x"])]);
    expect(notAuthored("lib/client.js", c)).toMatch(/build output/);
    expect(notAuthored("lib/other.js", c)).toBeUndefined();
  });

  it('a compiled lib/*.js is build output when the change takes lib out of the .gitignore (jsdiff\'s "Add lib", set 44)', () => {
    const compiled = ["/*istanbul ignore start*/'use strict';", "", "exports.__esModule = true;", "exports.diffJson = diffJson;"];
    const unignore = { ...addedFile(".gitignore", []), deletedLines: ["lib"] };
    expect(notAuthored("lib/diff/json.js", change([addedFile("lib/diff/json.js", compiled), unignore]))).toMatch(/build output/);
    // tsc's form, in a package's own folder with its own .gitignore (`/lib/`).
    const tsc = ['"use strict";', 'Object.defineProperty(exports, "__esModule", { value: true });'];
    const nested = { ...addedFile("packages/a/.gitignore", []), deletedLines: ["/lib/"] };
    expect(notAuthored("packages/a/lib/index.js", change([addedFile("packages/a/lib/index.js", tsc), nested]))).toMatch(/build output/);
    // Either mark alone is not enough: the interop line is a string anyone can type, and un-ignoring lib says nothing of what lands there.
    expect(notAuthored("lib/diff/json.js", change([addedFile("lib/diff/json.js", compiled)]))).toBeUndefined();
    expect(notAuthored("lib/diff/json.js", change([addedFile("lib/diff/json.js", ["function diffJson() {}"]), unignore]))).toBeUndefined();
    // Another folder taken out of the .gitignore does not vouch for lib/.
    const other = { ...addedFile(".gitignore", []), deletedLines: ["dist"] };
    expect(notAuthored("lib/diff/json.js", change([addedFile("lib/diff/json.js", compiled), other]))).toBeUndefined();
    // The mark deep in the file, past its opening, is not a compiler's.
    const late = [...Array(20).fill("var x = 1;"), "exports.__esModule = true;"];
    expect(notAuthored("lib/diff/json.js", change([addedFile("lib/diff/json.js", late), unignore]))).toBeUndefined();
  });

  it("a help compiler's output folder (Sandcastle's LastBuild.log, a .chm) is generated, with every page and script in it", () => {
    const help = change([
      addedFile("Help/LastBuild.log", ["Build started"], 1, { status: "added" }),
      addedFile("Help/Moq.chm", [], 1, { status: "added", binary: true }),
      addedFile("Help/scripts/script_manifold.js", ["function CopyCode(key) {}"], 1, { status: "added" }),
      addedFile("Source/Mock.cs", ["class Mock {}"], 1, { status: "added" }),
    ]);
    expect(notAuthored("Help/scripts/script_manifold.js", help)).toMatch(/generated help output/);
    expect(notAuthored("Source/Mock.cs", help)).toBeUndefined();
    // Without the build's marks, a Help/ folder is the project's own pages.
    const own = change([addedFile("Help/scripts/script_manifold.js", ["function CopyCode(key) {}"], 1, { status: "added" })]);
    expect(notAuthored("Help/scripts/script_manifold.js", own)).toBeUndefined();
    // A .chm at the repository's root marks no folder: every path would be under it.
    const root = change([
      addedFile("Moq.chm", [], 1, { status: "added", binary: true }),
      addedFile("Source/Mock.cs", ["class Mock {}"], 1, { status: "added" }),
    ]);
    expect(notAuthored("Source/Mock.cs", root)).toBeUndefined();
  });

  describe("copiedIn: a file the change adds that says it is someone else's work", () => {
    it.each([
      ["// Licensed under the GNU Lesser General Public License, version 2.1"],
      ["// Decompiled with JetBrains decompiler"],
      ["// Copyright (c) Microsoft Corporation. All rights reserved."],
      ['"""A copy-paste of optparse from the stdlib, kept for compatibility."""'],
      ["# Vendored from https://github.com/x/y at v1.2"],
    ])("%s", (header) => expect(copiedIn(addedFile("src/x.py", [header, "x = 1"], 1, { status: "added" }), `${header}\nx = 1`)).toBe(true));

    it("is not said of the project's own files, new or edited", () => {
      expect(copiedIn(addedFile("src/x.py", ["x = 1"], 1, { status: "added" }), "# Copyright (c) 2024 The Click Team\nx = 1")).toBe(false);
      // An edited file may carry the project's own GPL header: only whole new files are copies.
      const gpl = "# Licensed under the GNU General Public License v3\nx = 1";
      expect(copiedIn(addedFile("src/x.py", ["x = 1"], 2, { status: "modified" }), gpl)).toBe(false);
      // The project's own code may use System namespaces; only declaring one is a framework backport.
      expect(copiedIn(addedFile("src/A.cs", ["using System.Threading;"], 1, { status: "added" }), "using System.Threading;\nnamespace AutoMapper {}")).toBe(
        false,
      );
    });

    it("a C# file the change adds in the framework's own namespace is a backport of its source", () => {
      const text = "\nnamespace System.Threading\n{\n    public class ReaderWriterLockSlim {}\n}";
      expect(copiedIn(addedFile("src/Silverlight/System/ReaderWriterSlimLock.cs", text.split("\n"), 1, { status: "added" }), text)).toBe(true);
    });

    it("an existing file whose copy notice this change writes (the stub replaced by the copy) is copied in; an edit below an unchanged notice is not", () => {
      const text = '"""\n    This module is largely a copy paste from the stdlib\'s optparse module.\n"""\nx = 1';
      expect(copiedIn(addedFile("click/_optparse.py", text.split("\n"), 1, { status: "modified" }), text)).toBe(true);
      expect(copiedIn(addedFile("click/_optparse.py", ["x = 1"], 4, { status: "modified" }), text)).toBe(false);
      // A notice written over a small edit of the author's own file does not make it copied.
      const own = ['"""Copied from the stdlib."""', ...Array.from({ length: 20 }, (_, i) => `x${i} = ${i}`)].join("\n");
      expect(copiedIn(addedFile("app/own.py", ['"""Copied from the stdlib."""', "x0 = 0"], 1, { status: "modified" }), own)).toBe(false);
    });
  });

  describe("copiedIn: what the message credits to someone else by name", () => {
    const EMITTER = ["function EventEmitter(){};", "EventEmitter.prototype.on = function (name, fn) {", "  return this;", "};"];
    const review = (message: string, file = addedFile("lib/events.js", EMITTER, 1, { status: "modified", deletions: 25 }), text = EMITTER.join("\n")) =>
      copiedIn(file, text, { change: change([file], { commits: [commit(message, { author: { name: "TJ Holowaychuk", email: "tj@example.com" } })] }) });
    it.each([
      ["Added guillermo's EventEmitter. Closes #16"],
      ["Import @fabpot's Parser_Lexer into the tree"],
      ["Includes Alice's EventEmitter as lib/events.js"],
    ])("%s: the file that defines it is the copy", (message) => {
      const parser = ["class Parser_Lexer {", "}"];
      const file = message.includes("Lexer") ? addedFile("src/Lexer.php", parser, 1, { status: "added" }) : undefined;
      expect(file ? review(message, file, parser.join("\n")) : review(message)).toBe(true);
    });
    it.each([
      ["the author's own thing", "Added tj's EventEmitter"],
      ["a dependency used, not taken", "Use hashbrown's EventEmitter"],
      ["a topic, not a name of code", "Add guillermo's emitter tests"],
      ["a name the file does not define", "Added guillermo's Emitter"],
    ])("%s leaves the file counted", (_what, message) => expect(review(message)).toBe(false));
    it("a file the change only edits a little is not the copy", () => {
      const text = [...EMITTER, ...Array.from({ length: 20 }, (_, i) => `var x${i} = ${i};`)].join("\n");
      expect(review("Added guillermo's EventEmitter", addedFile("lib/events.js", EMITTER, 1, { status: "modified" }), text)).toBe(false);
    });
  });

  describe("copiedIn: a new file the change's notice credits to another project", () => {
    const debug = ["import sys", "class Spew(object):", "    pass"];
    const notice = (lines: string[]) => addedFile("NOTICE", lines, 5);
    const EVENTLET = ["gunicorn.debug", "--------------", "Based on eventlet.debug module under MIT license:", "Copyright (c) 2005-2006, Bob Ippolito"];
    const withNotice = (lines: string[], path = "gunicorn/debug.py") => {
      const file = addedFile(path, debug, 1, { status: "added" });
      return copiedIn(file, debug.join("\n"), { change: change([file, notice(lines)]) });
    };
    it.each([
      ["by its module (gunicorn's NOTICE for eventlet's debug)", EVENTLET, "gunicorn/debug.py"],
      ["by its path", ["src/vendor_like/lru.js is copied from lru-cache, Copyright (c) 2010 Isaac Z. Schlueter"], "src/vendor_like/lru.js"],
      ["by its path without its extension", ["`pkg/util/slug`: licensed under the BSD licence"], "pkg/util/slug.go"],
    ])("credited %s", (_what, lines, path) => expect(withNotice(lines, path)).toBe(true));
    it.each([
      ["a credit that names another file", ["gunicorn.http", "Based on eventlet under MIT license"]],
      ["a credit that names a longer module", ["gunicorn.debug.extra", "Based on eventlet under MIT license"]],
      ["a notice line naming the file without any credit", ["gunicorn.debug is the debug module"]],
    ])("%s leaves the file counted", (_what, lines) => expect(withNotice(lines)).toBe(false));
  });

  describe("copiedIn: another work's terms and copyright holder in the header", () => {
    const MONO = [
      "//",
      "// Authors:",
      "//   Gonzalo Paniagua Javier (gonzalo@ximian.com)",
      "//",
      "// (C) 2005-2010 Novell, Inc (http://novell.com/)",
      "//",
      "// Permission is hereby granted, free of charge, to any person obtaining",
      "// a copy of this software and associated documentation files (the",
      "// The above copyright notice and this permission notice shall be",
      "// LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, ARISING FROM THE COPYRIGHT HOLDERS",
      "using System;",
    ].join("\n");
    const ours = (author = "Michael Hallett") =>
      change([], {
        repository: { owner: "restsharp", name: "RestSharp" },
        commits: [commit("Borrow Mono's HttpUtility", { author: { name: author, email: "m@example.com" } })],
      });

    it("a new file under Mono's MIT grant and Novell's copyright is copied in", () => {
      expect(copiedIn(addedFile("src/HtmlEncoder.cs", MONO.split("\n"), 1, { status: "added" }), MONO, { change: ours() })).toBe(true);
    });

    it("is not said when the holder is the repository or the change's author, or when no one on our side is known", () => {
      const own = MONO.replace("Novell, Inc (http://novell.com/)", "RestSharp contributors");
      expect(copiedIn(addedFile("src/HtmlEncoder.cs", own.split("\n"), 1, { status: "added" }), own, { change: ours() })).toBe(false);
      const mine = MONO.replace("Novell, Inc (http://novell.com/)", "Michael Hallett");
      expect(copiedIn(addedFile("src/HtmlEncoder.cs", mine.split("\n"), 1, { status: "added" }), mine, { change: ours() })).toBe(false);
      expect(copiedIn(addedFile("src/HtmlEncoder.cs", MONO.split("\n"), 1, { status: "added" }), MONO)).toBe(false);
    });

    it("a SharpDevelop-style header naming an owner who is not ours is copied in (LiteDB's copy of ICSharpCode.TextEditor)", () => {
      const header = (owner: string) =>
        [
          "\uFEFF// <file>",
          '//     <copyright see="prj:///doc/copyright.txt"/>',
          '//     <license see="prj:///doc/license.txt"/>',
          `//     <owner name="${owner}" email="someone@example.com"/>`,
          "//     <version>$Revision$</version>",
          "// </file>",
          "using System;",
        ].join("\n");
      const upstream = header("Mike Krüger");
      expect(copiedIn(addedFile("Studio/TextEditor/Actions/MiscActions.cs", upstream.split("\n"), 1, { status: "added" }), upstream, { change: ours() })).toBe(
        true,
      );
      const mine = header("Michael Hallett");
      expect(copiedIn(addedFile("Studio/TextEditor/Actions/MiscActions.cs", mine.split("\n"), 1, { status: "added" }), mine, { change: ours() })).toBe(false);
      // The project's own files name their owners so: a file another of its developers owns is the project's.
      const baseTexts = new Map([["src/Own.cs", header("Mike Krüger")]]);
      const file = addedFile("src/Other.cs", upstream.split("\n"), 1, { status: "added" });
      expect(copiedIn(file, upstream, { change: ours(), baseTexts })).toBe(false);
      expect(copiedIn(file, upstream)).toBe(false);
    });

    it("the holder the repository's LICENSE names is the project's own (Newtonsoft.Json's MIT header, edited by a contributor)", () => {
      const own = MONO.replace("Novell, Inc (http://novell.com/)", "James Newton-King");
      const licence = "The MIT License (MIT)\n\nCopyright (c) 2007 James Newton-King\n\nPermission is hereby granted";
      const file = addedFile("Src/Newtonsoft.Json/JsonReader.cs", own.split("\n"), 1, { status: "added" });
      expect(copiedIn(file, own, { change: ours("A Contributor"), licence })).toBe(false);
      expect(copiedIn(file, own, { change: ours("A Contributor") })).toBe(true);
    });

    it("a new file whose SharpDevelop header names another owner is copied in; the change's author or the project's own owners are not (LiteDB.Studio)", () => {
      const header = (owner: string) =>
        `// <file>\n//     <copyright see="prj:///doc/copyright.txt"/>\n//     <license see="prj:///doc/license.txt"/>\n//     <owner name="${owner}" email="x@example.com"/>\n// </file>\n\nusing System;\nnamespace ICSharpCode.TextEditor {}`;
      const litedb = () =>
        change([], {
          repository: { owner: "mbdavid", name: "LiteDB" },
          commits: [commit("Change text editor", { author: { name: "Mauricio David", email: "m@example.com" } })],
        });
      const file = (text: string) => addedFile("Studio/TextEditor/Caret.cs", text.split("\n"), 1, { status: "added" });
      expect(copiedIn(file(header("Mike Krüger")), header("Mike Krüger"), { change: litedb() })).toBe(true);
      expect(copiedIn(file(header("Mauricio David")), header("Mauricio David"), { change: litedb() })).toBe(false);
      // SharpDevelop itself: its own files name the same owners.
      const baseTexts = new Map([["src/Main/Gui/Workbench.cs", header("Mike Krüger")]]);
      expect(copiedIn(file(header("Mike Krüger")), header("Mike Krüger"), { change: litedb(), baseTexts })).toBe(false);
    });

    it("the Apache notice a project's own files carry is not another work's terms", () => {
      const text = '/*\n * Copyright (C) 2012 Square, Inc.\n *\n * Licensed under the Apache License, Version 2.0 (the "License");\n */\npackage retrofit;';
      expect(copiedIn(addedFile("retrofit/RequestBuilder.java", text.split("\n"), 1, { status: "added" }), text, { change: ours("Jake Wharton") })).toBe(false);
    });

    it("a licensed header whose holder the repository's own headers do not name is copied in (koin's copy of Google's Jetnews sample)", () => {
      const apache = (holder: string) =>
        `/*\n * Copyright 2020 ${holder}\n *\n * Licensed under the Apache License, Version 2.0 (the "License");\n */\npackage x`;
      const koin = change([], { repository: { owner: "InsertKoinIO", name: "koin" }, commits: [commit("add compose examples")] });
      const baseTexts = new Map([["core/src/Koin.kt", apache("the original author or authors.")]]);
      const jetnews = apache("The Android Open Source Project");
      const file = (text: string) => addedFile("examples/jetnews/ui/Home.kt", text.split("\n"), 1, { status: "added" });
      expect(copiedIn(file(jetnews), jetnews, { change: koin, baseTexts })).toBe(true);
      // The project's own header, and any header when the review read none of the project's own.
      const own = apache("the original author or authors.");
      expect(copiedIn(file(own), own, { change: koin, baseTexts })).toBe(false);
      expect(copiedIn(file(jetnews), jetnews, { change: koin, baseTexts: new Map() })).toBe(false);
      // A holder the project's own headers name is ours, whatever the repository is called.
      const square = new Map([["okio/Buffer.kt", apache("Square, Inc.")]]);
      const text = apache("Square, Inc.");
      expect(copiedIn(file(text), text, { change: koin, baseTexts: square })).toBe(false);
      // A holder the file's path names is the project's under a newer name (okhttp's "OkHttp Authors" beside "Square, Inc.").
      const renamed = apache("OkHttp Authors");
      const okhttp = addedFile("okhttp/src/androidMain/kotlin/okhttp3/Adapter.kt", renamed.split("\n"), 1, { status: "added" });
      expect(copiedIn(okhttp, renamed, { change: koin, baseTexts: square })).toBe(false);
    });

    it("a GPL header is the project's own when its holder is ours (an LGPL project's new file), another's when not (PHPMailer's htmlfilter)", () => {
      const lgpl = (holder: string) =>
        `<?php\n/**\n * Copyright (C) 2002-2004 by ${holder}\n *\n * modify it under the terms of the GNU Lesser General Public\n * License as published by the Free Software Foundation\n */`;
      const phpmailer = change([], { repository: { owner: "PHPMailer", name: "PHPMailer" }, commits: [commit("Import PHPMailer 5.2.0")] });
      const baseTexts = new Map([["class.phpmailer.php", "<?php\n/*\n * Copyright (c) 2010-2012, Jim Jagielski. All Rights Reserved.\n */"]]);
      const file = (text: string) => addedFile("extras/htmlfilter.php", text.split("\n"), 1, { status: "added" });
      const duke = lgpl("Duke University");
      expect(copiedIn(file(duke), duke, { change: phpmailer, baseTexts })).toBe(true);
      const own = lgpl("Jim Jagielski");
      expect(copiedIn(file(own), own, { change: phpmailer, baseTexts })).toBe(false);
      // pr-size leaves a GPL project's GPL files in its count, but not one licensed to another holder.
      expect(licensedToOthers(file(duke), duke, { change: phpmailer, baseTexts })).toBe(true);
      expect(licensedToOthers(file(own), own, { change: phpmailer, baseTexts })).toBe(false);
      expect(licensedToOthers(file(duke), duke, { change: phpmailer })).toBe(false);
      // An edit of a file whose header at base names another holder: an update of the copy. The file's own header does not make its holder ours.
      const edit = addedFile("extras/htmlfilter.php", ["  $x = 2;"], 40, { status: "modified" });
      const withItself = new Map([...baseTexts, ["extras/htmlfilter.php", duke]]);
      expect(copiedIn(edit, duke, { change: phpmailer, baseText: duke, baseTexts: withItself })).toBe(true);
      expect(copiedIn(edit, duke, { change: phpmailer, baseText: duke, baseTexts: new Map([["extras/htmlfilter.php", duke]]) })).toBe(false);
      expect(copiedIn(edit, own, { change: phpmailer, baseText: own, baseTexts: withItself })).toBe(false);
    });

    it("a header naming our holder beside earlier ones is the project's own, whichever other files were read (PHPMailer.php)", () => {
      const main = `<?php\n/**\n * @copyright 2012 - 2017 Marcus Bointon\n * @copyright 2010 - 2012 Jim Jagielski\n * @copyright 2004 - 2009 Andy Prevost\n * @license http://www.gnu.org/copyleft/lesser.html GNU Lesser General Public License\n */`;
      const phpmailer = change([], { repository: { owner: "PHPMailer", name: "PHPMailer" }, commits: [commit("Revise DKIM header canonicalisation")] });
      const edit = addedFile("src/PHPMailer.php", ["//        $x = f($x);"], 4359, { status: "modified" });
      const tests = new Map([
        ["test/PHPMailerTest.php", "<?php\n/**\n * @copyright 2012 - 2020 Marcus Bointon\n */"],
        ["src/PHPMailer.php", main],
      ]);
      expect(copiedIn(edit, main, { change: phpmailer, baseText: main, baseTexts: tests })).toBe(false);
      expect(copiedIn(edit, main, { change: phpmailer, baseText: main, baseTexts: new Map([["src/PHPMailer.php", main]]) })).toBe(false);
    });

    it("a library's banner in line comments (name and version, holder, a licence's name) under another holder is copied in", () => {
      const xregexp = "// XRegExp 1.5.1\n// (c) 2007-2012 Steven Levithan\n// MIT License\n// <http://xregexp.com>\nvar XRegExp;";
      const phpmailer = change([], { repository: { owner: "PHPMailer", name: "PHPMailer" }, commits: [commit("Update SyntaxHighlighter")] });
      const baseTexts = new Map([
        ["class.phpmailer.php", "<?php\n/*\n * @copyright 2012 - 2014 Marcus Bointon\n * Copyright (c) 2010-2012, Jim Jagielski. All Rights Reserved.\n */"],
      ]);
      const file = addedFile("examples/scripts/XRegExp.js", xregexp.split("\n"), 1, { status: "added" });
      expect(copiedIn(file, xregexp, { change: phpmailer, baseTexts })).toBe(true);
      const own = xregexp.replace("Steven Levithan", "Marcus Bointon");
      expect(copiedIn(addedFile("examples/scripts/own.js", own.split("\n"), 1, { status: "added" }), own, { change: phpmailer, baseTexts })).toBe(false);
    });

    it("a copyright line without another work's terms (a pointer to the project's LICENSE) is the project's own", () => {
      const text =
        "// Copyright 2014 Manu Martinez-Almeida. All rights reserved.\n// Use of this source code is governed by a MIT style\n// license that can be found in the LICENSE file.\npackage gin";
      expect(copiedIn(addedFile("context.go", text.split("\n"), 1, { status: "added" }), text, { change: ours("Someone Else") })).toBe(false);
    });

    it("an edit of a file whose header at base says it is a copy (an update of the package) is copied in; a header written now into an existing file is not", () => {
      const edit = addedFile("src/SimpleJson.cs", ["    x = 2;"], 40, { status: "modified" });
      expect(copiedIn(edit, MONO, { change: ours(), baseText: MONO })).toBe(true);
      expect(copiedIn(addedFile("src/Own.cs", MONO.split("\n"), 1, { status: "modified" }), MONO, { change: ours(), baseText: "using System;" })).toBe(false);
    });
  });

  describe("copiedIn: minified JavaScript and CSS", () => {
    const lib = `//v2.0.30511.0\n${"if(!window.S)window.S={};S.a=function(b){return b};".repeat(120)}`;

    it("a whole library on one unindented line is not authored", () => {
      expect(copiedIn(addedFile("web/Silverlight.js", lib.split("\n"), 1, { status: "added" }), lib)).toBe(true);
      expect(copiedIn(addedFile("web/site.css", ["a{b:c}".repeat(100)], 1, { status: "added" }), "a{b:c}".repeat(100))).toBe(true);
    });

    it("an edit of a minified file counts its text at base; a long line added to a readable file does not make it minified", () => {
      expect(copiedIn(addedFile("web/Silverlight.js", ["x"], 2, { status: "modified" }), lib, { baseText: lib })).toBe(true);
      const readable = "function a() {\n  return 1;\n}\n";
      expect(copiedIn(addedFile("web/app.js", lib.split("\n"), 1, { status: "modified" }), lib, { baseText: readable })).toBe(false);
      expect(copiedIn(addedFile("web/app.py", lib.split("\n"), 1, { status: "added" }), lib)).toBe(false);
    });

    it("readable code with a few long lines is authored", () => {
      const text = ["function a() {", `  const s = "${"x".repeat(400)}";`, "  return s;", "}", "a();"].join("\n");
      expect(copiedIn(addedFile("web/app.js", text.split("\n"), 1, { status: "added" }), text)).toBe(false);
    });
  });

  describe("copiedIn: a library's release, by its banner or its minified twin", () => {
    const added = (path: string, text: string) => addedFile(path, text.split("\n"), 1, { status: "added" });
    const banner =
      "/*!\n * jQuery Validation Plugin v1.13.1\n *\n * Copyright (c) 2014 Jörn Zaefferer\n * Released under the MIT license\n */\n(function(factory) {})();\n";
    const own = "(function(w) {\n  w.site = function () { return 1; };\n})(this);\n";

    it("a new script that opens with a release banner is the library's; at base, an upgrade in place is too", () => {
      expect(copiedIn(added("Web/Scripts/jquery.validate.js", banner), banner)).toBe(true);
      expect(copiedIn(addedFile("Web/Scripts/jquery.validate.js", ["x"], 9), banner, { baseText: banner })).toBe(true);
      expect(copiedIn(added("Web/Scripts/site.js", own), own)).toBe(false);
    });

    it("a new script added with its minified twin (left out by the ignore globs) is a distribution; one without is authored", () => {
      const withTwin = change([added("Web/Scripts/respond.js", own)], { gaps: [{ kind: "ignored", path: "Web/Scripts/respond.min.js", message: "" }] });
      expect(copiedIn(withTwin.files[0]!, own, { change: withTwin })).toBe(true);
      const alone = change([added("Web/Scripts/respond.js", own), added("Web/Scripts/other.min.js", "x")]);
      expect(copiedIn(alone.files[0]!, own, { change: alone })).toBe(false);
    });
  });

  describe("notAuthored: files a NuGet package installs, by the packages.config lines the change adds", () => {
    const config = (ids: string[], status: ChangedFile["status"] = "added") =>
      addedFile(
        "src/Web/packages.config",
        ids.map((id) => `  <package id="${id}" version="1.0.0" targetFramework="net451" />`),
        3,
        { status },
      );
    const install = (files: string[], ids: string[]) => change([config(ids), ...files.map((p) => addedFile(p, ["x"], 1, { status: "added" }))]);
    const ids = ["Microsoft.AspNet.WebApi.HelpPage", "Respond", "jQuery", "Microsoft.AspNet.WebApi.Core", "Owin"];

    it.each([
      ["src/Web/Areas/HelpPage/SampleGeneration/HelpPageSampleGenerator.cs"],
      ["src/Web/Scripts/respond.js"],
      ["src/Web/Scripts/respond.matchmedia.addListener.js"],
      ["src/Web/Scripts/jquery.validate.js"],
      ["src/Web/Scripts/jquery.validate-vsdoc.js"],
    ])("%s is the package's", (path) => expect(notAuthored(path, install([path], ids))).toBeDefined());

    it.each([
      // The project's own code: not in an area named for a package, or a name no package starts.
      ["src/Web/Controllers/ValuesController.cs"],
      ["src/Web/Core/Handler.cs"],
      ["src/Web/Areas/Admin/AdminController.cs"],
      ["src/Web/Scripts/site.js"],
      ["src/Web/Scripts/owin.js"],
      // Another project's folder.
      ["src/Other/Scripts/respond.js"],
    ])("%s is authored", (path) => expect(notAuthored(path, install([path], ids))).toBeUndefined());

    it("a package already installed (no added line names it) installs nothing, and an edited file is never the package's", () => {
      const c = change([addedFile("src/Web/packages.config", ["<packages>"], 1), addedFile("src/Web/Scripts/respond.js", ["x"], 1, { status: "added" })]);
      expect(notAuthored("src/Web/Scripts/respond.js", c)).toBeUndefined();
      const edited = change([config(ids, "modified"), addedFile("src/Web/Scripts/respond.js", ["x"], 4)]);
      expect(notAuthored("src/Web/Scripts/respond.js", edited)).toBeUndefined();
    });
  });

  describe("notAuthored: a package copied in with its own licence file", () => {
    const vendored = (extra: string[] = []) =>
      change([
        addedFile("typer/_click/LICENSE.txt", ["Copyright 2014 Pallets"], 1, { status: "added" }),
        addedFile("typer/_click/core.py", ["x = 1"], 1, { status: "added" }),
        addedFile("typer/main.py", ["x = 1"], 1, { status: "modified" }),
        ...extra.map((p) => addedFile(p, ["x"], 1, { status: "added" })),
      ]);

    it("new files beside a licence file the change adds are not authored; the project's other files are", () => {
      expect(notAuthored("typer/_click/core.py", vendored())).toMatch(/licence/);
      expect(notAuthored("typer/main.py", vendored())).toBeUndefined();
    });

    it("a new package of a monorepo, with its manifest beside its licence, is authored", () => {
      expect(notAuthored("typer/_click/core.py", vendored(["typer/_click/pyproject.toml"]))).toBeUndefined();
    });

    it("a licence dropped next to existing code does not make it copied, nor does the repository's own LICENSE", () => {
      const c = change([
        addedFile("src/LICENSE", ["MIT"], 1, { status: "added" }),
        addedFile("src/app.py", ["x = 1"], 3, { status: "modified" }),
        addedFile("LICENSE", ["MIT"], 1, { status: "added" }),
        addedFile("main.py", ["x = 1"], 1, { status: "added" }),
      ]);
      expect(notAuthored("src/app.py", c)).toBeUndefined();
      expect(notAuthored("main.py", c)).toBeUndefined();
    });
  });

  describe("code the source found put back from history (#10)", () => {
    const lines = Array.from({ length: 10 }, (_, i) => `x${i} = ${i}`);
    const restored = (n: number) =>
      addedFile("src/adapter.py", lines, 1, { status: "added", restoredLines: lines.slice(0, n).map((_, i) => i + 1), restoredFrom: "deleted in bb78013ad6" });

    it("a file whose added lines are at least 90% restored is not authored, for every rule's check", () => {
      const file = restored(9);
      expect(notAuthored(file.path, change([file]))).toBe("not written in this change (deleted in bb78013ad6)");
      expect(copiedIn(file, lines.join("\n"))).toBe(true);
    });

    it("a file with fewer restored lines is the change's own", () => {
      const file = restored(8);
      expect(notAuthored(file.path, change([file]))).toBeUndefined();
      expect(copiedIn(file, lines.join("\n"))).toBe(false);
    });
  });

  describe("vendored copies without a licence file (#10)", () => {
    it.each([["pkg/_vendor/six.py"], ["src/_vendored/attr/__init__.py"], ["vendored/x.go"]])("%s is vendored by its folder", (path) =>
      expect(notAuthored(path)).toBeDefined(),
    );

    it("a NuGet package's content file installed in the project is the package's code, only when the package comes with it", () => {
      const pkg = [
        addedFile("packages/SimpleJson.0.15.0.0/SimpleJson.0.15.0.0.nupkg", [], 1, { status: "added", binary: true }),
        addedFile("packages/SimpleJson.0.15.0.0/Content/SimpleJson.cs.pp", ["class SimpleJson {}"], 1, { status: "added" }),
      ];
      const installed = addedFile("RestSharp/SimpleJson.cs", ["class SimpleJson {}"], 1, { status: "added" });
      expect(notAuthored("RestSharp/SimpleJson.cs", change([...pkg, installed]))).toMatch(/NuGet package/);
      expect(notAuthored("RestSharp/SimpleJson.cs", change([pkg[1], installed]))).toBeUndefined();
      expect(notAuthored("RestSharp/Other.cs", change([...pkg, addedFile("RestSharp/Other.cs", ["x"], 1, { status: "added" })]))).toBeUndefined();
    });

    it("a new file under an underscored folder named for what the change says it vendors is a copy; the message alone or the folder alone is not", () => {
      const file = addedFile("typer/_click/core.py", ["x = 1"], 1, { status: "added" });
      expect(notAuthored(file.path, change([file], { title: "Vendor Click and streamline Typer" }))).toMatch(/private folder/);
      expect(notAuthored(file.path, change([file], { title: "Streamline Typer" }))).toBeUndefined();
      const own = addedFile("typer/click/core.py", ["x = 1"], 1, { status: "added" });
      expect(notAuthored(own.path, change([own], { title: "Vendor Click" }))).toBeUndefined();
      const edited = addedFile("typer/_click/core.py", ["x = 1"], 1, { status: "modified" });
      expect(notAuthored(edited.path, change([edited], { title: "Vendor Click" }))).toBeUndefined();
    });

    it.each([
      ["# Extracted and modified from https://github.com/ewels/rich-click"],
      ["# Copied from pydantic 1.9.2 (the latest version to support python 3.6.)"],
      ['"""\nCode taken and adapted from Click: https://github.com/pallets/click/releases/tag/8.3.1\n"""'],
      ["// Ported from Go's strconv package"],
      ["# Based on Werkzeug's multipart parser (BSD licensed)"],
      ['/**\n * <dl>\n *     <dt>This class has been derived from "FastDoubleParser".</dt>\n * </dl>\n */'],
    ])("a new file whose header says %s is copied in", (header) => {
      const text = `${header}\nx = 1`;
      expect(copiedIn(addedFile("src/x.py", text.split("\n"), 1, { status: "added" }), text)).toBe(true);
    });

    it.each([
      ['"""Values extracted from the request headers."""'],
      ["# Adapted from the old implementation"],
      ["# Based on the user's settings"],
      ["x = ported_from(y)"],
      ['"""The key is derived from the user\'s settings."""'],
    ])("a header line that describes data or the project's own past (%s) is not a copy notice", (header) => {
      const text = `${header}\nx = 1`;
      expect(copiedIn(addedFile("src/x.py", text.split("\n"), 1, { status: "added" }), text)).toBe(false);
    });

    it("an edit of a file whose header at base says it was adapted (not copied verbatim) is the project's own work", () => {
      const base = "# Extracted and modified from https://github.com/ewels/rich-click\nx = 1";
      const text = `${base}\n# TODO: revise this legacy behaviour`;
      const file = addedFile("typer/rich_utils.py", ["# TODO: revise this legacy behaviour"], 3, { status: "modified" });
      expect(copiedIn(file, text, { baseText: base })).toBe(false);
      const verbatim = "# Copied from pydantic 1.9.2\nx = 1";
      expect(copiedIn(file, `${verbatim}\n# TODO: x`, { baseText: verbatim })).toBe(true);
    });
  });
});

describe("headerOf", () => {
  // What the header was defined as: the first 40 lines of the first 4,500 characters.
  const bySplit = (text: string) => text.slice(0, 4500).split("\n").slice(0, 40).join("\n");

  it("is a file's first 40 lines, capped at 4,500 characters, wherever its line breaks fall", () => {
    const texts = [
      "",
      "\n",
      "one line",
      Array.from({ length: 39 }, (_, i) => `// line ${i}`).join("\n"),
      Array.from({ length: 40 }, (_, i) => `// line ${i}`).join("\n"),
      Array.from({ length: 41 }, (_, i) => `// line ${i}`).join("\n") + "\n",
      "\n".repeat(100),
      "x".repeat(10_000),
      "x".repeat(4499) + "\n" + "y\n".repeat(50),
      "x".repeat(4500) + "\n" + "y\n".repeat(50),
      "a\n".repeat(38) + "x".repeat(4430) + "\n" + "b\n".repeat(5),
    ];
    for (const text of texts) expect(headerOf(text)).toBe(bySplit(text));
  });
});
