import { addedFile, change } from "../helpers/make-change.js";
import { testRule } from "../helpers/rule-tester.js";

// Set 47 (#10).
const at = (path: string, lines: string[]) => ({
  change: change([addedFile(path, lines)]),
  lookups: { issues: new Map(), fileContents: new Map([[path, lines.join("\n")]]) },
});

// ipaddr 8544b1fcb8: each group of `valid_v6?`'s patterns headed by its kind (judged *wrong* as code).
const v6 = (heading: string) => [
  "def valid_v6?(addr)",
  `  ${heading}`,
  "  return true if /\\A[\\dA-Fa-f]{1,4}(:[\\dA-Fa-f]{1,4})*\\Z/ =~ addr",
  "  false",
  "end",
];

// kotlinx.collections.immutable 8f33516c16: the trie node states its invariants as commented assertions, 13 at base.
const PATH = "core/commonMain/src/implementations/immutableMap/TrieNode.kt";
const node = (held: string[], extra: string[]) => [
  "internal class TrieNode(var dataMap: Int, var nodeMap: Int) {",
  "    fun insertCell(positionMask: Int) {",
  ...held,
  "        dataMap = dataMap or positionMask",
  "    }",
  "",
  "    private fun updateNodeAtIndex(nodeIndex: Int, positionMask: Int, newNode: TrieNode): TrieNode {",
  "        if (newNode.nodeMap == 0) {",
  "            if (buffer.size == 1) {",
  ...extra,
  "                newNode.dataMap = nodeMap",
  "                return newNode",
  "            }",
  "        }",
  "        return TrieNode(dataMap, nodeMap)",
  "    }",
  "}",
];
const ASSERTS = ["//        assert(!hasEntryAt(positionMask))", "//        assert(buffer[keyIndex + 1] !== value)", "//        assert(buffer.size > 0)"];
const edited = (base: string[], head: string[]) => {
  const added = head.filter((l) => !base.includes(l));
  const file = { ...addedFile(PATH, added, head.indexOf(added[0]) + 1), status: "modified" as const };
  return {
    change: change([file]),
    lookups: { issues: new Map(), fileContents: new Map([[PATH, head.join("\n")]]), baseContents: new Map([[PATH, base.join("\n")]]) },
  };
};
const NEW = "//                assert(dataMap == 0 && nodeMap xor positionMask == 0)";

testRule("no-commented-out-code", {
  valid: [
    { name: "Ruby: a capitalised name and a few words in parentheses head a group (ipaddr 8544b1fcb8)", ...at("lib/ipaddr.rb", v6("# IPv6 (normal)")) },
    { name: "Ruby: the same with two words", ...at("lib/ipaddr.rb", v6("# IPv6 (IPv4 compat)")) },
    {
      name: "Kotlin: a commented assertion where the file held three at base (kotlinx.collections.immutable 8f33516c16)",
      ...edited(node(ASSERTS, []), node(ASSERTS, [NEW])),
    },
  ],
  invalid: [
    {
      name: "Ruby: a lowercase call with its argument is code",
      ...at("lib/ipaddr.rb", v6("# validate(addr)")),
      findings: [{ messageId: "commentedOutLine", line: 2 }],
    },
    {
      name: "Kotlin: a commented assertion in a file that held none is still code switched off",
      ...edited(node([], []), node([], [NEW])),
      findings: [{ messageId: "commentedOutLine", line: 9 }],
    },
  ],
});
