import type { LanguageId } from "../facts.js";
import type { LanguageSpec } from "../language-spec.js";
import { csharp } from "./csharp.js";
import { go } from "./go.js";
import { java } from "./java.js";
import { kotlin } from "./kotlin.js";
import { php } from "./php.js";
import { python } from "./python.js";
import { ruby } from "./ruby.js";
import { rust } from "./rust.js";
import { typescript } from "./typescript.js";

const SPECS: LanguageSpec[] = [typescript, python, go, java, kotlin, rust, ruby, csharp, php];

export const specs = new Map<LanguageId, LanguageSpec>(SPECS.flatMap((s) => s.ids.map((id) => [id, s] as const)));
