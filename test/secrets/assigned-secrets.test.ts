import { findAssignedSecret } from "../../src/secrets/assigned-secrets.js";

describe("findAssignedSecret", () => {
  const value = "q8Z!v2Lm#9xR4tWp";

  it("finds a random literal assigned to each secret word, in any case, in code and in config", () => {
    const names = ["PASSWORD", "db_passwd", "PWD", "secret", "apiToken", "Api-Key", "ACCESS_KEY", "private-key", "CLIENT_SECRET", "x_AUTH_TOKEN"];
    for (const name of names) {
      expect(findAssignedSecret(`const ${name} = "${value}";`, 3.5, true)).toEqual({ name, value });
      expect(findAssignedSecret(`${name}=${value}`, 3.5, false)).toEqual({ name, value });
    }
  });

  it("finds nothing on a line that names no secret, however random its literal", () => {
    expect(findAssignedSecret(`const checksum = "${value}";`, 3.5, true)).toBeUndefined();
    expect(findAssignedSecret(`user_name: ${value}`, 3.5, false)).toBeUndefined();
  });
});
