import { rewordedByOwner, todoOwner } from "./owner-reworded-todo.js";
// The words of a TODO, from its marker on: what it says, whatever the indentation, the comment
// delimiters or the code in front of it.
const WORD = /[\p{L}\p{N}_]+/gu;
// "TO DO" and "To-do:" too: a TODO respelled to `TODO:` in a cleanup is the same TODO (capybara's
// `# TO DO identify the click button` → `# TODO: identify …`). Only in capitals or before a colon:
// "what to do with it" is prose.
const MARKER = /\b(?:[Tt][Oo][Dd][Oo]|[Ff][Ii][Xx][Mm][Ee]|[Xx]{3}|[Hh][Aa][Cc][Kk])\b|\bTO[ -]DO\b|\bTo[ -]do(?=\s*:)/g;
/** The marker respelled as one word, so its words match the TODO it became. */
const SPELLED_APART = /^to[ -]do/i;
/** How much a TODO's words may differ from one at base and still be the same TODO (a typo fixed, a word reworded). */
const SAME_WORDS = 0.7;
/** A TODO re-wrapped: nearly all its words are in a base TODO's first lines. */
const REWRAPPED_WORDS = 0.9;
const MIN_REWRAPPED_WORDS = 4;

interface BaseTodo {
  line: Set<string>;
  /** Its first LONG_LEAD_WORDS words in order: a TODO whose first clause is kept and whose end is reworded. */
  longLead: string;
  /** The owner it names, `TODO(cpovirk)`: an owner's TODO reworded as it moved is still theirs. */
  owner?: string;
  /** The marker's line and the two after it: a TODO re-wrapped over lines. */
  block: Set<string>;
  /** Its first words in order (`todo quirk state`): a TODO extended keeps them. */
  lead: string;
}

/** A TODO extended: it starts with a base TODO's first words and keeps every one of its words. */
const LEAD_WORDS = 3;
const MIN_EXTENDED_WORDS = 4;
// A base TODO of this many words or more, most of them kept, and making most of the new one's words.
const MIN_REWORDED_WORDS = 5;
const REWORDED_KEPT = 0.85;
const REWORDED_SHARE = 0.6;

function lead(text: string, n = LEAD_WORDS): string {
  return (text.toLowerCase().match(WORD) ?? []).slice(0, n).join(" ");
}

/**
 * A TODO whose first eight words stand in order as a base TODO's, its end reworded as it moved (alacritty's
 * `/// XXX: this function must not call to any `OpenGL` related tasks. Only logical update…` moved out of a doc
 * comment as `// XXX: … tasks. Renderer updates are…`, judged wrong, set 28). Eight words in order are a clause
 * the author kept, not a phrase TODOs share.
 */
const LONG_LEAD_WORDS = 8;

// An identifier's parts: a TODO over code keeps its words when a rename only changes the case style
// (rubyzip's `#TODO attr_accessor :autoCreateDirectories` → `:auto_create_directories`).
const PART = /[\p{L}\p{N}]+/gu;
const HUMP = /(\p{Ll}|\p{N})(?=\p{Lu})/gu;

function words(text: string): Set<string> {
  return new Set(text.replace(HUMP, "$1 ").toLowerCase().match(PART) ?? []);
}

/** A TODO's words in order, lowercased: the same TODO written twice has the same key. */
export function todoWords(todo: string): string {
  return (todo.toLowerCase().match(WORD) ?? []).join(" ");
}

/** The TODOs of one base text, by their words. A text with no marker costs one regex scan. */
export function baseTodos(text: string): BaseTodo[] {
  const out: BaseTodo[] = [];
  for (const m of text.matchAll(MARKER)) {
    const lineEnd = text.indexOf("\n", m.index);
    const end = lineEnd === -1 ? text.length : lineEnd;
    let blockEnd = end;
    for (let i = 0; i < 2 && blockEnd < text.length; i++) {
      const next = text.indexOf("\n", blockEnd + 1);
      blockEnd = next === -1 ? text.length : next;
    }
    const line = text.slice(m.index, Math.min(end, m.index + 1000)).replace(SPELLED_APART, "todo");
    out.push({
      line: words(line),
      owner: todoOwner(line),
      block: words(text.slice(m.index, Math.min(blockEnd, m.index + 3000)).replace(SPELLED_APART, "todo")),
      lead: lead(line),
      longLead: lead(line, LONG_LEAD_WORDS),
    });
  }
  return out;
}

/**
 * True when the TODO (its text from the marker on) was already at base: the same words as a base
 * TODO, give or take a typo fixed, the same words re-wrapped, or a base TODO with words added. A TODO re-indented, moved to
 * another place or file, reformatted or given a typo fix is not new, and nobody should be asked
 * to file an issue for it.
 */
export function wasTodoAtBase(todo: string, base: readonly BaseTodo[]): boolean {
  const mine = words(todo);
  if (mine.size === 0) return false;
  const owner = todoOwner(todo);
  const leading = lead(todo, LONG_LEAD_WORDS);
  const longLead = leading.split(" ").length === LONG_LEAD_WORDS ? leading : undefined;
  for (const b of base) {
    const shared = count(mine, b.line);
    if (shared / (mine.size + b.line.size - shared) >= SAME_WORDS) return true;
    if (mine.size >= MIN_REWRAPPED_WORDS && count(mine, b.block) / mine.size >= REWRAPPED_WORDS) return true;
    // Reworded as it moved with its code (`Compute the total available memory on non-Android platforms.`
    // → `Figure out how to compute the total available memory on non-JVM platforms.`): still that TODO.
    if (b.line.size >= MIN_REWORDED_WORDS && shared / b.line.size >= REWORDED_KEPT && shared / mine.size >= REWORDED_SHARE) return true;
    // Extended (`todo: quirk state check on doctype ids` → `… on more doctype ids, if deemed useful`): still that TODO.
    if (b.line.size >= MIN_EXTENDED_WORDS && shared === b.line.size && lead(todo) === b.lead) return true;
    if (rewordedByOwner(mine, owner, b)) return true;
    if (longLead !== undefined && longLead === b.longLead) return true;
  }
  return false;
}

function count(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const w of a) if (b.has(w)) n++;
  return n;
}
