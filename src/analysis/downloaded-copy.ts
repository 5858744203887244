/**
 * A file whose header says it was downloaded from another project (#11): the Cake bootstrapper's
 * `# This file was downloaded from https://github.com/cake-build/resources`, committed as `build/build.ps1`
 * by CommunityToolkit de2678f3ec (set 20, pr-size judged wrong: "a Cake bootstrapper … marked 'downloaded
 * from cake-build/resources'"). It is that project's script, kept as it shipped, like a file "copied from" one.
 *
 * Only a download from an address counts: "the data is downloaded from the server" describes what the code
 * does, not where the file came from. Read in the header only (the caller passes it).
 */
const DOWNLOADED = /\b(?:file|script|code|module|class)\s+(?:was|is|has\s+been)\s+downloaded\s+from\s+<?https?:\/\/\S/i;

/** Where a header says the file was downloaded from an address, if it does. */
export function downloadedNotice(header: string): { index: number } | null {
  return DOWNLOADED.exec(header);
}
