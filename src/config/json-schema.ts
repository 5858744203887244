import * as z from "zod";
import { configSchema } from "./schema.js";

/** The JSON Schema editors use to autocomplete and check rules.yml (yaml-language-server). */
export function buildJsonSchema(): object {
  const schema = z.toJSONSchema(configSchema, { io: "input", unrepresentable: "any" }) as Record<string, unknown>;
  return {
    ...schema,
    $id: "https://bottomline.dev/rules.schema.json",
    title: "Bottomline .github/rules.yml",
    description: "Configures the Bottomline review checklist. Generated from src/config/schema.ts by `npm run schema`; do not edit.",
  };
}
