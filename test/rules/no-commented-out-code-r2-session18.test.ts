import { oneFileCases } from "../helpers/one-file-cases.js";
import { testRule, type InvalidCase, type ValidCase } from "../helpers/rule-tester.js";

// Session 18, round 2 (#10): commented-out assertions in a test whose own header says it asserts nothing, and the
// message of an optional feature's parked code. Each kept shape has a twin that is still said.
const { kept, said } = oneFileCases("commentedOut");
const valid: ValidCase[] = [];
const invalid: InvalidCase[] = [];

// ---- 1. a test that says it asserts nothing ----
// resilience4j ce5c959b75 SemaphoreBulkheadTest.java:180 (`@Test // best effort, no asserts`, judged not worth saying).
const JAVA = (mark: string, commented: string[]) => [
  "class BulkheadTest {",
  `    ${mark}`,
  "    public void testEntryInterrupted() {",
  "        AtomicBoolean entered = new AtomicBoolean(true);",
  "        Thread t = new Thread(() -> entered.set(bulkhead.tryEnter()));",
  "        t.start();",
  "        t.interrupt();",
  "        // then",
  ...commented,
  "    }",
  "}",
];
const ASSERTS = ["        //assertThat(entered.get()).isFalse();", "        //assertThat(t.isAlive()).isFalse();"];
const PY = (mark: string, commented: string[]) => [
  "import threading",
  "",
  mark,
  "def test_entry_interrupted():",
  "    t = threading.Thread(target=enter)",
  "    t.start()",
  ...commented,
  "",
];
valid.push(
  kept("Java: `@Test // best effort, no asserts` over the test", "src/test/java/BulkheadTest.java", JAVA("@Test // best effort, no asserts", ASSERTS)),
  kept("Java: a note that the test has no assertions", "src/test/java/BulkheadTest.java", JAVA("@Test // timing-dependent: no assertions", ASSERTS)),
  kept(
    "Python: `# best-effort` over the test",
    "tests/test_bulkhead.py",
    PY("# best-effort: the interrupt may come late", ["    # assert not t.is_alive()", "    # assert entered"]),
  ),
);
invalid.push(
  said("Java: the same assertions under a plain @Test", "src/test/java/BulkheadTest.java", JAVA("@Test", ASSERTS), 9),
  // The note disowns assertions only: other commented code in the test is still dead weight.
  said(
    "Java: commented calls, not assertions, under the note",
    "src/test/java/BulkheadTest.java",
    JAVA("@Test // best effort, no asserts", ["        //t.join(1000);", "        //bulkhead.release();"]),
    9,
  ),
);

// ---- 2. an optional feature's parked code: the message says the code is switched off, not the feature ----
// sqlx b5312c3b6f sqlx-sqlite/src/type_info.rs:113 (agreed, but "switch off the `any` feature" was inaccurate: the
// feature moved to a new any.rs). The message data are unchanged; the text is the rule's (see its messages).
invalid.push({
  name: "Rust: a feature's impl commented out",
  change: oneFileCases("commentedOutFeature").one("src/type_info.rs", [
    "pub struct TypeInfo;",
    "",
    '// #[cfg(feature = "any")]',
    "// impl From<TypeInfo> for AnyTypeInfo {",
    "//     fn from(t: TypeInfo) -> Self { AnyTypeInfo(t) }",
    "// }",
  ]),
  findings: [{ messageId: "commentedOutFeature", line: 3, data: { feature: "any", count: 4 } }],
});

// ---- 3. a playground folder ----
// pinia bd2a116b93 packages/playground/src/stores/nasa-pod.ts:12 (a store of the maintainers' playground app, judged
// not worth saying; sets 12 and 16 judged mordant's scratch main and zod's play.ts so too).
const STORE = [
  "export const usePodStore = defineStore('nasa-pod', () => {",
  "  const currentDate = ref(today)",
  "  // const image = ref<NASAPOD | undefined>()",
  "  // const error = ref<Error | undefined>()",
  "  return { currentDate }",
  "})",
];
valid.push(
  kept("TS: a playground app's store", "packages/playground/src/stores/nasa-pod.ts", STORE),
  kept("TS: a module's playground", "packages/nuxt/playground/stores/counter.ts", STORE),
  kept("Kotlin: a `-playground` folder", "lib-playground/src/main/kotlin/Main.kt", [
    "fun main() {",
    "    // val a = listOf(1, 2)",
    "    // println(a)",
    '    println("hi")',
    "}",
  ]),
);
invalid.push(
  said("TS: the library's own store", "packages/pinia/src/stores/nasa-pod.ts", STORE, 3),
  said("TS: a folder that only starts with the word", "packages/playground-utils/src/stores/nasa-pod.ts", STORE, 3),
);

testRule("no-commented-out-code", { valid, invalid });
