import { addedFile, change } from "../helpers/make-change.js";
import { rules } from "../../rules/index.js";
import { emptyLookups } from "../../src/engine/rule.js";
import { isFirebaseClientKey } from "../../src/secrets/public-keys.js";
import { globMatcher } from "../../src/config/glob-option.js";
import { DEFAULT_IGNORES } from "../../src/config/default-ignores.js";

const isThirdPartyPath = globMatcher(DEFAULT_IGNORES);

// Set 25's rejected no-secrets findings (#11): the Google API key of Kermit's sample apps' Firebase client
// config (`GoogleService-Info.plist`, 5 "not worth saying"), and a doc comment's example key in a
// committed CocoaPods `Pods/` folder ("wrong").
const rule = rules["no-secrets"];
const run = (path: string, lines: string[]) => rule.check(change([addedFile(path, lines)]), rule.options.parse({}), emptyLookups());

// Assembled at run time, so that this file does not look like a leak itself.
const googleKey = "AI" + "za" + "SyD4x9Qm2LpV7nR3tW8bK1cF6gJ0hS5aE2u";
const plist = ["<dict>", "\t<key>API_KEY</key>", `\t<string>${googleKey}</string>`, "\t<key>GCM_SENDER_ID</key>", "</dict>"];
const json = ['{ "client": [{ "api_key": [{ "current_key": "' + googleKey + '" }] }] }'];

describe("no-secrets: a Firebase app's client config", () => {
  it.each([
    ["KermitSample/KermitSampleIOS/GoogleService-Info.plist", plist],
    ["samples/sample-production/ios/GoogleService-Info-Dev.plist", plist],
    ["app/google-services.json", json],
  ])("%s holds the app's public API key: no finding", (path, lines) => {
    expect(run(path, lines)).toEqual([]);
  });

  it.each([
    ["src/firebase.ts", [`const key = "${googleKey}";`]],
    ["server/config.json", [`{ "google_api_key": "${googleKey}" }`]],
    ["ios/Secrets.plist", plist],
  ])("the same key in %s still fails", (path, lines) => {
    expect(run(path, lines)).toMatchObject([{ messageId: "secret" }]);
  });

  it("only a Google API key is public there: another provider's token in the plist still fails", () => {
    const ghp = "gh" + "p_" + "Q7mZ2xK9pL4vN8rT3wB6yH1cF5gJ0dSaE2uW";
    expect(run("ios/GoogleService-Info.plist", ["<key>TOKEN</key>", `<string>${ghp}</string>`])).toMatchObject([{ messageId: "secret" }]);
    expect(isFirebaseClientKey("ios/GoogleService-Info.plist", ghp)).toBe(false);
    expect(isFirebaseClientKey("ios/GoogleService-Info.plist.bak", googleKey)).toBe(false);
  });
});

describe("CocoaPods' Pods/ folder is another project's code: ignored by default (still scanned for live tokens)", () => {
  it.each([
    ["KermitSample/KermitSampleIOS/Pods/FirebaseCore/FirebaseCore/Sources/Public/FirebaseCore/FIROptions.h", true],
    ["Pods/Alamofire/Source/Session.swift", true],
    ["src/Pods.swift", false],
    ["src/pods/scheduler.go", false],
  ])("%s: %s", (path, thirdParty) => expect(isThirdPartyPath(path)).toBe(thirdParty));
});

// Set 37: polka's `examples/with-firebase-admin/client/firebase.json`, a Firebase web app's config its browser code imports
// (judged *wrong*): the `apiKey` beside the app's `authDomain` on firebaseapp.com is the same public identifier.
describe("no-secrets: a Firebase web app's config object", () => {
  const web = (key: string, domain = "temp123-1414d.firebaseapp.com") => [
    "{",
    `  "apiKey": "${key}",`,
    `  "authDomain": "${domain}",`,
    '  "databaseURL": "https://temp123-1414d.firebaseio.com",',
    '  "projectId": "temp123-1414d"',
    "}",
  ];
  it.each([
    ["examples/with-firebase-admin/client/firebase.json", web(googleKey)],
    ["src/firebase.js", ["const firebaseConfig = {", `  apiKey: "${googleKey}",`, '  authDomain: "my-app.firebaseapp.com",', "};"]],
  ])("%s: its apiKey is public, no finding", (path, lines) => {
    expect(run(path, lines)).toEqual([]);
  });

  it.each([
    ["without its authDomain", ["const config = {", `  apiKey: "${googleKey}",`, '  projectId: "my-app",', "};"]],
    ["with a domain that is not Firebase's", web(googleKey, "auth.example.com")],
    ["under another name than apiKey", ["const firebaseConfig = {", `  mapsKey: "${googleKey}",`, '  authDomain: "my-app.firebaseapp.com",', "};"]],
  ])("a Google API key %s still fails", (_why, lines) => {
    expect(run("src/config.js", lines)).toMatchObject([{ messageId: "secret" }]);
  });
});
