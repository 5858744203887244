/**
 * An Android `Log.*` call under a throwaway tag: `Log.e("Test", "call.enqueue(callback) fetching from network!")`.
 * `android.util.Log` is an Android project's logging, and its tag is how logcat is filtered, so a real call names its
 * class or library (`Log.d(TAG, …)`, `Log.w("MockBuilder", …)`). A tag that names nothing ("Test", "TAG", "debug",
 * "xxx", "tmp", "foo") was typed to spot one line in logcat while watching a run: a leftover, whatever the message says.
 *
 * Set 20's miss: sandwich d76794657f logs under "Test" on every network fetch of a library's ResponseDataSource.
 * On sets 11–19 the histories add 16 more `Log.*` calls with a literal tag (mavericks: "MockBuilder", "MvRx", "State",
 * a developer's name); none of them is a throwaway tag, so the pattern adds no finding there.
 */

// The call with a string literal first (in code, where strings are masked to spaces, a blank): the tag is read from the raw
// line after it. A call with a constant for a tag (`Log.d(TAG, …)`, most of them) does not match, so a file that only
// logs is never parsed for this pattern.
export const ANDROID_LOG_CALL = /(^|[^\w.])Log\.(v|d|i|w|e|wtf)\s*\((?=\s*["\s])/;

// A tag that names nothing: the literal is the whole first argument.
const THROWAWAY_TAG = /^\s*"(?:test|tag|debug|dbg|xxx+|tmp|temp|foo|bar|asdf|here|hello|log|mytag|my_tag)"\s*,/i;

/** Whether the raw text after the call's opening bracket starts with a throwaway tag. */
export function throwawayLogTag(raw: string, m: RegExpExecArray): boolean {
  const end = m.index + m[0].length;
  return THROWAWAY_TAG.test(raw.slice(end, end + 40));
}
