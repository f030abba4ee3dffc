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

export async function renderReports(
  reports: Report[],
  opts: { format: OutputFormat; color: boolean; passed: boolean },
): Promise<string> {
  switch (opts.format) {
    case 'json':
      return renderJson(reports, { version: VERSION, passed: opts.passed });
    case 'sarif':
      return JSON.stringify(renderSarif(reports, { version: VERSION, informationUri: INFORMATION_URI }), null, 2);
    case 'markdown':
      return reports.map((r) => renderMarkdown(r)).join('\n\n');
    case 'text':
      return reports.map((r) => renderTerminal(r, { color: opts.color })).join('\n');
  }
}

/** The JSON report and SARIF file, when asked for; same content in the CLI and the Action. */
export async function writeSideFiles(
  reports: Report[],
  reportJson: string | undefined,
  sarifFile: string | undefined,
  cwd: string,
  passed: boolean,
): Promise<void> {
  if (reportJson) writeOut(path.resolve(cwd, reportJson), await renderReports(reports, { format: 'json', color: false, passed }));
  if (sarifFile) writeOut(path.resolve(cwd, sarifFile), await renderReports(reports, { format: 'sarif', color: false, passed }));
}

function writeOut(file: string, content: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content.endsWith('\n') ? content : `${content}\n`);
}
