import { saysPortAtVersion } from "../../src/analysis/announced-copies.js";
import { change, commit } from "../helpers/make-change.js";

const said = (message: string) =>
  saysPortAtVersion(change([], { title: message.split("\n")[0], commits: [commit(message)], repository: { owner: "chronotope", name: "chrono" } }));

describe("saysPortAtVersion: a message that calls the change a port of another project at a named commit or version (#10)", () => {
  it.each([
    // chrono 4646ec2c1c (set 11).
    ["sys/unix: parse tzinfo files\n\nBased on tz-rs commit b8675e2b5794d923f80970daf9ea548cfb998db2,\nwith substantial modifications from me."],
    ["Add an ini parser, a port of inih r52"],
    ["Adapted from zstd v1.5.2"],
    ["vendor: copied from left-pad@1.3.0"],
    ["Ported from Go at 1a2b3c4d"],
    ["Based on the tz-rs release 0.6.14"],
  ])("%j is a port", (message) => expect(said(message)).toBe(true));

  it.each([
    // No commit or version, or one that names no other project's code.
    ["based on the user's input"],
    ["Parse tzinfo files, based on #123"],
    ["Use f-strings, based on python 3.6 support"],
    ["based on alice's commit 1a2b3c4"],
    ["Based on commit 1a2b3c4"],
    ["based on master at 1a2b3c4"],
    ["based on feedback at deadbee1"],
    ["Rebased on main 1a2b3c4"],
    // The repository itself: its own earlier release.
    ["Based on chrono v0.4.19"],
  ])("%j is no port", (message) => expect(said(message)).toBe(false));
});
