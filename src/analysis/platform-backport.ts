import type { ChangedFile } from "../model/change.js";

// A file that declares its types in the platform's own namespace: C# `namespace System.Threading`,
// Java `package java.util.concurrent`. A project does that only to backport a platform class to an
// older runtime, copying it from the platform's (or Mono's, or a decompiler's) sources.
const PLATFORM_NAMESPACE = /^\s{0,16}(?:namespace\s+System(?:[.\s;{]|$)|package\s+(?:java|javax)\.)/m;
// Where the declaration may be: after a licence header and usings.
const HEADER_CHARS = 4000;

/**
 * New files that backport a platform class (AutoMapper's `ReaderWriterLockSlim` for Silverlight,
 * declared in `System.Threading`): copied code, not the author's, however they carry no licence.
 * Only files the change adds whole, and only outside a repository of the platform itself.
 */
export function platformBackports(files: ChangedFile[], textOf: (f: ChangedFile) => string | undefined): ChangedFile[] {
  return files.filter((f) => {
    if (f.status !== "added" || /(^|\/)(System|java|javax)\.[\w.]+\//.test(f.path)) return false;
    const text = textOf(f);
    return text !== undefined && PLATFORM_NAMESPACE.test(text.slice(0, HEADER_CHARS));
  });
}
