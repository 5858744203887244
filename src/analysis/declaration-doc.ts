/**
 * A commented line right over a declaration that uses the name declared (mobx bc8db3df94: `// proto[keysSymbol] = new
 * Set<PropertyKey>()` over `const keysSymbol = Symbol("mobx-keys")`): it cannot have run there, before its name
 * existed, so it documents what the declared value is for. A line that assigns the name itself (`// const x = old()`
 * over `const x = new()`) is an older version of the declaration, still code.
 */
const DECLARATION =
  /^\s*(?:export\s+)?(?:(?:const|let|val|final|static|readonly|private|public|internal)\s+){1,3}(?:[\w<>[\]]+\s+)?([A-Za-z_$][\w$]{0,60})\s*(?::[^=]{1,80})?=[^=]|^\s*([A-Za-z_]\w{0,60})\s*:=/;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Whether `commented` (one line, its marker stripped) uses, but does not assign, the name the live line under it declares. */
export function documentsDeclarationBelow(commented: string, below: string | undefined): boolean {
  const m = DECLARATION.exec(below ?? "");
  const name = m?.[1] ?? m?.[2];
  if (name === undefined || name.length < 3) return false;
  const uses = new RegExp(String.raw`(?<![\w$])${escape(name)}(?![\w$])`);
  const assigns = new RegExp(String.raw`^\s*(?:(?:const|let|var|val|final)\s+)?${escape(name)}\s*(?::[^=]{1,80})?:?=[^=]`);
  return uses.test(commented) && !assigns.test(commented);
}
