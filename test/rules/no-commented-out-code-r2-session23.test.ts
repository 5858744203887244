import { changed } from "../helpers/base-head.js";
import type { InvalidCase, ValidCase } from "../helpers/rule-tester.js";
import { testRule } from "../helpers/rule-tester.js";

// Session 23, round 2 (#11), from set 23's verdicts: a constraint or a cost is a reason too.
// 1. futures-rs 1803948ff0: `// WriteAllVectored requires `W: Unpin`` over a commented `assert_not_impl!` (judged wrong).
// 2. go-humanize c38983f5ff: `// Overflows.` over the assertion that cannot be written (not worth saying).
// 3. phpseclib 55ff00cc35: `// extract(...); // slower`, the alternative kept with its cost (not worth saying).
const valid: ValidCase[] = [];
const invalid: InvalidCase[] = [];

const GO_BASE = ["package humanize", "", "func TestE(t *testing.T) {", '\tassert(t, "bytes(1EB)", Bytes(EByte), "1EB")', "}", ""].join("\n");
const GO_HEAD = (note: string) => GO_BASE.replace("}\n", `\t${note}\n\t// assert(t, "bytes(1EB - 1P)", Bytes((KByte*EByte)-PByte), "1023EB")\n}\n`);

const RUST_BASE = ["fn assert_write_all() {", "    assert_impl!(WriteAll<'_, ()>: Unpin);", "}", ""].join("\n");
const RUST_HEAD = (note: string) =>
  RUST_BASE.replace("Unpin);\n", `Unpin);\n    ${note}\n    // assert_not_impl!(WriteAllVectored<'_, PhantomPinned>: Unpin);\n`);

const PHP_BASE = ["<?php", "function encryptBlock($in)", "{", '    $p = $this->ctx["p"];', '    $sb_0 = $this->ctx["sb"][0];', "    return $p;", "}", ""].join(
  "\n",
);
const PHP_HEAD = (note: string) => PHP_BASE.replace('["p"];\n', `["p"];\n    // extract($this->ctx["sb"], EXTR_PREFIX_ALL, "sb");${note}\n`);

valid.push(
  { name: "Go: `// Overflows.` over a commented assertion (go-humanize c38983f5ff)", ...changed("bytes.go", GO_BASE, GO_HEAD("// Overflows.")) },
  {
    name: "Rust: `// WriteAllVectored requires W: Unpin` over a commented assertion (futures-rs 1803948ff0)",
    ...changed("src/auto_traits.rs", RUST_BASE, RUST_HEAD("// WriteAllVectored requires `W: Unpin`")),
  },
  { name: "PHP: a commented call noted `// slower` on its line (phpseclib 55ff00cc35)", ...changed("src/Blowfish.php", PHP_BASE, PHP_HEAD(" // slower")) },
  { name: "PHP: a commented call noted `// faster` on its line", ...changed("src/Blowfish.php", PHP_BASE, PHP_HEAD(" // faster")) },
);

invalid.push(
  {
    name: "Rust: a label over the commented assertion gives no reason",
    ...changed("src/auto_traits.rs", RUST_BASE, RUST_HEAD("// WriteAllVectored")),
    findings: [{ messageId: "commentedOutLine", line: 4 }],
  },
  {
    name: "PHP: the commented call alone, without a note",
    ...changed("src/Blowfish.php", PHP_BASE, PHP_HEAD("")),
    findings: [{ messageId: "commentedOutLine", line: 5 }],
  },
);

testRule("no-commented-out-code", { valid, invalid });
