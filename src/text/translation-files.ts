/**
 * A language's file of translations: under a translations folder, named (or foldered) by its
 * language code: go-playground/validator's `translations/zh_tw/zh_tw.go`, `locales/pt-BR.js`,
 * `i18n/fr.rb`. Each holds one table of strings written from the same template as every other
 * language's: data a translator fills in, not logic to split, and no change to review by size.
 * A library's own code under `i18n/` (`src/i18n/core.ts`) is not named by a language code.
 */
const TRANSLATION_FOLDER = /(^|\/)(locales?|i18n|l10n|translations?|lang|langs|languages?)\//;
const LANGUAGE_CODE = /^[a-z]{2}(?:[-_][A-Za-z]{2,4})?$/;

export function isTranslationFile(path: string): boolean {
  if (!TRANSLATION_FOLDER.test(path)) return false;
  const parts = path.split("/");
  const stem = parts[parts.length - 1].replace(/\.[^.]+$/, "");
  const parent = parts[parts.length - 2] ?? "";
  return LANGUAGE_CODE.test(stem) || (LANGUAGE_CODE.test(parent) && !TRANSLATION_FOLDER.test(`${parent}/`));
}

/**
 * Any file a project keeps its translations in, wider than one language's table: anything under
 * `locales/`, `i18n/`, `l10n/` or `translations/`, a language's file under `lang/` or `language/`
 * (`language/phpmailer.lang-fi.php`, `lang/messages_de.php`), or a `*.lang-xx.*` file. Their
 * commented entries are the strings not translated yet, kept in the source language for the
 * translator, the same in every language's file.
 */
const TRANSLATIONS =
  /(^|\/)(locales?|i18n|l10n|translations?)\/|(^|\/)(lang|langs|language|languages)\/(?:[^/]+\/)*(?:[a-z]{2}(?:[-_][A-Za-z]{2})?|[\w-]{1,80}[._-][a-z]{2}(?:[-_][A-Za-z]{2})?)\.\w+$|(^|\/)[\w-]{1,80}\.lang[-_.][\w-]{2,10}\.\w+$/;

export function holdsTranslations(path: string): boolean {
  return TRANSLATIONS.test(path);
}
