import { commentContent, STATEMENT_WORD } from "./comment-lines.js";

// Comment lines that look like code but are data: query strings, URLs, paths, CSV rows, a C reference beside its port.

// Example data, not code: a query string (`a[]=b&a[][c]=d`), a URL, a path, `key=value` pairs.
// Nothing in them is called, declared or ended like a statement.
const QUERY_STRING = /^\??[\w.%[\]-]{1,80}=[^\s&]{0,200}(&[\w.%[\]-]{1,80}=[^\s&]{0,200}){1,30}$/;
const URL = /^[a-z][\w+.-]{1,20}:\/\/\S{1,500}$/i;
const PATH = /^(~|\.{1,2})?\/?[\w.@-]{1,80}(\/[\w.@*-]{1,80}){1,30}\/?$/;
const KEY_VALUES = /^([\w.-]{1,60}=[^\s=(){};]{1,200}\s+){1,30}[\w.-]{1,60}=[^\s=(){};]{1,200}$/;

export function exampleData(line: string): boolean {
  const text = commentContent(line);
  return text.length <= 2000 && !/[(){};]/.test(text) && (QUERY_STRING.test(text) || URL.test(text) || PATH.test(text) || KEY_VALUES.test(text));
}

// A row of delimited values: cells of words, quotes and marks between two or more `;`, `,`, `|` or tabs, with nothing
// that calls, assigns, indexes or computes (`!comment;;;;`, `;;`, `a,b,,c`). A statement has an operator or a call.
const DATA_ROW = /^[^(){}[\]=+*/<>.&$@\\]{0,200}$/;
const DELIMITERS = /[;,|\t]/g;
const DATA_ROW_DELIMITERS = 2;

/** Whether every line of a block is a row of delimited sample data (commons-csv ca7bbae40e's lexer input). */
export function dataRows(lines: string[]): boolean {
  const rows = lines.map(commentContent).filter((l) => l !== "");
  return rows.length > 0 && rows.every((r) => DATA_ROW.test(r) && (r.match(DELIMITERS) ?? []).length >= DATA_ROW_DELIMITERS && !STATEMENT_WORD.test(r));
}

// What only C (and its kin) writes: `sizeof`, and the C library's memory and string calls. In a file of another language
// a comment holding them is the C reference a port translates (addressable's IDNA: RFC 3492's
// `memmove(output + i + 1, output + i, (out - i) * sizeof *output)` over its Ruby line), not that file's dead code.
// Not a binding's call of them (Python's `ctypes.sizeof(x)`, Rust's `libc::memcpy(…)`).
const C_ONLY = /(?<![.:>\w])(?:sizeof\b|(?:memmove|memcpy|memset|memcmp|malloc|calloc|realloc|strlen|strcpy|strncpy|strcmp|strncmp)\s*\()/;
// Languages where those are code: the C family, C# (`sizeof`), PHP (`sizeof()` counts an array), Cython, and the
// languages that call C directly (Go's cgo, Rust, Swift, Zig, D, Nim).
const C_KIN = /\.(?:c|h|cc|cpp|cxx|hpp|hh|hxx|m|mm|cs|php|d|zig|nim|pyx|pxd|swift|go|rs)$/i;

/** Whether a block in a file of another language holds C: a port's reference line, not the file's code. */
export function foreignC(path: string, lines: string[]): boolean {
  return !C_KIN.test(path) && lines.some((l) => C_ONLY.test(commentContent(l)));
}
