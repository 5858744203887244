import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { buildJsonSchema } from "./json-schema.js";

// dist/src/config → repository root
const target = fileURLToPath(new URL("../../../schema/rules.schema.json", import.meta.url));
writeFileSync(target, JSON.stringify(buildJsonSchema(), null, 2) + "\n");
console.log(`wrote ${target}`);
