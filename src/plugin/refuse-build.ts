/**
 * How a build stops on bad content: Wayfinder's diagnostics and nothing else. A hook
 * that throws makes Astro print "An unhandled error occurred while running the
 * astro:config:setup hook" and then read the message for hints of its own (any message
 * with the word "window" in it is told "Browser APIs are not available on the server").
 * So a build prints the diagnostics itself and ends with status 1, before anything is
 * written. The dev server must not end: there the error is thrown as before, and Astro
 * shows it on the page.
 */
import { type Diagnostic } from '../core/model/diagnostics.ts';
import { formatRefusal, WayfinderInputError, type FileNamer } from '../core/format-diagnostics.ts';

/** What refuseBuild needs from the process; tests pass their own. */
export interface Refusal {
  /** The Astro command (`build`, `dev`, `preview`, `sync`, ...). */
  command: string;
  /** How printed paths name files (src/core/content-dir.ts pathsFromHere). */
  name?: FileNamer;
  write?: (text: string) => void;
  exit?: (code: number) => never;
}

/** Stops the build on `diagnostics` (the content, or the policy file, says `what`): prints them and exits 1, or throws in `astro dev`. */
export function refuseBuild(diagnostics: Diagnostic[], what: string, how: Refusal): never {
  if (how.command === 'dev') throw new WayfinderInputError(diagnostics, what, how.name);
  const write = how.write ?? ((text: string) => void process.stderr.write(text));
  const exit = how.exit ?? ((code: number): never => process.exit(code));
  write(`${formatRefusal(diagnostics, what, how.name)}\nNothing was built: fix these and build again (\`npm run check\` lists them without building).\n`);
  return exit(1);
}
