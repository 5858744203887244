import type { RawConfig } from "../../src/config/schema.js";
import { recommended } from "./recommended.js";
import { strict } from "./strict.js";

/** Built-in presets that `extends:` can name. */
export const presets: Record<string, RawConfig> = { recommended, strict };
