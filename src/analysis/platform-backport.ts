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
    const text = textOf(f);
    return f.status === "added" && text !== undefined && declaresPlatformNamespace(f.path, text);
  });
}

/** The file's header declares the platform's own namespace, outside a repository of the platform itself. */
export function declaresPlatformNamespace(path: string, text: string): boolean {
  return !/(^|\/)(System|java|javax)\.[\w.]+\//.test(path) && PLATFORM_NAMESPACE.test(text.slice(0, HEADER_CHARS));
}
