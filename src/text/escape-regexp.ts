/** `text` as a regular expression that matches it literally (names and paths come from hostile input). */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
