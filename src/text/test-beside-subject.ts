/**
 * A test named for the file beside it with no separator, as projects did before the conventions
 * settled (#11, session 12): rubyzip's `zipfilesystemtest.rb` beside `zipfilesystem.rb`,
 * `ziptest.rb` beside `zip.rb`. The name alone is not enough (`latest.rb`, `contest.rb`): its
 * subject, the same name without `test`, `tests` or `spec`, must sit in the same folder.
 */
const NAMED_AS_TEST = /^(.*\/)?([^/]+?)[-_.]?(?:tests?|spec)\.(\w+)$/i;

export function testBesideItsSubject(path: string, files: Set<string>): boolean {
  const m = NAMED_AS_TEST.exec(path);
  return m !== null && files.has(`${m[1] ?? ""}${m[2]}.${m[3]}`);
}
