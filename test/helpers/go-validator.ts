/** go-playground/validator's `skipUnless` (#11 fixtures): a function whose test, TestSkipUnless, already exists. */
export const SKIP_UNLESS_FUNC = [
  "func skipUnless(fl FieldLevel) bool {",
  "\tparams := parseOneOfParam2(fl.Param())",
  "\tif len(params)%2 != 0 {",
  '\t\tpanic("Bad param number for skip_unless")',
  "\t}",
  "\tfor i := 0; i < len(params); i += 2 {",
  "\t\tif !requireCheckFieldValue(fl, params[i], params[i+1], false) {",
  "\t\t\treturn true",
  "\t\t}",
  "\t}",
  "\treturn hasValue(fl)",
  "}",
];
