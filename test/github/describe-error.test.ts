import { describeForUser, errorForLog } from "../../src/github/describe-error.js";

const http = (status: number | undefined, method: string, url: string) =>
  Object.assign(new Error(`raw response ${url} {"message":"boom"}`), { status, request: { method, url, body: "PR BODY TEXT" } });

describe("describeForUser", () => {
  it.each([
    [
      502,
      "GET",
      "https://api.github.com/repos/o/r/pulls/2/files?per_page=100",
      "GitHub answered 502 while reading the pull request's files (a problem on GitHub's side).",
    ],
    [
      403,
      "POST",
      "https://ghe.example/api/v3/repos/o/r/check-runs",
      "GitHub answered 403 while creating the check run (the app may lack a permission it needs, or hit a rate limit).",
    ],
    [
      404,
      "GET",
      "https://api.github.com/repos/o/r/contents/.github%2Frules.yml",
      "GitHub answered 404 while reading .github/rules.yml (the repository, pull request or app installation is gone or out of reach).",
    ],
    [
      422,
      "PUT",
      "https://api.github.com/repos/o/r/pulls/2/reviews/9",
      "GitHub answered 422 while updating its summary review (GitHub refused what Bottomline sent).",
    ],
    [undefined, "POST", "https://api.github.com/graphql", "Bottomline could not reach GitHub while looking up issues and file contents."],
  ])("%s on %s %s: a plain sentence, no URL and no raw response", (status, method, url, sentence) => {
    const text = describeForUser(http(status, method, url));
    expect(text).toBe(sentence);
    expect(text).not.toMatch(/https?:|boom|\?per_page/);
  });

  it("an error that is not GitHub's says only that the review stopped", () => {
    expect(describeForUser(new TypeError("Cannot read properties of null (reading 'sha') at /app/dist/x.js"))).toBe(
      "An unexpected error stopped the review before it finished.",
    );
  });
});

describe("errorForLog", () => {
  it("keeps status, method and path of a GitHub error, never the request body or the raw message", () => {
    const logged = errorForLog(http(502, "GET", "https://api.github.com/repos/o/r/pulls/2/files?per_page=100"));
    expect(logged).toEqual({ name: "Error", status: 502, method: "GET", path: "/repos/o/r/pulls/2/files" });
  });
});
