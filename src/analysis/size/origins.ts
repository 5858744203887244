import { qualifiedOutputs } from "../qualified-output.js";
import { inLicensedFolders } from "../licensed-folders.js";
import { type Lookups } from "../../engine/rule.js";
import type { Change, ChangedFile } from "../../model/change.js";
import { announcedCopies } from "../announced-copies.js";
import { platformBackports } from "../platform-backport.js";
import { notAuthored, thirdPartyFiles } from "../../text/authored-files.js";
import { notAuthored as notAuthoredCode } from "../not-authored.js";
import { grammarOutputs } from "../../text/grammar-outputs.js";
import { versionedRelease } from "../../text/versioned-release.js";
import { nugetInstalled } from "../nuget-installs.js";
import { copiedAlong } from "../copied-folders.js";
import { inChangeSyncedFolder } from "../synced-folders.js";
import { changeGenerators, generatedFiles, inGeneratedFolder } from "../../text/generator-outputs.js";
import { builtSite, compiledEmails, helpBuildOutput, projectScaffold, shippedWithMinified, templateOutput, toolWritten } from "../../text/tool-written.js";
import { copiedIn, countedSide, libraryRelease, copiedWhole } from "./copied-files.js";
import { ignoredPaths } from "./counted-files.js";
import { generated } from "./generated-files.js";

// Who wrote the counted files: another project, a release, a tool, or the change's authors.

/** The counted files by who wrote them: copies of another project's code, releases and tools' outputs, and the rest. */
export interface Origins {
  foreign: Set<ChangedFile>;
  releases: Set<ChangedFile>;
  outputs: Set<ChangedFile>;
  /** The files the change's authors wrote: the ones a reviewer reads. */
  authored: ChangedFile[];
}

export function originsOf(counted: ChangedFile[], change: Change, found: Lookups): Origins {
  const foreign = copiedFiles(counted, change, found);
  const releases = releasedFiles(counted, change, found);
  const outputs = toolOutputs(counted, change, found);
  const released = new Set([...releases, ...outputs]);
  // Build output (`dist/axios.js` rebuilt with each release), vendored code and fixtures: the shared list every code rule skips.
  const authored = counted.filter(
    (f) =>
      !foreign.has(f) &&
      !released.has(f) &&
      !generated(f, found) &&
      !notAuthored(f, found.fileContents.get(f.path)) &&
      !toolWritten(f, countedSide(f, found)) &&
      !notAuthoredCode(f.path, change),
  );
  return { foreign, releases, outputs, authored };
}

/** New files copied in from another project, with the resources and headerless files a copied library brings along. */
function copiedFiles(counted: ChangedFile[], change: Change, found: Lookups): Set<ChangedFile> {
  // New files the change's own message says it copied in ("Import implementation of …") count as vendored.
  // So do new files that backport a platform class into the platform's namespace (copied from its sources).
  const foreign = new Set([
    ...thirdPartyFiles(counted),
    ...copiedIn(counted, found),
    // New files whose header carries another work's terms and names another holder (SimpleJson's
    // MIT grant and authors in RestSharp), minified ones, and those saying "copied from".
    ...counted.filter((f) => copiedWhole(f, change, found)),
    ...announcedCopies(change, counted),
    ...platformBackports(counted, (f) => found.fileContents.get(f.path)),
    // Files under a folder that keeps its own licence (a library copied in and updated from upstream).
    ...inLicensedFolders(counted, change, found.fileTree),
  ]);
  // A library copied in whole brings resources and headerless files along with the headed ones.
  for (const f of copiedAlong(counted, foreign)) foreign.add(f);
  return foreign;
}

// A library's release copied in whole, by its banner (`/*! bulma.io v0.9.1 | MIT License */`) or
// its minified twin beside it: checked against its version, not read, and never edited after.
function releasedFiles(counted: ChangedFile[], change: Change, found: Lookups): Set<ChangedFile> {
  return new Set([
    ...counted.filter((f) => libraryRelease(f, found) || versionedRelease(f, found.fileContents.get(f.path))),
    ...shippedWithMinified(counted, ignoredPaths(change)),
    // Visual Studio's MVC project template, as its wizard wrote it: the project's own code is what follows.
    ...projectScaffold(counted),
    // Files a NuGet package the change installs writes (`Areas/HelpPage/` from Microsoft.AspNet.WebApi.HelpPage).
    ...counted.filter((f) => nugetInstalled(f, change)),
    // A folder whose readme says automation keeps it in sync from elsewhere (Arcade's `eng/common/`): another project's files.
    ...counted.filter((f) => inChangeSyncedFolder(f.path, change, found)),
  ]);
}

/**
 * A tool's work: a static site's built pages, committed beside their source, and a T4 template's output beside it
 * (`On.Days.cs` from `On.Days.tt`). What was written is the source, the template or the script.
 */
function toolOutputs(counted: ChangedFile[], change: Change, found: Lookups): Set<ChangedFile> {
  return new Set([
    ...builtSite(counted),
    ...templateOutput(counted),
    // And an email MJML compiles, named for the `.mjml` source the change writes (see compiledEmails).
    ...compiledEmails(counted),
    // So is a parser generator's output beside its grammar (Ragel's `*_parser.rb` from `*_parser.rl`, kpeg's `markdown.rb`).
    ...grammarOutputs(counted, found.fileTree),
    // A help compiler's output folder (Sandcastle's `Help/` with the `.chm` and `LastBuild.log`): its scripts are the tool's.
    ...helpBuildOutput(change.files),
    // A file a script of the repository writes (`bin/generate.php` writing `src/Mixin.php`): the script is what was written.
    ...(found.fileTree ? generatedFiles(counted, changeGenerators(change.files, found.fileTree), found.fileContents) : []),
    // A folder named for generated code (`src/gen/`, `generated/`): the tables a generator script writes there.
    ...(found.fileTree ? inGeneratedFolder(counted, changeGenerators(change.files, found.fileTree)) : []),
    // C# whose every type is `global::`-qualified: a code generator's output (qualified-output.ts).
    ...qualifiedOutputs(counted, (f) => found.fileContents.get(f.path)),
  ]);
}
