import { oneFileCases } from "../helpers/one-file-cases.js";
import { testRule, type InvalidCase, type ValidCase } from "../helpers/rule-tester.js";

// Round 2 of session 19 (#10): throwaway code folders by another name than `playground`. Judges called every
// commented-out line there "not worth saying" on set 19: ZLogger's `sandbox/ConsoleApp/Program.cs` and
// `sandbox/MinimumSet/Program.cs`, UniTask's Unity scene scripts `Assets/Scenes/SandboxMain.cs` and
// `MiddlewareSample.cs`. Each kept shape has a twin that is still said.
const { kept, said } = oneFileCases("commentedOutLine");

const CS = [
  "using System;",
  "",
  "class Program",
  "{",
  "    static void Main()",
  "    {",
  '        // var logger = factory.CreateLogger("foo");',
  '        Console.WriteLine("hi");',
  "    }",
  "}",
];
const PY = ["import sys", "", "def main():", "    # value = parse(sys.argv[1])", "    return 1", ""];

const valid: ValidCase[] = [
  kept("C#: a root sandbox console app", "sandbox/ConsoleApp/Program.cs", CS),
  kept("C#: another root sandbox project", "sandbox/MinimumSet/Program.cs", CS),
  kept("Python: a root `sandboxes/` folder", "sandboxes/try_parse.py", PY),
  kept("C#: a script beside a Unity project's scenes", "src/UniTask/Assets/Scenes/SandboxMain.cs", CS),
  kept("C#: a sample beside a Unity project's scenes", "src/UniTask/Assets/Scenes/MiddlewareSample.cs", CS),
];
const invalid: InvalidCase[] = [
  said("C#: the library's own code", "src/ZLogger/Program.cs", CS, 7),
  said("Python: a product's sandboxing module below the root", "src/sandbox/runner.py", PY, 4),
  said("C#: a Unity game's scripts", "Assets/Scripts/Player.cs", CS, 7),
  said("C#: a scene's own folder of scripts", "Assets/Scenes/Level1/Boss.cs", CS, 7),
];

testRule("no-commented-out-code", { valid, invalid });
