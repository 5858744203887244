/**
 * Files a generator copies into its users' projects (#10): fastify-cli's `templates/app/` is the project
 * `fastify generate` writes, a Yeoman generator's `generators/app/templates/`, a Rails generator's
 * `lib/generators/<name>/templates/`, a cookiecutter's `{{cookiecutter.project_slug}}/`. They are the
 * product's documentation by example: a commented block in them ("You can also use plugin with opts in
 * fastify v2" over the callback-style version) is an alternative offered to whoever gets the files, not
 * code the author switched off (set 20: three fastify-cli findings judged wrong).
 *
 * Only a scaffolding folder at the repository's root, or under a generator's folder, counts: an app's own
 * `src/templates/` (a Gatsby site's page templates) is the product's code. Markup templates (HTML, Jinja,
 * ERB views) are left to the rule as they were: a root `templates/` of a web app holds its live pages.
 */

// A folder of files to copy: at the root, or anywhere under a `generator(s)/` folder.
const SCAFFOLD_FOLDER = /^(?:templates?|skeletons?|scaffold(?:s|ing)?|boilerplates?)\/|(?:^|\/)generators?\/(?:[^/]+\/)*?(?:templates?|skeletons?)\//i;
// A cookiecutter or copier template's folder, named by a variable the generator fills in.
const TEMPLATED_FOLDER = /(?:^|\/)[^/]*\{\{[^/]*\}\}[^/]*\//;
// A web app's pages, whatever folder holds them.
const MARKUP = /\.(?:html?|xml|jinja2?|j2|twig|erb|haml|slim|hbs|handlebars|mustache|ejs|njk|liquid|jsp|aspx|cshtml|razor|php)$/i;

/** Whether a path is a file of a project template that a generator copies into its users' projects. */
export function scaffoldTemplate(path: string): boolean {
  return (SCAFFOLD_FOLDER.test(path) || TEMPLATED_FOLDER.test(path)) && !MARKUP.test(path);
}
