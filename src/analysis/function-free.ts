import type { LanguageId } from "../syntax/facts.js";
import { parsesWhole } from "./parses-whole.js";

/**
 * Whether a text certainly declares no function, method, lambda or callback: every way its
 * language has to write one needs one of these tokens, looked for anywhere in the text (in
 * strings too, so the answer errs on "may hold one"). The structural rules judge only functions
 * a change touched, so a file that holds none needs no parsing (issue #13, item 5).
 */
export function functionFree(language: LanguageId, text: string): boolean {
  const opener = FUNCTION_OPENERS[language];
  return opener !== undefined && parsesWhole(text) && !opener.test(text);
}

/**
 * Per language, what every function needs: a keyword, an arrow, or a block (a method's class
 * body, a Kotlin lambda, a C# delegate). Languages not listed always parse.
 */
const FUNCTION_OPENERS: Partial<Record<LanguageId, RegExp>> = {
  typescript: /[{]|=>|\bfunction\b/,
  tsx: /[{]|=>|\bfunction\b/,
  javascript: /[{]|=>|\bfunction\b/,
  python: /\b(def|lambda)\b/,
  go: /\bfunc\b/,
  java: /[{]|->/,
  kotlin: /[{]|\bfun\b/,
  csharp: /[{]|=>/,
};
