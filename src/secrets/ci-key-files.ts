// A key file kept with a project's CI support files (npgsql's `.build/server.key`, set 23): the workflow copies it
// into the PostgreSQL server it starts for the SSL tests, beside a self-signed `ca.crt` and `server.crt`. Like a
// test's fixture key it opens nothing outside the CI run, but a deploy key kept in the same place would: so it is a
// notice that says both, not a failure that says "rotate it now". Only generic shapes (a PEM private key); a live
// provider token fails wherever it is. Decided by the path alone (one regex test, bounded by the path's length).
const CI_SUPPORT_FOLDER = /(?:^|\/)(?:\.build|\.ci|ci|\.github|\.circleci|\.buildkite|\.travis|\.gitlab|\.azure-pipelines|\.teamcity)\//i;
// A key or certificate file by its extension, or a file named for a key (`server.key`, `id_rsa`, `client-key.pem`).
const KEY_FILE = /\.(?:key|pem|p8|der)$|(?:^|\/)id_(?:rsa|dsa|ecdsa|ed25519)$|[-_.]key$/i;

/** Whether a file is a key file in a folder of CI support files (see above). */
export function isCiKeyFile(path: string): boolean {
  return CI_SUPPORT_FOLDER.test(path) && KEY_FILE.test(path);
}
