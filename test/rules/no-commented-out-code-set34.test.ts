import { addedFile, change } from "../helpers/make-change.js";
import { testRule } from "../helpers/rule-tester.js";

// Set 34 (#10): a Kotlin compiler plugin writes the source its IR builders produce in comments above them (zipline's
// AdapterGenerator.kt and BridgedInterface.kt, judged *wrong* twice as commented-out code).
const plugin = (imports: string[]) => [
  "package app.cash.zipline.kotlin",
  "",
  ...imports,
  "",
  "internal class AdapterGenerator(private val apis: ZiplineApis) {",
  "  fun outboundService(adapterClass: IrClass): IrSimpleFunction {",
  "    // override fun outboundService(",
  "    //   callHandler: OutboundCallHandler,",
  "    // ): SampleService",
  "    val function = adapterClass.addFunction {",
  "      name = apis.outboundService.owner.name",
  "      returnType = adapterClass.defaultType",
  "    }",
  "    return function",
  "  }",
  "}",
];
const IR = ["import org.jetbrains.kotlin.ir.builders.declarations.addFunction", "import org.jetbrains.kotlin.ir.declarations.IrClass"];
const POET = ["import com.squareup.kotlinpoet.FunSpec"];
const PLAIN = ["import kotlinx.coroutines.flow.Flow"];
const PATH = "zipline-kotlin-plugin/src/main/kotlin/app/cash/zipline/kotlin/AdapterGenerator.kt";
const at = (imports: string[]) => ({
  change: change([addedFile(PATH, plugin(imports))]),
  lookups: { issues: new Map(), fileContents: new Map([[PATH, plugin(imports).join("\n")]]) },
});

testRule("no-commented-out-code", {
  valid: [
    { name: "Kotlin: the source an IR builder makes, shown above it (zipline d69f694b6a)", ...at(IR) },
    { name: "Kotlin: the same over KotlinPoet calls", ...at(POET) },
  ],
  invalid: [{ name: "Kotlin: the same block in a file that builds no code", ...at(PLAIN), findings: [{ messageId: "commentedOut", line: 7 }] }],
});
