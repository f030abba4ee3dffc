import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { renderJson } from './report/json.js';
import { renderMarkdown } from './report/markdown.js';
import { renderSarif } from './report/sarif.js';
import { renderTerminal } from './report/terminal.js';
import type { Report } from './report/types.js';
import type { OutputFormat } from './settings/settings.js';
import { VERSION } from './version.js';

export const INFORMATION_URI = 'https://github.com/backend-gate/backend-gate';

export interface RenderOptions {
  format: OutputFormat;
  color: boolean;
  passed: boolean;
  /** Folder of the working directory inside the repository, so SARIF paths are repo-relative. */
  pathPrefix?: string;
  /** Where findings without a file point in SARIF (code scanning drops location-less results). */
  defaultFile?: string;
}

export async function renderReports(reports: Report[], opts: RenderOptions): Promise<string> {
  switch (opts.format) {
    case 'json':
      return renderJson(reports, { version: VERSION, passed: opts.passed });
    case 'sarif':
      return JSON.stringify(
        renderSarif(reports, {
          version: VERSION,
          informationUri: INFORMATION_URI,
          pathPrefix: opts.pathPrefix,
          defaultFile: opts.defaultFile,
        }),
        null,
        2,
      );
    case 'markdown':
      return reports.map((r) => renderMarkdown(r)).join('\n\n');
    case 'text':
      return reports.map((r) => renderTerminal(r, { color: opts.color })).join('\n');
  }
}

/** The JSON report and SARIF file, when asked for; same content in the CLI and the Action. */
export async function writeSideFiles(
  reports: Report[],
  files: {
    reportJson?: string;
    sarifFile?: string;
    cwd: string;
    passed: boolean;
    pathPrefix?: string;
    configFile?: string;
  },
): Promise<void> {
  const { reportJson, sarifFile, cwd, passed } = files;
  if (reportJson)
    writeOut(path.resolve(cwd, reportJson), await renderReports(reports, { format: 'json', color: false, passed }));
  if (sarifFile) {
    const sarif = await renderReports(reports, {
      format: 'sarif',
      color: false,
      passed,
      pathPrefix: files.pathPrefix,
      defaultFile: files.configFile,
    });
    writeOut(path.resolve(cwd, sarifFile), sarif);
  }
}

function writeOut(file: string, content: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content.endsWith('\n') ? content : `${content}\n`);
}
