import { markImportedCode } from "../../src/analysis/imported-code.js";
import { notAuthored } from "../../src/analysis/not-authored.js";
import type { ProjectReader } from "../../src/analysis/upstream-code.js";
import type { Change, ChangedFile } from "../../src/model/change.js";
import { isRestored } from "../../src/model/restored-lines.js";
import { addedFile, change, commit } from "../helpers/make-change.js";

const APACHE = [
  ' * Licensed under the Apache License, Version 2.0 (the "License");',
  " * you may not use this file except in compliance with the License.",
  " */",
];
const header = (holder: string) => ["/*", ` * Copyright (C) 2019 ${holder}`, " *", ...APACHE];
const body = (n: number) => Array.from({ length: n }, (_, i) => `    val v${i} = parse(${i})`);
const kotlin = (holder?: string) => [...(holder ? header(holder) : []), "package app", ...body(20)];

const added = (path: string, lines: string[]) => addedFile(path, lines, 1, { status: "added" });
const modified = (path: string, lines: string[]) => addedFile(path, lines, 40, { status: "modified" });

/** A repository at base (path → text) and the changed files' texts at head, as the git source reads them. */
function project(base: Record<string, string>, head: Record<string, string> = {}): ProjectReader {
  const pick = (texts: Record<string, string>, paths: string[]) => new Map(paths.filter((p) => p in texts).map((p) => [p, texts[p]]));
  return { basePaths: () => Object.keys(base), texts: (side, paths) => pick(side === "base" ? base : head, paths) };
}

/** `n` own source files spread over modules, `headed` of them under `holder`'s copyright. */
function ownFiles(n: number, headed = 0, holder = "Square, Inc.", ext = "kt"): Record<string, string> {
  return Object.fromEntries(
    Array.from({ length: n }, (_, i) => [`module${i % 4}/src/main/kotlin/app/File${i}.${ext}`, (i < headed ? kotlin(holder) : kotlin()).join("\n")]),
  );
}

function review(files: ChangedFile[], base: Record<string, string>, extra: Partial<Change> = {}, head: Record<string, string> = {}): Change {
  const message = extra.title ?? "Add a cache-control module";
  const c = change(files, { title: message, commits: [commit(message, { author: { name: "Colin White", email: "colin@colinwhite.me" } })], ...extra });
  markImportedCode(c, undefined, project(base, head));
  return c;
}

describe("markImportedCode: a new file under another holder's copyright (#10)", () => {
  const portedPath = "coil-network-cache-control/src/commonMain/kotlin/internal/CacheControl.kt";
  const coil = { repository: { owner: "coil-kt", name: "coil" } };

  it("is imported in a project whose own files carry no copyright (coil 767f0b2730, ported from OkHttp)", () => {
    const c = review(
      [added(portedPath, kotlin("Square, Inc.")), added("coil-network-cache-control/src/commonMain/kotlin/Strategy.kt", kotlin())],
      ownFiles(20),
      coil,
    );
    expect(notAuthored(portedPath, c)).toMatch(/another holder's copyright, where the project's own files carry none/);
    expect(isRestored(c.files[1])).toBe(false);
  });

  it.each<[string, ChangedFile[], Record<string, string>, Partial<Change>]>([
    [
      "the holder is the repository's owner (a Square file in square/okhttp)",
      [added(portedPath, kotlin("Square, Inc."))],
      ownFiles(20),
      { repository: { owner: "square", name: "okhttp" } },
    ],
    [
      "the project's own files carry copyrights: left to copiedIn, which knows their holders",
      [added(portedPath, kotlin("Block, Inc."))],
      ownFiles(20, 10),
      coil,
    ],
    ["the holder is named by the project's files in two folders", [added(portedPath, kotlin("Square, Inc."))], ownFiles(20, 2), {}],
    [
      "the holder is named by three of the project's files in one folder (cobra's root under Steve Francia's copyright)",
      [added("flag_groups.go", kotlin("Steve Francia <spf@spf13.com>."))],
      Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`file${i}.go`, kotlin(i < 3 ? "Steve Francia <spf@spf13.com>." : undefined).join("\n")])),
      {},
    ],
    [
      "the LICENSE names the holder",
      [added(portedPath, kotlin("Acme Corp"))],
      { ...ownFiles(20), LICENSE: "Copyright (c) 2020 Acme Corp\n\nPermission is hereby granted" },
      coil,
    ],
    ["the holder made the change", [added(portedPath, kotlin("Colin White"))], ownFiles(20), coil],
    [
      "the project's modules are named for the holder",
      [added(portedPath, kotlin("Coil Contributors"))],
      { ...ownFiles(20), "coil-core/src/A.kt": "package a" },
      {},
    ],
    ["too few of the project's files to tell whether they carry one", [added(portedPath, kotlin("Square, Inc."))], ownFiles(3), coil],
    ["not code (a translated README with the licence block)", [added("README-uz.md", ["# Coil", ...header("Square, Inc.")])], ownFiles(20), coil],
    ["no copyright at all", [added(portedPath, kotlin())], ownFiles(20), coil],
  ])("is the change's own when %s", (_, files, base, extra) => {
    const c = review(files, base, extra);
    expect(c.files.some(isRestored)).toBe(false);
  });

  it("counts a holder the project's files name in one folder only as a copy's (jackson-core's Schubfach tests)", () => {
    const base = {
      ...ownFiles(30, 0, "", "java"),
      "src/main/java/io/schubfach/MathUtils.java": ["/*", " * Copyright 2018-2020 Raffaello Giulietti", " *", " * Permission is hereby granted"].join("\n"),
    };
    const checker = ["/*", " * Copyright 2018-2020 Raffaello Giulietti", " */", "package io.schubfach;", ...body(30)];
    const c = review([added("src/test/java/io/schubfach/FloatToDecimalChecker.java", checker)], base, { title: "extend schubfach tests" });
    expect(isRestored(c.files[0])).toBe(true);
  });

  it("counts a folder's name as the holder's only when it names the holder whole (mockk 382f42ac0e: AOSP code in agent/android/)", () => {
    const aosp = "agent/android/src/main/java/io/mockk/proxy/android/AndroidMockKProxyMaker.java";
    const c = review([added(aosp, kotlin("The Android Open Source Project"))], ownFiles(20, 0, "", "java"), { repository: { owner: "mockk", name: "mockk" } });
    expect(notAuthored(aosp, c)).toMatch(/another holder's copyright/);
  });

  it("says nothing when the source cannot read the repository (no reader given)", () => {
    const c = change([added(portedPath, kotlin("Square, Inc."))], coil);
    markImportedCode(c);
    expect(isRestored(c.files[0])).toBe(false);
  });
});

describe("markImportedCode: another project's latest code taken up (#10)", () => {
  const dir = "src/main/java/io/doubleparser";
  const derived = ["/**", ' * <dt>This class has been derived from "FastDoubleParser".</dt>', " */", "package io.doubleparser;", ...body(10)].join("\n");
  const oracle = ["/*", " * Copyright (c) 2021, 2022, Oracle and/or its affiliates. All rights reserved.", " * GNU General Public License version 2", " */"];
  const base = ownFiles(20, 0, "", "java");

  it("marks the named folder's files when one of them carries the project's notice (jackson-core 7fa3770a0c)", () => {
    const files = [
      modified(`${dir}/FastDoubleSwar.java`, body(30)),
      added(`${dir}/JavaBigIntegerFromByteArray.java`, ["package io.doubleparser;", ...body(40)]),
      modified("src/main/java/io/NumberInput.java", body(8)),
    ];
    const c = review(files, base, { title: "uptake latest FastDoubleParser code (#837)" }, { [`${dir}/FastDoubleSwar.java`]: derived });
    expect(notAuthored(`${dir}/FastDoubleSwar.java`, c)).toMatch(/taken from another project's latest code/);
    expect(isRestored(c.files[1])).toBe(true);
    expect(isRestored(c.files[2])).toBe(false);
  });

  it("marks a re-synced file whose new header names another holder (jackson-core f6937e8663, JDK 19's Schubfach)", () => {
    const path = "src/main/java/io/schubfach/MathUtils.java";
    const c = review(
      [addedFile(path, [...oracle, ...body(30)], 1, { status: "modified" })],
      base,
      { title: "latest schubfach code (part of JDK 19) (#852)" },
      {
        [path]: [...oracle, ...body(30)].join("\n"),
      },
    );
    expect(isRestored(c.files[0])).toBe(true);
  });

  it("reads the project from a repository named after 'code from' (jackson-core 159355efd5), tests in a folder of that name too", () => {
    const files = [added(`${dir}/package-info.java`, derived.split("\n")), added("src/test/java/io/doubleparser/ParseSignificandWithSwarTest.java", body(40))];
    const c = review(files, base, { title: "add fast parser code from wrandelshofer/FastDoubleParser (#766)" }, { [`${dir}/package-info.java`]: derived });
    expect(c.files.every(isRestored)).toBe(true);
  });

  it("marks a library of one file named by the fork it is updated from, by its own header (PHPMailer ac658cf21b)", () => {
    const path = "extras/class.html2text.php";
    const gpl = ["<?php", "/*", " * Portions Copyright (c) 2005-2007 Jon Abernathy <jon@chuggnutt.com>", " * GNU General Public License", " */"];
    const title = "Update the html2text class with a fork from https://github.com/mtibben/html2text";
    const fork = review([modified(path, body(30)), modified("class.phpmailer.php", body(5))], base, { title }, { [path]: [...gpl, ...body(30)].join("\n") });
    expect(isRestored(fork.files[0])).toBe(true);
    expect(isRestored(fork.files[1])).toBe(false);
    // The project's own file of that name, without another holder's header, stays the change's.
    const own = review([modified(path, body(30))], base, { title }, { [path]: ["<?php", ...body(30)].join("\n") });
    expect(isRestored(own.files[0])).toBe(false);
  });

  it.each<[string, string, Record<string, string>, string]>([
    ["the folder's files carry no notice: the author's own edits", "uptake latest FastDoubleParser code", {}, dir],
    ["the message takes no upstream code", "Fix FastDoubleParser rounding", { [`${dir}/FastDoubleSwar.java`]: derived }, dir],
    [
      "only a folder higher up is named so (a layout folder)",
      "Update to latest doubleparser version",
      { [`src/main/java/io/doubleparser/app/FastDoubleSwar.java`]: derived },
      `${dir}/app`,
    ],
  ])("leaves the files alone when %s", (_, title, head, folder) => {
    const c = review([modified(`${folder}/FastDoubleSwar.java`, body(30))], base, { title }, head);
    expect(isRestored(c.files[0])).toBe(false);
  });
});
