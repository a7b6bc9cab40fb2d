/**
 * `npm run new -- site [--title T] [--url U] [--description D] [--base B] [--content DIR] [--no-input]`:
 * names the site in the content folder's wayfinder.yaml (`site:`). In a terminal it asks
 * for the title and the public URL when they are not given. Exit status as `new`'s.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { input } from '@inquirer/prompts';
import { resolveContentPaths } from '../../src/core/content-dir.ts';
import { formatDiagnostic } from '../../src/core/format-diagnostics.ts';
import { SITE_FIELDS, SITE_QUESTIONS, writeSiteSettings, type SiteAnswers } from '../../src/core/scaffold/index.ts';

export const SITE_USAGE = `Usage: npm run new -- site [--title T] [--url URL] [--description D] [--base /PATH] [options]

Names the site: writes the site: map of wayfinder.yaml in the content folder (created if
missing; other lines are kept). In a terminal it asks for the title and the public URL.

Fields:
  --title        the site's name, in the header and every page's <title>
  --url          the public address the site is served at, e.g. https://handbook.acme.example
  --description  one sentence for search engines and link previews
  --base         the sub-path the site is served under, e.g. /handbook

Options:
  --content DIR  the content folder (default: $WAYFINDER_CONTENT, else content/)
  --no-input     never ask`;

/** Runs `new site` with the arguments after `site`; returns the exit status. */
export async function runNewSite(argv: string[]): Promise<number> {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        ...Object.fromEntries(SITE_FIELDS.map((f) => [f, { type: 'string' as const }])),
        content: { type: 'string', short: 'c' },
        'no-input': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: false,
      strict: true,
    }));
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    process.stderr.write(`wayfinder new: ${msg.split('. To specify')[0]?.replace(/\.$/, '') ?? msg}\nRun "npm run new -- site --help" for the fields.\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(`${SITE_USAGE}\n`);
    return 0;
  }
  const paths = resolveContentPaths(typeof values.content === 'string' ? values.content : undefined);
  if (!fs.existsSync(paths.root) || !fs.statSync(paths.root).isDirectory()) {
    process.stderr.write(`wayfinder new: the content folder ${paths.root} does not exist\n`);
    return 2;
  }
  const answers: SiteAnswers = Object.fromEntries(SITE_FIELDS.filter((f) => typeof values[f] === 'string').map((f) => [f, values[f] as string]));
  const terminal = process.stdin.isTTY === true && process.stdout.isTTY === true && values['no-input'] !== true;
  if (terminal) {
    if (answers.title === undefined) answers.title = await input({ message: SITE_QUESTIONS.title, required: true });
    if (answers.url === undefined) answers.url = await input({ message: SITE_QUESTIONS.url });
  } else if (!Object.values(answers).some((v) => v?.trim())) {
    process.stderr.write('wayfinder new: site needs at least one of --title, --url, --description, --base when there is no terminal to ask in\n');
    return 2;
  }
  const result = writeSiteSettings(paths, answers);
  const shown = path.relative(process.cwd(), result.file) || result.file;
  if (!result.written) {
    process.stderr.write(`${result.diagnostics.map(formatDiagnostic).join('\n')}\nwayfinder new: ${shown} would not check clean. Nothing was written.\n`);
    return 1;
  }
  process.stdout.write(
    `${result.created ? 'Created' : 'Updated'} ${shown} (site:)\n` +
      (result.url ? '' : 'No public URL yet: feed links are built in the browser until you set one (npm run new -- site --url https://…).\n') +
      'Run `npm run build` to see the site under its new name.\n',
  );
  return 0;
}
