/**
 * A JVM package named for an organisation by its reversed domain (`package org.apache.log4j.spi;`):
 * the organisation's word (`apache`). Only the JVM's convention says who owns a namespace this plainly.
 */
const REVERSED_DOMAIN_PACKAGE = /^\s*package\s+(?:org|com|net|io|edu|ch|de|fr|nl|uk)\.([a-z][a-z0-9]{2,40})\.[\w.]+\s*;?\s*$/m;
/** Characters read for the package line: it sits under the header. */
const HEAD_CHARS = 6000;

/** The organisation a JVM file's package names (`org.apache.log4j.spi` → `apache`), if it names one. */
export function packageOrganisation(text: string): string | undefined {
  return REVERSED_DOMAIN_PACKAGE.exec(text.slice(0, HEAD_CHARS))?.[1];
}

/**
 * Whether a file is the code of the organisation whose package it declares, under that organisation's
 * copyright (slf4j's log4j-over-slf4j adds `package org.apache.log4j.spi;` under "Copyright 1999-2005 The
 * Apache Software Foundation", set 14): another project's API file copied in to stand in for it. `holderWords`
 * are the words of each copyright holder the header names; `ourWords` name the repository, its licence's
 * holder and the change's authors (not the other files' headers: the shim's other files are copies too).
 */
export function ownedByPackageOrganisation(text: string, holderWords: string[][], ourWords: Set<string>): boolean {
  const organisation = packageOrganisation(text);
  if (organisation === undefined || ourWords.has(organisation)) return false;
  return holderWords.some((named) => named.includes(organisation));
}
