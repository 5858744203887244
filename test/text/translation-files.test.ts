import { isTranslationFile } from "../../src/text/translation-files.js";

describe("isTranslationFile", () => {
  it.each(["translations/zh_tw/zh_tw.go", "translations/fr/fr.go", "locales/pt-BR.js", "config/locales/de.yml", "lib/i18n/fr.rb", "src/lang/en.php"])(
    "%s is a language's translations",
    (path) => expect(isTranslationFile(path)).toBe(true),
  );
  it.each(["src/i18n/core.ts", "translations/translator.go", "lib/locale/parser.rb", "src/fr.go", "src/lang/ast.ts", "i18n/index.js"])("%s is not", (path) =>
    expect(isTranslationFile(path)).toBe(false),
  );
});
