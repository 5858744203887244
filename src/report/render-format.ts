import type { ReviewResult } from "../engine/review-result.js";
import { renderJson, renderText } from "./cli-output.js";
import { renderRdjson } from "./rdjson.js";
import { renderSarif } from "./sarif.js";
import { renderSummary } from "./summary.js";
import { renderWorkflowCommands } from "./workflow-commands.js";

export const FORMATS = ["text", "json", "markdown", "sarif", "github", "rdjson"] as const;
export type Format = (typeof FORMATS)[number];

export function isFormat(s: string): s is Format {
  return (FORMATS as readonly string[]).includes(s);
}

export interface RenderContext {
  color: boolean;
  /** What was reviewed, in words, for the text output. */
  range?: string;
  headSha?: string;
  repository?: { owner: string; name: string };
}

/** One review result in any of the CLI's output formats. */
export function renderFormat(format: Format, result: ReviewResult, ctx: RenderContext): string {
  switch (format) {
    case "json":
      return renderJson(result);
    case "markdown":
      return renderSummary(result, { headSha: ctx.headSha || undefined, repository: ctx.repository });
    case "sarif":
      return renderSarif(result);
    case "github":
      return renderWorkflowCommands(result);
    case "rdjson":
      return renderRdjson(result);
    default:
      return renderText(result, { color: ctx.color, range: ctx.range });
  }
}
