/**
 * Folder names that hold another project's code (pip's `_vendor/`, insta's `vendored/`, Chromium's
 * `third_party/`, Bower's and npm's install folders). One list for the engine's default ignores and
 * for not-authored.ts, which leaves them alone even where a repository un-ignores them. Each name is
 * valid both as a regular-expression alternative and as a glob segment (`3rd[-_][Pp]arty`).
 */
export const THIRD_PARTY_FOLDERS = [
  "vendor",
  "_vendor",
  "vendored",
  "_vendored",
  "third_party",
  "third-party",
  "thirdparty",
  "ThirdParty",
  "3rd[-_][Pp]arty",
  "3rd[Pp]arty",
  "node_modules",
  "bower_components",
  // CocoaPods' install folder (Kermit's sample app committed `Pods/FirebaseCore/…`, 519 files; judged set 25).
  "Pods",
];
