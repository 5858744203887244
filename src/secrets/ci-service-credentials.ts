/**
 * Credentials a CI job sets for a service it starts itself: a database or object store run as a
 * container beside the job (GitHub Actions' `services:`), reached on the job's own machine. pydantic's third-party workflow set `SECRET_ACCESS_KEY: polar123456789` for
 * the MinIO container a few lines above, beside `MINIO_HOST: 127.0.0.1` (#11): a throwaway value
 * that protects nothing once the job ends. Only generic matches are judged so; a live provider
 * format (an AWS key, a GitHub token) still fails wherever it is.
 */

// CI configuration files, by their conventional places and names.
const CI_CONFIG =
  /^\.github\/workflows\/[^/]+\.ya?ml$|(^|\/)\.gitlab-ci\.ya?ml$|^\.circleci\/[^/]+\.ya?ml$|(^|\/)(?:azure-pipelines|bitbucket-pipelines|\.drone|\.woodpecker)\.ya?ml$/i;
// A YAML `key: value` line (or a `- KEY=value` list item), its indentation and its value.
const YAML_ENTRY = /^(\s{0,200})(?:-\s+)?([\w.-]{1,100})\s*[:=]\s*(.{0,300})$/;
// A host on the job's own machine: the service's port is published there.
const LOOPBACK = /^["']?(?:localhost|127\.0\.0\.1|0\.0\.0\.0|::1|\[::1\])(?::\d{1,5})?["']?$/i;
// A setting that names a container image: the block is a service container's definition.
const IMAGE_KEY = /^image$/i;
// How many lines around the secret its block may span: one `env:` block, not the whole file.
const MAX_BLOCK_LINES = 30;

/**
 * True when the secret on `line` sits in a CI file, in a block of settings (the entries at its
 * indentation, unbroken) that points at a host on the job's machine, or in the `env:` block of a
 * service container (`services: <name>: { image: …, env: … }`). Only the change's added lines
 * are read: a block the change did not write does not vouch for it.
 */
export function isLocalServiceCredential(path: string, line: number, lineText: (line: number) => string | undefined): boolean {
  if (!CI_CONFIG.test(path)) return false;
  const entry = YAML_ENTRY.exec(lineText(line) ?? "");
  if (!entry) return false;
  const indent = entry[1].length;
  const siblings = blockAround(line, indent, lineText);
  if (siblings.some((e) => /host/i.test(e.key) && LOOPBACK.test(e.value.trim()))) return true;
  // The block's parent (`env:` of a service container) has an `image:` beside it, under `services:`:
  // a job's own `image:` (GitLab's) does not make its variables a container's.
  const parent = siblings.parent;
  if (parent === undefined) return false;
  const container = blockAround(parent.line, parent.indent, lineText);
  if (!container.some((e) => IMAGE_KEY.test(e.key)) || container.parent === undefined) return false;
  return blockAround(container.parent.line, container.parent.indent, lineText).parent?.key === "services";
}

interface Entry {
  line: number;
  indent: number;
  key: string;
  value: string;
}

/** The entries at `indent` around `line`, up to a line less indented (kept as the block's parent) or a gap in the added lines. */
function blockAround(line: number, indent: number, lineText: (line: number) => string | undefined): Entry[] & { parent?: Entry } {
  const out: Entry[] & { parent?: Entry } = [];
  for (const step of [-1, 1]) {
    for (let at = line + step; Math.abs(at - line) <= MAX_BLOCK_LINES; at += step) {
      const text = lineText(at);
      if (text === undefined) break;
      if (text.trim() === "" || /^\s*#/.test(text)) continue;
      const e = YAML_ENTRY.exec(text);
      const depth = e ? e[1].length : (/^\s*/.exec(text)?.[0].length ?? 0);
      if (depth < indent) {
        if (step === -1 && e) out.parent = { line: at, indent: depth, key: e[2], value: e[3] };
        break;
      }
      if (e && depth === indent) out.push({ line: at, indent: depth, key: e[2], value: e[3] });
    }
  }
  return out;
}
