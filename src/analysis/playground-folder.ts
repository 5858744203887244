// A maintainers' playground: a folder named `playground` or `playgrounds`, alone or as the end of its name
// (`vue-playground/`, `Foo.Playground/`). The app in it is run by hand to try the library out (pinia's
// `packages/playground/`, a module's `packages/nuxt/playground/`); it never ships.
const PLAYGROUND = /(^|\/)(?:[\w-]{0,80}[._-])?[Pp]laygrounds?\//;

/**
 * Whether the file sits in a playground, where lines tried and switched off are what the folder is for: judges called
 * them not worth saying on sets 12, 16 and 18 (mordant's scratch main, zod's `play.ts`, pinia's playground store), and
 * none agreed. The path is the change's own, but a folder of that name is not where reviewed code lives.
 */
export function inPlaygroundFolder(path: string): boolean {
  return PLAYGROUND.test(path);
}
