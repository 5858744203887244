/**
 * Editor and version-control settings files (#11): `.editorconfig`, `.gitattributes`, `.gitignore`,
 * `.runsettings`, `.clang-format`. Lists of keys and patterns that tools read, set up once with a
 * repository and skimmed in review, like the root dot-folders (`.github/`): CommunityToolkit de2678f3ec
 * ported its repository setup and was told it had "1146 lines of code to review", 372 of them its
 * `.editorconfig` (set 20, judged wrong: "not hand-written code to review").
 *
 * Named ones only: a dotfile may be a program (`.bashrc`, `.zshrc`, `.vimrc` in a dotfiles repository).
 */
const SETTINGS = /(?:^|\/)\.(?:editorconfig|gitattributes|gitmodules|mailmap|runsettings|clang-format|clang-tidy|[\w-]*ignore)$/i;

/** Whether a path is an editor's or version control's settings file. */
export function settingsDotfile(path: string): boolean {
  return SETTINGS.test(path);
}
