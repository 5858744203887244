import type { ResolvedConfig } from "../../src/config/resolve-config.js";

/**
 * max-line-length says nothing where the team configured no limit (#11). Tests that use it as
 * the engine's example rule give the team a limit of 120, as a repository's rules.yml would
 * (`default_max: 120`); an explicit `max` or `default_max` in the test's own config wins.
 */
export function withTeamLimit<C extends Pick<ResolvedConfig, "rules">>(config: C): C {
  const setting = config.rules["max-line-length"];
  if (setting) setting.options = { default_max: 120, ...setting.options };
  return config;
}
