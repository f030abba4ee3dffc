/**
 * The Action: inputs → settings → the mode's Report → summary, comment, annotations, files →
 * outputs and the gate. One setFailed, here. A user mistake is one line; a bug says it is one.
 */
import path from 'node:path';
import * as core from '@actions/core';
import { ConfigurationError, errorMessage } from '../errors.js';
import { loadMode } from '../modes.js';
import { runMode } from '../pipeline.js';
import { blockingFindings, gatePasses } from '../report/gate.js';
import { Redactor } from '../report/mask.js';
import { writeSideFiles } from '../render.js';
import { readCommonInputs, readModeInputs } from './inputs.js';
import { actionLogger } from './logger.js';
import { publishReports } from './publish.js';
import { readPullRequestContext } from './context.js';
import { createGitHubClient } from './github-api.js';
import type { RepositoryFiles } from '../modes.js';

export async function run(): Promise<void> {
  try {
    const inputs = readCommonInputs();
    const command = await loadMode(inputs.mode);
    const flags = readModeInputs(command);
    const redactor = new Redactor((s) => core.setSecret(s));
    redactor.add(inputs.githubToken);
    const workingDirectory = path.resolve(process.env.GITHUB_WORKSPACE ?? process.cwd(), inputs.workingDirectory);
    const runnerTemp = process.env.RUNNER_TEMP ?? workingDirectory;
    const reportJson = path.join(runnerTemp, `backend-gate-${inputs.mode}.json`);
    const { report, settings } = await runMode({
      mode: inputs.mode,
      positionals: inputs.positionals,
      flags,
      configPath: inputs.config,
      configRequired: inputs.configRequired,
      workingDirectory,
      overrides: { failOn: inputs.failOn, comment: inputs.comment, sarifFile: inputs.sarifFile, reportJson },
      log: actionLogger,
      redactor,
      baseFiles: baseFilesThroughApi(inputs.githubToken),
    });
    const passed = gatePasses([report], settings.failOn);
    const workspace = path.resolve(process.env.GITHUB_WORKSPACE ?? process.cwd());
    await writeSideFiles([report], {
      reportJson,
      sarifFile: settings.sarifFile,
      cwd: workingDirectory,
      passed,
      // SARIF paths are relative to the repository root, where code scanning looks for them.
      pathPrefix: path.relative(workspace, workingDirectory) || undefined,
      configFile: inputs.config,
    });
    // Publishing is best effort: the gate's result never depends on whether a comment was posted.
    await publishReports([report], {
      token: inputs.githubToken,
      comment: settings.comment,
      log: actionLogger,
      redactor,
      failOn: settings.failOn,
      workingDirectory,
      issue: { enabled: inputs.issue, title: inputs.issueTitle },
    });
    core.setOutput('result', passed ? 'pass' : 'fail');
    core.setOutput('findings', String(report.findings.length));
    core.setOutput('report-json', reportJson);
    if (!passed) {
      const n = blockingFindings(report.findings, settings.failOn).length;
      core.setFailed(
        `backend-gate ${inputs.mode}: ${n} finding(s) at or above '${settings.failOn}'. See the job summary.`,
      );
    }
  } catch (e) {
    if (e instanceof ConfigurationError) {
      core.setFailed(e.describe());
    } else {
      core.setFailed(`backend-gate internal error (a bug, please report it): ${errorMessage(e)}`);
      if (e instanceof Error && e.stack) core.debug(e.stack);
    }
  }
}

/**
 * In a pull request, the base commit's files through the contents API (needs contents: read),
 * for a checkout without the base branch's history. Outside a PR, or without a token: none.
 */
function baseFilesThroughApi(token: string): RepositoryFiles | undefined {
  const pr = readPullRequestContext();
  if (!pr?.baseSha || !token) return undefined;
  const client = createGitHubClient({ token });
  return {
    ref: pr.baseSha,
    root: process.env.GITHUB_WORKSPACE ?? process.cwd(),
    fetchFile: (file, ref) => client.fileAt(pr.owner, pr.repo, file, ref),
  };
}
