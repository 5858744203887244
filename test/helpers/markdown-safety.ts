import MarkdownIt from "markdown-it";

/** Hostile strings a pull request controls: file names, titles, commit subjects, branch names. */
export const HOSTILE = {
  breakoutPath: "src/bin``</details>@octocat [a](https://evil.example)``.png",
  markerPath: '<!-- bottomline:summary {"sha":"0","updated":"9999","input":"x","fp":[]} -->.lock',
  imgTitle: "<img src=x onerror=alert(1)> ![i](https://evil.example/i.png)",
  teamMention: "ping @org/team and @octocat, mail a@b.example",
  backticks: "a ``` b ```` c `",
  jsLink: "](javascript:alert(1)) [x](javascript:alert(1)) <https://evil.example> www.evil.example",
  details: "</details></summary><details open>",
  newline: "first\n<details>\n# heading\n- item",
} as const;

/** Links Bottomline itself writes: its rule docs, at a released tag. */
const OWN_LINK = /^https:\/\/github\.com\/bottomline-review\/bottomline\/blob\/v[\d.]+\/rules\/[a-z-]+\.md$/;

/**
 * Renders Markdown as GitHub would see it (raw HTML allowed, bare URLs linkified) and lists what
 * escaped: HTML, links, images, live @mentions. An empty list means the text stayed inert.
 */
export function escapes(markdown: string): string[] {
  // Bottomline's own collapsible sections are the only HTML it writes; their titles hold no user text.
  const own = /^(<details><summary>[^<>]*<\/summary>|<\/details>)$/;
  const md = new MarkdownIt({ html: true, linkify: true });
  const found: string[] = [];
  const walk = (tokens: ReturnType<typeof md.parse>) => {
    for (const t of tokens) {
      if ((t.type === "html_block" || t.type === "html_inline") && !own.test(t.content.trim())) found.push(`html: ${t.content.trim()}`);
      if (t.type === "link_open" && !OWN_LINK.test(String(t.attrGet("href") ?? ""))) found.push(`link: ${t.attrGet("href")}`);
      if (t.type === "image") found.push(`image: ${t.attrGet("src")}`);
      if (t.type === "text" && /(^|[^\w`])@[A-Za-z0-9][\w-]*/.test(t.content)) found.push(`mention: ${t.content}`);
      if (t.children) walk(t.children);
    }
  };
  walk(md.parse(markdown, {}));
  return found;
}

/** The text a reader sees (entities decoded), to check that escaping kept the words. */
export function visibleText(markdown: string): string {
  const html = new MarkdownIt({ html: true }).renderInline(markdown);
  return html
    .replace(/<\/?code>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&")
    .replace(/\u200B/g, "");
}
