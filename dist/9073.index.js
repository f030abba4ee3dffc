export const id = 9073;
export const ids = [9073];
export const modules = {

/***/ 79073:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ../../work/main/node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(65149);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(23919);
// EXTERNAL MODULE: ./src/modes.ts
var modes = __webpack_require__(74634);
// EXTERNAL MODULE: ./src/settings/config-file.ts
var config_file = __webpack_require__(48793);
// EXTERNAL MODULE: ./src/report/gate.ts
var gate = __webpack_require__(3954);
// EXTERNAL MODULE: ./src/report/types.ts
var types = __webpack_require__(30876);
;// CONCATENATED MODULE: ./src/settings/settings.ts
/**
 * Settings shared by every mode, parsed once from action inputs or CLI flags plus the config
 * file. Mode-specific settings live beside their mode (src/<mode>/settings.ts).
 */




const OUTPUT_FORMATS = (/* unused pure expression or super */ null && (['text', 'json', 'markdown', 'sarif']));
function parseMode(value, source = 'mode') {
    const v = value.trim();
    if (types/* MODES */.FN.includes(v))
        return v;
    throw new errors/* ConfigurationError */.j1(`Invalid ${source} '${v}'. Expected one of: ${types/* MODES */.FN.join(', ')}.`);
}
function parseFailOn(value, source = 'fail-on') {
    if (value === undefined || value === '')
        return undefined;
    if (gate/* FAIL_ON_VALUES */.Qm.includes(value))
        return value;
    throw new errors/* ConfigurationError */.j1(`Invalid ${source} '${value}'. Expected one of: ${gate/* FAIL_ON_VALUES */.Qm.join(', ')}.`);
}
function parseFormat(value) {
    if (value === undefined)
        return 'text';
    if (OUTPUT_FORMATS.includes(value))
        return value;
    throw new ConfigurationError(`Invalid --format '${value}'. Expected one of: ${OUTPUT_FORMATS.join(', ')}.`);
}
function parseBoolean(value, name) {
    if (value === undefined || value === '')
        return undefined;
    // YAML 1.2 core booleans, as @actions/core's getBooleanInput accepts.
    if (['true', 'True', 'TRUE'].includes(value))
        return true;
    if (['false', 'False', 'FALSE'].includes(value))
        return false;
    throw new errors/* ConfigurationError */.j1(`Invalid ${name} '${value}'. Expected true or false.`);
}
function buildCommonSettings(mode, workingDirectory, config, overrides) {
    const raw = config.raw;
    const ignoreRaw = raw.ignore ?? [];
    return {
        mode,
        workingDirectory: external_node_path_default().resolve(workingDirectory),
        config,
        failOn: overrides.failOn ?? raw['fail-on'] ?? 'error',
        comment: overrides.comment ?? raw.comment ?? true,
        sarifFile: overrides.sarifFile ?? raw['sarif-file'],
        reportJson: overrides.reportJson,
        ignore: ignoreRaw.map((e, i) => ({ ...e, line: config.lineOf(['ignore', i]) })),
        ruleLevels: raw.rules ?? {},
    };
}

// EXTERNAL MODULE: ./src/report/fingerprint.ts
var fingerprint = __webpack_require__(40905);
;// CONCATENATED MODULE: ./src/report/policy.ts

function applyPolicy(report, policy) {
    const today = policy.today ?? new Date().toISOString().slice(0, 10);
    const findings = [];
    let ignored = 0;
    const usedExpired = new Set();
    for (const f of report.findings) {
        const level = policy.ruleLevels[f.rule];
        if (level === 'off') {
            ignored++;
            continue;
        }
        const finding = level ? { ...f, severity: level } : f;
        const entry = policy.ignore.find((e) => matches(e, finding));
        if (entry) {
            if (entry.expires && entry.expires < today) {
                usedExpired.add(entry);
            }
            else {
                ignored++;
                continue;
            }
        }
        findings.push(finding);
    }
    for (const e of usedExpired) {
        const subject = e.rule ?? e.fingerprint ?? '';
        findings.push({
            rule: 'ignore-expired',
            severity: 'warning',
            message: `The ignore for '${subject}' expired on ${e.expires} and no longer applies (reason given: ${e.reason}). Fix the findings or extend the date.`,
            location: { file: policy.configFile, line: e.line },
            fingerprint: (0,fingerprint/* fingerprint */.Rj)('ignore-expired', subject, e.expires),
        });
    }
    return { ...report, findings, metrics: { ...report.metrics, ignored } };
}
function matches(e, f) {
    if (e.fingerprint && e.fingerprint !== f.fingerprint)
        return false;
    if (e.rule && e.rule !== f.rule)
        return false;
    if (e.path && !(f.location?.file ?? '').startsWith(e.path))
        return false;
    return Boolean(e.fingerprint || e.rule);
}

;// CONCATENATED MODULE: ./src/pipeline.ts
/**
 * One path from settings to a Report, shared by the CLI and the Action, so both front doors
 * give the same findings: load config → common settings → mode runner → policy → redaction.
 */






async function runMode(req) {
    const workingDirectory = external_node_path_default().resolve(req.workingDirectory);
    const configFile = external_node_path_default().resolve(workingDirectory, req.configPath);
    // Messages name the config as the user wrote it, not as an absolute path.
    const config = await (0,config_file/* readConfig */.X)(configFile, { required: req.configRequired, displayName: req.configPath });
    const settings = buildCommonSettings(req.mode, workingDirectory, config, req.overrides);
    const command = await (0,modes/* loadMode */.ON)(req.mode);
    const controller = new AbortController();
    const signal = req.signal ?? controller.signal;
    const raw = await command.run({ settings, log: req.log, redactor: req.redactor, env: req.env ?? process.env, signal, baseFiles: req.baseFiles }, { positionals: req.positionals, flags: req.flags });
    const withPolicy = applyPolicy(raw, {
        ignore: settings.ignore,
        ruleLevels: settings.ruleLevels,
        configFile: req.configPath,
    });
    return { report: req.redactor.redactValue(withPolicy), settings };
}


// EXTERNAL MODULE: ./src/report/mask.ts
var mask = __webpack_require__(32029);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./src/report/json.ts
/**
 * The JSON report file: every Report in one document with a fixed field order, so two runs over
 * the same input give the same bytes and a diff of two report files shows only what changed.
 */

const TOOL_NAME = 'backend-gate';
function renderJson(reports, meta) {
    const doc = {
        tool: TOOL_NAME,
        version: meta.version,
        passed: meta.passed,
        reports: reports.map(stableReport),
    };
    return JSON.stringify(doc, null, 2) + '\n';
}
function stableReport(r) {
    return {
        mode: r.mode,
        summary: r.summary,
        counts: (0,gate/* countBySeverity */.Ot)(r.findings),
        findings: r.findings.map(stableFinding),
        metrics: sortKeys(r.metrics),
        tables: r.tables.map((t) => ({ title: t.title, columns: t.columns, rows: t.rows })),
        charts: r.charts.map((c) => ({
            title: c.title,
            xLabel: c.xLabel,
            yLabel: c.yLabel,
            x: c.x,
            series: c.series.map((s) => ({ name: s.name, values: s.values })),
        })),
        artifacts: r.artifacts.map((a) => ({ kind: a.kind, path: a.path, content: a.content })),
        details: r.details,
    };
}
function stableFinding(f) {
    return {
        rule: f.rule,
        severity: f.severity,
        message: f.message,
        location: f.location && {
            file: f.location.file,
            line: f.location.line,
            column: f.location.column,
            endLine: f.location.endLine,
            pointer: f.location.pointer,
        },
        fingerprint: f.fingerprint,
        fix: f.fix && {
            description: f.fix.description,
            text: f.fix.text,
            files: f.fix.files?.map((x) => ({ path: x.path, content: x.content })),
        },
        data: f.data && sortKeys(f.data),
    };
}
/** Measured data comes from maps built in whatever order a runner met the values. */
function sortKeys(value) {
    if (Array.isArray(value))
        return value.map(sortKeys);
    if (value && typeof value === 'object') {
        const out = {};
        for (const k of Object.keys(value).sort())
            out[k] = sortKeys(value[k]);
        return out;
    }
    return value;
}

;// CONCATENATED MODULE: ./src/report/markdown.ts
/**
 * GitHub-flavoured markdown for the sticky PR comment and the job summary. Errors come first and
 * long parts (fixes, measured data, raw details) are collapsed, so the comment reads in a glance;
 * the result is clipped at a clean boundary below GitHub's 65,536-character comment limit.
 * Findings about an API endpoint (`data.endpoint`, from the routes diff) are grouped by endpoint,
 * one collapsed block each with its counts per level, breaking endpoints first; others by level.
 */

/** Below GitHub's 65,536-character limit for an issue comment, with room for the hidden marker. */
const COMMENT_MAX_LENGTH = 65_000;
const ICON = { error: '❌', warning: '⚠️', notice: 'ℹ️' };
const TITLE = { error: 'Errors', warning: 'Warnings', notice: 'Notices' };
function renderMarkdown(report, opts = {}) {
    const counts = (0,gate/* countBySeverity */.Ot)(report.findings);
    const passed = opts.passed ?? counts.error === 0;
    const blocks = [];
    if (opts.heading ?? true) {
        const icon = !passed ? '❌' : counts.warning > 0 ? '⚠️' : '✅';
        blocks.push(`## ${icon} backend-gate · ${report.mode} · ${passed ? 'passed' : 'failed'}`);
    }
    if (report.summary)
        blocks.push(inline(report.summary));
    blocks.push(['error', 'warning', 'notice']
        .map((s) => `${ICON[s]} **${counts[s]}** ${plural(counts[s], s)}`)
        .join(' · '));
    const byEndpoint = report.findings.filter((f) => endpointOf(f) !== undefined);
    blocks.push(...endpointBlocks(byEndpoint));
    blocks.push(...findingBlocks(report.findings.filter((f) => endpointOf(f) === undefined)));
    blocks.push(...metricsBlock(report.metrics));
    for (const table of report.tables)
        blocks.push(tableBlock(table));
    // Mermaid refuses an axis without labels: an empty chart is left out rather than shown broken.
    for (const chart of report.charts.filter((c) => c.x.length > 0 && c.series.length > 0))
        blocks.push(chartBlock(chart));
    if (report.artifacts.length > 0) {
        blocks.push('#### Files\n\n' +
            report.artifacts.map((a) => `- ${inline(a.kind)}: ${code(a.path.replace(/\\/g, '/'))}`).join('\n'));
    }
    if (report.details && report.details.length > 0) {
        blocks.push(details('Details', fenced(report.details.join('\n'), 'text')));
    }
    const text = blocks.join('\n\n') + '\n';
    return clipMarkdown(text, opts.maxLength ?? COMMENT_MAX_LENGTH, {
        summaryUrl: opts.summaryUrl,
        measure: opts.measure,
        notice: opts.clipNotice,
    });
}
function findingBlocks(findings) {
    const blocks = [];
    const sorted = (0,gate/* sortFindings */.Tc)(findings);
    for (const severity of ['error', 'warning', 'notice']) {
        const ofLevel = sorted.filter((f) => f.severity === severity);
        if (ofLevel.length === 0)
            continue;
        blocks.push(`### ${ICON[severity]} ${TITLE[severity]} (${ofLevel.length})`);
        // Grouped by file; findings without a file (a P99 threshold, a live-database check) by rule.
        const groups = new Map();
        for (const f of ofLevel) {
            const key = f.location?.file ? `file:${f.location.file}` : `rule:${f.rule}`;
            groups.set(key, [...(groups.get(key) ?? []), f]);
        }
        for (const [key, group] of groups) {
            const label = key.startsWith('file:') ? code(key.slice(5).replace(/\\/g, '/')) : `rule ${code(key.slice(5))}`;
            blocks.push(`#### ${label}`);
            for (const f of group)
                blocks.push(findingBlock(f));
        }
    }
    return blocks;
}
function endpointOf(f) {
    const endpoint = f.data?.endpoint;
    return typeof endpoint === 'string' && endpoint !== '' ? endpoint : undefined;
}
/** One collapsed block per endpoint: `DELETE /orders/{id} — 1 error, 2 warnings`, most breaking first. */
function endpointBlocks(findings) {
    if (findings.length === 0)
        return [];
    const groups = new Map();
    for (const f of (0,gate/* sortFindings */.Tc)(findings)) {
        const endpoint = endpointOf(f);
        groups.set(endpoint, [...(groups.get(endpoint) ?? []), f]);
    }
    const ranked = [...groups].map(([endpoint, group]) => ({ endpoint, group, counts: (0,gate/* countBySeverity */.Ot)(group) }));
    ranked.sort((a, b) => b.counts.error - a.counts.error ||
        b.counts.warning - a.counts.warning ||
        b.counts.notice - a.counts.notice ||
        a.endpoint.localeCompare(b.endpoint));
    const blocks = [`### Findings by endpoint (${ranked.length})`];
    for (const { endpoint, group, counts } of ranked) {
        const worst = ['error', 'warning', 'notice'].find((s) => counts[s] > 0);
        const tally = ['error', 'warning', 'notice']
            .filter((s) => counts[s] > 0)
            .map((s) => `${counts[s]} ${plural(counts[s], s)}`)
            .join(', ');
        blocks.push(details(`${ICON[worst]} ${endpoint} — ${tally}`, group.map(endpointFinding).join('\n')));
    }
    return blocks;
}
/** A list item: rule and message (without the endpoint the summary already names), where, fix hint. */
function endpointFinding(f) {
    const endpoint = endpointOf(f);
    const message = f.message.startsWith(`${endpoint}: `) ? f.message.slice(endpoint.length + 2) : f.message;
    const lines = [`- ${ICON[f.severity]} **${code(f.rule)}** — ${inline(message)}`];
    const { base, head, ...rest } = f.data ?? {};
    delete rest.endpoint;
    const where = [
        typeof base === 'string' && `base ${code(base)}`,
        typeof head === 'string' && `head ${code(head)}`,
    ].filter(Boolean);
    if (where.length === 0 && f.location?.file)
        where.push(code(locationText(f)));
    if (where.length > 0)
        lines.push(`  - where: ${where.join(' → ')}`);
    const data = Object.entries(rest);
    if (data.length > 0)
        lines.push(`  - ${data.map(([k, v]) => `${inline(k)}: ${code(valueText(v))}`).join(' · ')}`);
    if (f.fix) {
        lines.push(`  - fix: ${inline(f.fix.description)}`);
        const indent = (text) => text.replace(/^(?=.)/gm, '    ');
        if (f.fix.text)
            lines.push('', indent(fenced(f.fix.text, languageOf(f.fix.text))));
        for (const file of f.fix.files ?? []) {
            lines.push('', indent(`${code(file.path)}\n\n${fenced(file.content, languageOf(file.content, file.path))}`));
        }
    }
    return lines.join('\n');
}
function findingBlock(f) {
    const where = f.location?.file ? ` · ${code(locationText(f))}` : '';
    const pointer = f.location?.pointer ? ` · ${code(f.location.pointer)}` : '';
    const lines = [`${ICON[f.severity]} **${code(f.rule)}**${where}${pointer} — ${inline(f.message)}`];
    const parts = [];
    if (f.fix) {
        if (f.fix.text)
            parts.push(fenced(f.fix.text, languageOf(f.fix.text)));
        for (const file of f.fix.files ?? []) {
            parts.push(`${code(file.path)}\n\n${fenced(file.content, languageOf(file.content, file.path))}`);
        }
    }
    const data = Object.entries(f.data ?? {});
    if (data.length > 0) {
        parts.push(data.map(([k, v]) => `- ${inline(k)}: ${code(valueText(v))}`).join('\n'));
    }
    if (f.fix || data.length > 0) {
        const summary = f.fix ? `Suggested fix: ${inline(f.fix.description)}` : 'Measured';
        lines.push(parts.length > 0 ? details(summary, parts.join('\n\n')) : `> ${summary}`);
    }
    return lines.join('\n\n');
}
function metricsBlock(metrics) {
    const entries = Object.entries(metrics);
    if (entries.length === 0)
        return [];
    const table = markdownTable(['metric', 'value'], entries.map(([k, v]) => [k, formatNumber(v)]));
    return [details('Metrics', table)];
}
function tableBlock(table) {
    return `#### ${inline(table.title)}\n\n${markdownTable(table.columns, table.rows)}`;
}
function markdownTable(columns, rows) {
    const header = `| ${columns.map(cell).join(' | ')} |`;
    const rule = `| ${columns.map(() => '---').join(' | ')} |`;
    const body = rows.map((r) => `| ${columns.map((_c, i) => cell(r[i] ?? '')).join(' | ')} |`);
    return [header, rule, ...body].join('\n');
}
/** A table cell: `|` would end the cell and a newline the row. */
function cell(value) {
    const text = typeof value === 'number' ? formatNumber(value) : value;
    return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}
/** A Mermaid xychart (GitHub renders it); one line per series, named in a legend below it. */
function chartBlock(chart) {
    const lines = ['xychart-beta', `  title ${quote(chart.title)}`];
    const labels = chart.x.map((x) => quote(String(x))).join(', ');
    lines.push(`  x-axis ${chart.xLabel ? quote(chart.xLabel) + ' ' : ''}[${labels}]`);
    if (chart.yLabel)
        lines.push(`  y-axis ${quote(chart.yLabel)}`);
    for (const s of chart.series) {
        lines.push(`  line [${s.values.map(chartNumber).join(', ')}]`);
    }
    const legend = chart.series.length > 1 ? '\n\n' + chart.series.map((s, i) => `line ${i + 1}: ${inline(s.name)}`).join(' · ') : '';
    return `#### ${inline(chart.title)}\n\n${fenced(lines.join('\n'), 'mermaid')}${legend}`;
}
/**
 * Mermaid has no escape inside a quoted string: swap the double quote for a single one. It also
 * refuses an empty string (`title ""`), so that becomes one space.
 */
function quote(text) {
    return `"${text.replace(/"/g, "'").replace(/\s+/g, ' ') || ' '}"`;
}
/** Mermaid reads plain decimals only: no exponent (1e-7, 1e+21), no NaN or Infinity. */
function chartNumber(v) {
    if (!Number.isFinite(v))
        return '0';
    const text = String(v);
    return /e/i.test(text) ? v.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 }) : text;
}
function details(summary, body) {
    return `<details><summary>${escapeHtml(summary)}</summary>\n\n${body}\n\n</details>`;
}
/** A fence longer than any run of backticks inside, so fix text cannot close it early. */
function fenced(text, language = '') {
    const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((m) => m.length));
    const fence = '`'.repeat(Math.max(3, longest + 1));
    return `${fence}${language}\n${text.replace(/\n+$/, '')}\n${fence}`;
}
function code(text) {
    const clean = text.replace(/\r?\n/g, ' ');
    const longest = Math.max(0, ...(clean.match(/`+/g) ?? []).map((m) => m.length));
    const ticks = '`'.repeat(longest + 1);
    const pad = clean.startsWith('`') || clean.endsWith('`') ? ' ' : '';
    return `${ticks}${pad}${clean}${pad}${ticks}`;
}
/** One line of prose: no raw HTML from a message (a `<details>` in an error text would break the layout). */
function inline(text) {
    return escapeHtml(text).replace(/\r?\n/g, ' ');
}
function escapeHtml(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
function languageOf(text, file) {
    const ext = file?.match(/\.([a-z0-9]+)$/i)?.[1]?.toLowerCase();
    if (ext)
        return { ts: 'ts', js: 'js', mjs: 'js', sql: 'sql', yml: 'yaml', yaml: 'yaml', json: 'json' }[ext] ?? '';
    if (/^\s*(create|alter|drop|insert|update|delete|select|begin|commit|set|comment|with|reindex|vacuum)\b/i.test(text)) {
        return 'sql';
    }
    return '';
}
function locationText(f) {
    const loc = f.location;
    const file = loc.file.replace(/\\/g, '/');
    return loc.line ? `${file}:${loc.line}` : file;
}
function valueText(v) {
    if (typeof v === 'number')
        return formatNumber(v);
    if (typeof v === 'string')
        return v;
    return JSON.stringify(v) ?? String(v);
}
function formatNumber(n) {
    return Number.isInteger(n) ? String(n) : String(Math.round(n * 100) / 100);
}
function plural(n, severity) {
    return n === 1 ? severity : `${severity}s`;
}
/**
 * Cut markdown below maxLength at a blank line outside any code fence, close the `<details>` and
 * fence left open, and end with a line pointing to the full report. Text that fits is returned as is.
 */
function clipMarkdown(text, maxLength, opts = {}) {
    const size = opts.measure === 'bytes' ? (s) => Buffer.byteLength(s, 'utf8') : (s) => s.length;
    if (size(text) <= maxLength)
        return text;
    const where = opts.summaryUrl ? `the [job summary](${opts.summaryUrl})` : 'the job summary of this workflow run';
    const pointer = opts.notice ?? `The full report is in ${where}.`;
    const notice = `\n---\n\n✂️ **Report clipped** to fit GitHub's size limit. ${pointer}\n`;
    const budget = maxLength - size(notice);
    if (budget <= 0)
        throw new Error(`clipMarkdown: maxLength ${maxLength} is too small for the clip notice`);
    const cuts = [];
    let fence;
    let openDetails = 0;
    let end = 0;
    let used = 0;
    for (const line of text.split('\n')) {
        end += line.length + 1;
        used += size(line) + 1;
        if (used > budget)
            break;
        const marker = line.match(/^\s*(`{3,}|~{3,})/)?.[1];
        if (fence) {
            if (marker && marker[0] === fence[0] && marker.length >= fence.length && line.trim() === marker)
                fence = undefined;
        }
        else if (marker) {
            fence = marker;
        }
        else {
            openDetails += (line.match(/<details\b/gi) ?? []).length - (line.match(/<\/details>/gi) ?? []).length;
            openDetails = Math.max(0, openDetails);
        }
        cuts.push({ end, blank: line.trim() === '' && !fence, fence, openDetails });
    }
    // Prefer the last blank line outside a fence, unless that throws away much more than cutting
    // at the last whole line (inside one long code block), whose fence is then closed.
    const fits = (cut) => {
        const closing = (cut.fence ? `${cut.fence}\n` : '') + '\n</details>\n'.repeat(cut.openDetails);
        const head = text.slice(0, cut.end).replace(/\n*$/, '\n');
        return size(head) + size(closing) <= budget ? head + closing : undefined;
    };
    const lastFit = (candidates) => {
        for (let i = candidates.length - 1; i >= 0; i--)
            if (fits(candidates[i]))
                return candidates[i];
        return undefined;
    };
    const anyLine = lastFit(cuts);
    const blank = lastFit(cuts.filter((c) => c.blank));
    const best = blank && anyLine && blank.end >= anyLine.end * 0.8 ? blank : (anyLine ?? blank);
    if (best)
        return fits(best) + notice;
    return notice.trimStart();
}

// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
;// CONCATENATED MODULE: ./src/report/sarif.ts
/**
 * SARIF 2.1.0 for code scanning (github/codeql-action/upload-sarif) and any SARIF viewer: one run,
 * one rule per rule id seen, one result per finding, with our fingerprint as a partial fingerprint
 * so code scanning tracks an alert across commits the way our baseline does.
 */


const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
const FINGERPRINT_KEY = 'backendGate/v1';
const LEVEL = { error: 'error', warning: 'warning', notice: 'note' };
function renderSarif(reports, meta) {
    const rules = [];
    const ruleIndex = new Map();
    const results = [];
    for (const report of reports) {
        for (const f of report.findings) {
            if (!ruleIndex.has(f.rule)) {
                ruleIndex.set(f.rule, rules.length);
                rules.push({
                    id: f.rule,
                    name: pascalCase(f.rule),
                    shortDescription: { text: meta.ruleDescriptions?.[f.rule] ?? sentence(f.rule) },
                    defaultConfiguration: { level: LEVEL[f.severity] },
                });
            }
            results.push(result(f, report, ruleIndex.get(f.rule), meta));
        }
    }
    const log = {
        $schema: SARIF_SCHEMA_URI,
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: TOOL_NAME,
                        version: meta.version,
                        semanticVersion: /^\d+\.\d+\.\d+/.test(meta.version) ? meta.version : undefined,
                        informationUri: meta.informationUri,
                        rules,
                    },
                },
                automationDetails: { id: `${TOOL_NAME}/${[...new Set(reports.map((r) => r.mode))].join('+')}/` },
                columnKind: 'utf16CodeUnits',
                originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The repository root.' } } },
                results,
            },
        ],
    };
    // Through JSON once: optional fields left undefined disappear, as they would in the file.
    return JSON.parse(JSON.stringify(log));
}
function result(f, report, index, meta) {
    const file = f.location?.file ?? meta.defaultFile;
    const message = f.fix ? `${f.message} Fix: ${f.fix.description}` : f.message;
    return {
        ruleId: f.rule,
        ruleIndex: index,
        level: LEVEL[f.severity],
        message: { text: message },
        locations: file ? [sarif_location(file, f, meta.pathPrefix)] : undefined,
        partialFingerprints: { [FINGERPRINT_KEY]: f.fingerprint },
        properties: { mode: report.mode, ...(f.location?.pointer ? { pointer: f.location.pointer } : {}) },
    };
}
function sarif_location(file, f, prefix) {
    const line = f.location?.file === file ? f.location.line : undefined;
    const region = line && line > 0
        ? {
            startLine: line,
            startColumn: f.location?.column && f.location.column > 0 ? f.location.column : undefined,
            endLine: f.location?.endLine && f.location.endLine >= line ? f.location.endLine : undefined,
        }
        : undefined;
    return { physicalLocation: { artifactLocation: artifactLocation(file, prefix), region } };
}
/** Relative paths become URI references against %SRCROOT%, each segment percent-encoded. */
function artifactLocation(file, prefix) {
    const normalized = file.replace(/\\/g, '/');
    if (normalized.startsWith('/') || /^[a-z]:\//i.test(normalized))
        return { uri: (0,external_node_url_.pathToFileURL)(file).href };
    const joined = [prefix, normalized]
        .filter((p) => Boolean(p))
        .join('/')
        .split('/')
        .filter((seg) => seg !== '' && seg !== '.');
    return { uri: joined.map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}
function sentence(rule) {
    const words = rule.replace(/[-_]+/g, ' ').trim();
    return words.charAt(0).toUpperCase() + words.slice(1) + '.';
}
function pascalCase(rule) {
    return rule
        .split(/[-_\s]+/)
        .filter(Boolean)
        .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
        .join('');
}

;// CONCATENATED MODULE: ./src/report/terminal.ts
/**
 * Plain text for a terminal, in the seed tools' layout (`=== Load Test Report ===`, sections in
 * capitals, findings one per line). Colour only when asked: the CLI asks on a TTY without NO_COLOR.
 */

const TITLES = {
    routes: 'Routes',
    migrations: 'Migrations',
    loadtest: 'Load Test',
    audit: 'Database Audit',
};
function renderTerminal(report, opts) {
    const paint = painter(opts.color);
    const counts = (0,gate/* countBySeverity */.Ot)(report.findings);
    const passed = opts.passed ?? counts.error === 0;
    const out = [];
    out.push(paint.bold(`=== ${TITLES[report.mode]} Report ===`));
    if (report.summary)
        out.push(clean(report.summary));
    const tally = ['error', 'warning', 'notice'].map((s) => `${counts[s]} ${s}${counts[s] === 1 ? '' : 's'}`);
    out.push(`Result: ${passed ? paint.green('PASSED') : paint.red('FAILED')} (${tally.join(', ')})`);
    const metrics = Object.entries(report.metrics);
    if (metrics.length > 0) {
        out.push('', paint.bold('METRICS:'));
        const width = Math.max(...metrics.map(([k]) => k.length));
        for (const [k, v] of metrics)
            out.push(`  ${clean(k).padEnd(width)}  ${terminal_formatNumber(v)}`);
    }
    for (const table of report.tables)
        out.push('', ...tableLines(table, paint));
    for (const chart of report.charts)
        out.push('', ...chartLines(chart, paint));
    if (report.findings.length > 0) {
        out.push('', paint.bold(`FINDINGS (${report.findings.length}):`));
        out.push(...findingLines((0,gate/* sortFindings */.Tc)(report.findings), paint));
    }
    if (report.artifacts.length > 0) {
        out.push('', paint.bold('FILES (their content is in the JSON report; written only where the mode says so):'));
        for (const a of report.artifacts)
            out.push(`  ${clean(a.kind)}: ${clean(a.path)}`);
    }
    if (report.details && report.details.length > 0) {
        out.push('', paint.bold('DETAILS:'));
        for (const line of report.details)
            out.push(clean(line));
    }
    return out.join('\n') + '\n';
}
function findingLines(findings, paint) {
    const ruleWidth = Math.min(40, Math.max(...findings.map((f) => f.rule.length)));
    const where = findings.map((f) => (f.location?.file ? terminal_locationText(f) : '-'));
    const whereWidth = Math.min(50, Math.max(...where.map((w) => w.length)));
    const lines = [];
    findings.forEach((f, i) => {
        const level = paint.severity(f.severity, f.severity.padEnd(7));
        lines.push(`${level}  ${clean(f.rule).padEnd(ruleWidth)}  ${clean(where[i]).padEnd(whereWidth)}  ${clean(f.message)}`);
        const indent = ' '.repeat(9);
        if (f.fix) {
            lines.push(paint.dim(`${indent}fix: ${clean(f.fix.description)}`));
            if (f.fix.text)
                for (const l of f.fix.text.replace(/\n+$/, '').split('\n'))
                    lines.push(`${indent}  ${clean(l)}`);
            for (const file of f.fix.files ?? [])
                lines.push(paint.dim(`${indent}  writes ${clean(file.path)}`));
        }
        const data = Object.entries(f.data ?? {});
        if (data.length > 0) {
            lines.push(paint.dim(`${indent}${data.map(([k, v]) => `${clean(k)}=${clean(terminal_valueText(v))}`).join('  ')}`));
        }
    });
    return lines;
}
function tableLines(table, paint) {
    const rows = table.rows.map((r) => table.columns.map((_c, i) => clean(cellText(r[i] ?? ''))));
    const header = table.columns.map(clean);
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
    // Numbers line up on the right, words on the left.
    const numeric = header.map((_h, i) => table.rows.length > 0 && table.rows.every((r) => typeof r[i] === 'number'));
    const line = (cells) => '  ' +
        cells
            .map((c, i) => (numeric[i] ? c.padStart(widths[i]) : c.padEnd(widths[i])))
            .join('  ')
            .trimEnd();
    return [
        paint.bold(`${clean(table.title).toUpperCase()}:`),
        line(header),
        line(widths.map((w) => '-'.repeat(w))),
        ...rows.map(line),
    ];
}
const SPARKS = '▁▂▃▄▅▆▇█';
const SPARK_WIDTH = 40;
/** One sparkline per series: the shape at a glance, with min and max for scale. */
function chartLines(chart, paint) {
    const lines = [paint.bold(`${clean(chart.title).toUpperCase()}:`)];
    const nameWidth = Math.max(0, ...chart.series.map((s) => s.name.length));
    for (const s of chart.series) {
        const values = downsample(s.values.filter((v) => Number.isFinite(v)), SPARK_WIDTH);
        if (values.length === 0)
            continue;
        const min = Math.min(...values);
        const max = Math.max(...values);
        const spark = values
            .map((v) => SPARKS[max === min ? 0 : Math.round(((v - min) / (max - min)) * (SPARKS.length - 1))])
            .join('');
        const unit = chart.yLabel ? ` ${clean(chart.yLabel)}` : '';
        lines.push(`  ${clean(s.name).padEnd(nameWidth)}  ${spark}  ${terminal_formatNumber(min)}..${terminal_formatNumber(max)}${unit}`);
    }
    if (chart.x.length > 0) {
        lines.push(paint.dim(`  ${chart.xLabel ? clean(chart.xLabel) + ': ' : ''}${chart.x[0]} .. ${chart.x[chart.x.length - 1]}`));
    }
    return lines;
}
function downsample(values, width) {
    if (values.length <= width)
        return values;
    const out = [];
    for (let i = 0; i < width; i++) {
        const bucket = values.slice(Math.floor((i * values.length) / width), Math.floor(((i + 1) * values.length) / width));
        out.push(bucket.reduce((a, b) => a + b, 0) / bucket.length);
    }
    return out;
}
function painter(color) {
    const wrap = (open, close) => (s) => (color ? `\u001b[${open}m${s}\u001b[${close}m` : s);
    const red = wrap(31, 39);
    const yellow = wrap(33, 39);
    const cyan = wrap(36, 39);
    return {
        bold: wrap(1, 22),
        dim: wrap(2, 22),
        red,
        green: wrap(32, 39),
        severity: (s, text) => (s === 'error' ? red(text) : s === 'warning' ? yellow(text) : cyan(text)),
    };
}
/**
 * Text from a report may carry escape sequences (a server's error output): strip them and other
 * control characters so a report cannot repaint the terminal, and `color: false` means no ANSI at all.
 */
const CONTROL = 
// eslint-disable-next-line no-control-regex
/\u001b\[[0-9;?]*[ -/]*[@-~]|\u001b[\]PX^_][^\u0007\u001b]*(?:\u0007|\u001b\\)?|[\u0000-\u0008\u000b-\u001f\u007f]/g;
function clean(text) {
    return text.replace(CONTROL, '');
}
function terminal_locationText(f) {
    const loc = f.location;
    return loc.line ? `${loc.file}:${loc.line}` : loc.file;
}
function cellText(v) {
    return typeof v === 'number' ? terminal_formatNumber(v) : v.replace(/\r?\n/g, ' ');
}
function terminal_valueText(v) {
    if (typeof v === 'number')
        return terminal_formatNumber(v);
    if (typeof v === 'string')
        return v;
    return JSON.stringify(v) ?? String(v);
}
function terminal_formatNumber(n) {
    return Number.isInteger(n) ? n.toLocaleString('en-US') : (Math.round(n * 100) / 100).toLocaleString('en-US');
}

;// CONCATENATED MODULE: ./src/version.ts

/** The package version, read once (works from src/, lib/ and the dist/ bundle). */
const VERSION = (() => {
    for (const rel of ['../package.json', '../../package.json']) {
        try {
            const pkg = JSON.parse((0,external_node_fs_.readFileSync)(new URL(rel, import.meta.url), 'utf8'));
            if (pkg.name === 'backend-gate' && pkg.version)
                return pkg.version;
        }
        catch {
            /* try the next candidate */
        }
    }
    return '0.0.0';
})();

;// CONCATENATED MODULE: ./src/render.ts







const INFORMATION_URI = 'https://github.com/backend-gate/backend-gate';
async function renderReports(reports, opts) {
    switch (opts.format) {
        case 'json':
            return renderJson(reports, { version: VERSION, passed: opts.passed });
        case 'sarif':
            return JSON.stringify(renderSarif(reports, {
                version: VERSION,
                informationUri: INFORMATION_URI,
                pathPrefix: opts.pathPrefix,
                defaultFile: opts.defaultFile,
            }), null, 2);
        case 'markdown':
            return reports.map((r) => renderMarkdown(r)).join('\n\n');
        case 'text':
            return reports.map((r) => renderTerminal(r, { color: opts.color })).join('\n');
    }
}
/** The JSON report and SARIF file, when asked for; same content in the CLI and the Action. */
async function writeSideFiles(reports, files) {
    const { reportJson, sarifFile, cwd, passed } = files;
    if (reportJson)
        writeOut(external_node_path_default().resolve(cwd, reportJson), await renderReports(reports, { format: 'json', color: false, passed }));
    if (sarifFile) {
        const sarif = await renderReports(reports, {
            format: 'sarif',
            color: false,
            passed,
            pathPrefix: files.pathPrefix,
            defaultFile: files.configFile,
        });
        writeOut(external_node_path_default().resolve(cwd, sarifFile), sarif);
    }
}
function writeOut(file, content) {
    (0,external_node_fs_.mkdirSync)(external_node_path_default().dirname(file), { recursive: true });
    (0,external_node_fs_.writeFileSync)(file, content.endsWith('\n') ? content : `${content}\n`);
}

;// CONCATENATED MODULE: ./src/action/inputs.ts
/**
 * Every Action input is read here, once, into typed values (as actions/checkout's
 * input-helper does). Mode options are read by the same names the CLI uses as flags.
 */




/** Reads the inputs every mode has; the mode is checked first so a bad one fails fast. */
function readCommonInputs(get = (n) => core.getInput(n)) {
    const modeRaw = get('mode');
    if (!modeRaw)
        throw new errors/* ConfigurationError */.j1(`Input 'mode' is required. Expected one of: ${types/* MODES */.FN.join(', ')}.`);
    const config = get('config');
    return {
        mode: parseMode(modeRaw, "input 'mode'"),
        config: config || '.backend-gate.yml',
        configRequired: config !== '' && config !== '.backend-gate.yml',
        githubToken: get('github-token'),
        failOn: parseFailOn(get('fail-on'), "input 'fail-on'"),
        comment: parseBoolean(get('comment'), "input 'comment'"),
        sarifFile: get('sarif-file') || undefined,
        workingDirectory: get('working-directory') || '.',
        issue: parseBoolean(get('issue'), "input 'issue'") ?? false,
        issueTitle: get('issue-title') || undefined,
        positionals: get('args').split(/\s+/).filter(Boolean),
    };
}
/** The mode's options, read as inputs of the same names; unset inputs are left out. */
function readModeInputs(command, get = (n) => core.getInput(n)) {
    const flags = {};
    for (const [name, spec] of Object.entries(command.options)) {
        const value = get(name);
        if (value === '')
            continue;
        if (spec.type === 'boolean')
            flags[name] = parseBoolean(value, `input '${name}'`);
        else if (spec.multiple)
            flags[name] = value
                .split('\n')
                .map((s) => s.trim())
                .filter(Boolean);
        else
            flags[name] = value;
    }
    return flags;
}

;// CONCATENATED MODULE: ./src/action/logger.ts

/** Runner progress into the job log; groups become collapsible sections. */
const actionLogger = {
    info: (m) => core.info(m),
    warning: (m) => core.warning(m),
    debug: (m) => core.debug(m),
    group: (name, fn) => core.group(name, fn),
};

;// CONCATENATED MODULE: ./src/report/annotations.ts
/**
 * Annotations at file:line. GitHub displays only about 10 per level per step, so the ones shown
 * are chosen: errors first, then by file and line, at most perLevel of each; the rest are
 * counted so the Action can say how many more are in the job summary.
 */

function rankAnnotations(reports, perLevel = 10, opts = {}) {
    const withFile = reports.flatMap((r) => r.findings.filter((f) => f.location?.file).map((f) => ({ ...f, mode: r.mode })));
    const ranked = (0,gate/* sortFindings */.Tc)(withFile);
    const shown = { error: 0, warning: 0, notice: 0 };
    const omitted = { error: 0, warning: 0, notice: 0 };
    const annotations = [];
    for (const f of ranked) {
        if (shown[f.severity] >= perLevel) {
            omitted[f.severity]++;
            continue;
        }
        shown[f.severity]++;
        const loc = f.location;
        const line = loc.line && loc.line > 0 ? loc.line : undefined;
        annotations.push({
            level: f.severity,
            title: `backend-gate ${f.mode}: ${f.rule}`,
            message: f.fix ? `${f.message}\nFix: ${f.fix.description}` : f.message,
            file: joinPath(opts.pathPrefix, loc.file),
            startLine: line,
            endLine: line && loc.endLine && loc.endLine >= line ? loc.endLine : line,
            // A column is only meaningful on a single line; GitHub ignores it across lines.
            startColumn: line && loc.column && loc.column > 0 && !(loc.endLine && loc.endLine > line) ? loc.column : undefined,
        });
    }
    return { annotations, omitted };
}
function joinPath(prefix, file) {
    const normalized = file.replace(/\\/g, '/').replace(/^\.\//, '');
    if (!prefix || normalized.startsWith('/'))
        return normalized;
    return `${prefix.replace(/\\/g, '/').replace(/\/+$/, '')}/${normalized}`;
}

;// CONCATENATED MODULE: ./src/action/annotate.ts
/**
 * Workflow-command annotations (no token scope needed, so they work on fork PRs too), ranked by
 * rankAnnotations; what GitHub would not display is counted in one closing notice.
 */


function emitAnnotations(reports, opts = {}) {
    const sink = opts.sink ?? core;
    const { annotations, omitted } = rankAnnotations(reports, opts.perLevel ?? 10, { pathPrefix: opts.pathPrefix });
    for (const a of annotations) {
        sink[a.level](a.message, {
            title: a.title,
            file: a.file,
            startLine: a.startLine,
            endLine: a.endLine,
            startColumn: a.startColumn,
        });
    }
    const more = ['error', 'warning', 'notice']
        .filter((s) => omitted[s] > 0)
        .map((s) => `${omitted[s]} ${s}${omitted[s] === 1 ? '' : 's'}`);
    if (more.length > 0) {
        sink.notice(`${more.join(', ')} more in the job summary.`, { title: 'backend-gate: more findings' });
    }
    return { emitted: annotations.length, omitted };
}

// EXTERNAL MODULE: ../../work/main/node_modules/@actions/github/lib/github.js + 22 modules
var github = __webpack_require__(57221);
;// CONCATENATED MODULE: ./src/action/github-api.ts
/**
 * The few GitHub REST calls the Action makes, over @actions/github's octokit (proxy-aware, as the
 * runner expects). The base URL comes from GITHUB_API_URL (GitHub Enterprise, or a test's fake
 * server). Failures become GitHubApiError with the HTTP status, so callers decide per status.
 */

class GitHubApiError extends Error {
    status;
    data;
    constructor(message, status, 
    /** GitHub's error JSON, when there was one. */
    data) {
        super(message);
        this.status = status;
        this.data = data;
        this.name = 'GitHubApiError';
    }
}
const DEFAULT_API_URL = 'https://api.github.com';
function apiUrlFromEnv(env = process.env) {
    return env.GITHUB_API_URL || DEFAULT_API_URL;
}
function createGitHubClient(opts) {
    const octokit = (0,github/* getOctokit */.Q)(opts.token, {
        baseUrl: (opts.apiUrl ?? apiUrlFromEnv()).replace(/\/+$/, ''),
        // Octokit's default logger writes to the console; the Action reports through its own Logger.
        log: { debug: () => { }, info: () => { }, warn: () => { }, error: () => { } },
    });
    const toComment = (c) => ({
        id: c.id,
        body: c.body ?? '',
        login: c.user?.login ?? '',
        url: c.html_url,
    });
    const toIssue = (i) => ({
        number: i.number,
        title: i.title,
        body: i.body ?? '',
        login: i.user?.login ?? '',
        state: i.state === 'closed' ? 'closed' : 'open',
        url: i.html_url,
    });
    return {
        async currentLogin() {
            try {
                const { data } = await octokit.rest.users.getAuthenticated();
                return data.login;
            }
            catch (e) {
                // An installation token (GITHUB_TOKEN) answers 403 here: not an error, just unknown.
                if (statusOf(e) === 401 || statusOf(e) === 403 || statusOf(e) === 404)
                    return undefined;
                throw wrap(e);
            }
        },
        issueComments(owner, repo, issueNumber) {
            const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, {
                owner,
                repo,
                issue_number: issueNumber,
                per_page: 100,
            });
            return (async function* () {
                try {
                    for await (const page of pages)
                        yield page.data.map(toComment);
                }
                catch (e) {
                    throw wrap(e);
                }
            })();
        },
        async createIssueComment(owner, repo, issueNumber, body) {
            try {
                const { data } = await octokit.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body });
                return toComment(data);
            }
            catch (e) {
                throw wrap(e);
            }
        },
        async updateIssueComment(owner, repo, commentId, body) {
            try {
                const { data } = await octokit.rest.issues.updateComment({ owner, repo, comment_id: commentId, body });
                return toComment(data);
            }
            catch (e) {
                throw wrap(e);
            }
        },
        openIssues(owner, repo) {
            const pages = octokit.paginate.iterator(octokit.rest.issues.listForRepo, {
                owner,
                repo,
                state: 'open',
                per_page: 100,
            });
            return (async function* () {
                try {
                    // GitHub lists pull requests as issues too; they carry a `pull_request` key.
                    for await (const page of pages)
                        yield page.data.filter((i) => !i.pull_request).map(toIssue);
                }
                catch (e) {
                    throw wrap(e);
                }
            })();
        },
        async createIssue(owner, repo, issue) {
            try {
                const { data } = await octokit.rest.issues.create({ owner, repo, title: issue.title, body: issue.body });
                return toIssue(data);
            }
            catch (e) {
                throw wrap(e);
            }
        },
        async updateIssue(owner, repo, issueNumber, change) {
            try {
                const { data } = await octokit.rest.issues.update({
                    owner,
                    repo,
                    issue_number: issueNumber,
                    ...(change.title !== undefined && { title: change.title }),
                    ...(change.body !== undefined && { body: change.body }),
                    ...(change.state && { state: change.state }),
                    ...(change.stateReason && { state_reason: change.stateReason }),
                });
                return toIssue(data);
            }
            catch (e) {
                throw wrap(e);
            }
        },
        async fileAt(owner, repo, path, ref) {
            try {
                const { data } = await octokit.rest.repos.getContent({
                    owner,
                    repo,
                    path,
                    ref,
                    mediaType: { format: 'raw' },
                });
                // With the raw media type the body is the file itself, whatever the typings say.
                return typeof data === 'string' ? data : JSON.stringify(data);
            }
            catch (e) {
                if (statusOf(e) === 404)
                    return undefined;
                throw wrap(e);
            }
        },
    };
}
function statusOf(e) {
    const status = e?.status;
    return typeof status === 'number' ? status : undefined;
}
function wrap(e) {
    const status = statusOf(e);
    if (status === undefined)
        return e instanceof Error ? e : new Error(String(e));
    const data = e.response?.data;
    const message = data?.message;
    return new GitHubApiError(typeof message === 'string' ? message : e.message, status, data);
}

;// CONCATENATED MODULE: ./src/action/comment.ts


/** GitHub's own limit for a comment body, in characters. */
const GITHUB_COMMENT_LIMIT = 65_536;
/**
 * The author of comments made with the workflow's GITHUB_TOKEN. That token cannot read GET /user,
 * so this login is the one we match when the token does not tell us who it is.
 */
const ACTIONS_BOT_LOGIN = 'github-actions[bot]';
function commentMarker(mode) {
    return `<!-- backend-gate:${mode} -->`;
}
async function upsertStickyComment(opts) {
    const { owner, repo, issueNumber, log } = opts;
    const where = `${owner}/${repo}#${issueNumber}`;
    if (opts.fork) {
        return skipped(log, `The pull request comes from a fork, so the workflow token cannot comment on ${where}. The report is in the job summary.`);
    }
    const client = opts.client ?? createGitHubClient({ token: opts.token, apiUrl: opts.apiUrl });
    const marker = commentMarker(opts.mode);
    try {
        const login = (await client.currentLogin()) ?? ACTIONS_BOT_LOGIN;
        const existing = await findOwnComment(client, owner, repo, issueNumber, marker, login);
        const send = (text) => existing
            ? client.updateIssueComment(owner, repo, existing.id, text)
            : client.createIssueComment(owner, repo, issueNumber, text);
        const sent = await sendClipped(send, {
            marker,
            body: opts.body,
            summaryUrl: opts.summaryUrl,
            log,
            what: `the ${opts.mode} comment`,
        });
        const outcome = existing ? 'updated' : 'created';
        log.info(`${outcome === 'created' ? 'Created' : 'Updated'} the ${opts.mode} comment on ${where}: ${sent.url ?? ''}`);
        return { outcome, url: sent.url };
    }
    catch (e) {
        if (e instanceof GitHubApiError && (e.status === 403 || e.status === 404)) {
            return skipped(log, `No permission to comment on ${where} (${e.status} ${e.message}). A fork PR gets a read-only token; ` +
                `otherwise give the job \`permissions: pull-requests: write\`. The report is in the job summary.`);
        }
        if (e instanceof GitHubApiError) {
            return skipped(log, `Could not post the ${opts.mode} comment on ${where}: ${e.status} ${e.message}.`);
        }
        return skipped(log, `Could not post the ${opts.mode} comment on ${where}: ${e?.message ?? String(e)}.`);
    }
}
async function findOwnComment(client, owner, repo, issueNumber, marker, login) {
    for await (const page of client.issueComments(owner, repo, issueNumber)) {
        const ours = page.find((c) => c.login === login && c.body.includes(marker));
        if (ours)
            return ours;
    }
    return undefined;
}
/**
 * Sends the marked body (clipped to COMMENT_MAX_LENGTH). If GitHub still finds it too long (422: it
 * counted otherwise than we did, in bytes, or a GitHub Enterprise server has a lower limit), clips
 * once more, in bytes (never fewer than characters), below the limit it states, and resends.
 */
async function sendClipped(send, opts) {
    const body = withMarker(opts.marker, opts.body, COMMENT_MAX_LENGTH, opts.summaryUrl);
    try {
        return await send(body);
    }
    catch (e) {
        if (!(e instanceof GitHubApiError && e.status === 422 && isTooLong(e)))
            throw e;
        const target = Math.min((statedLimit(e) ?? GITHUB_COMMENT_LIMIT) - 536, Math.floor(Buffer.byteLength(body, 'utf8') * 0.9));
        if (target < 1_000)
            throw e;
        const smaller = withMarker(opts.marker, opts.body, target, opts.summaryUrl, 'bytes');
        opts.log.info(`GitHub found ${opts.what} too long (${body.length} characters); sending it clipped.`);
        return send(smaller);
    }
}
/** The marker first, then the body clipped so both fit under the limit. */
function withMarker(marker, body, limit, summaryUrl, measure = 'chars') {
    const head = `${marker}\n`;
    return head + clipMarkdown(body, limit - head.length, { summaryUrl, measure });
}
function isTooLong(e) {
    return /too long|maximum is/i.test(JSON.stringify(e.data ?? e.message));
}
/** "body is too long (maximum is 65536 characters)" → 65536. */
function statedLimit(e) {
    const m = JSON.stringify(e.data ?? e.message).match(/maximum is (\d+)/i);
    return m ? Number(m[1]) : undefined;
}
function skipped(log, reason) {
    log.warning(reason);
    return { outcome: 'skipped', reason };
}

;// CONCATENATED MODULE: ./src/action/context.ts
/**
 * Which pull request this run belongs to, read from the event payload the runner leaves at
 * GITHUB_EVENT_PATH and from GITHUB_REPOSITORY. A push or a schedule has no PR: null, and the
 * Action writes no comment. A fork PR under `pull_request` gets a read-only token: we say so up
 * front instead of waiting for the 403.
 */

function readPullRequestContext(env = process.env, opts = {}) {
    const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
    if (!owner || !repo)
        return null;
    const eventName = env.GITHUB_EVENT_NAME;
    const payload = readPayload(env.GITHUB_EVENT_PATH);
    const number = opts.prNumber ??
        payload?.pull_request?.number ??
        // A comment on a PR arrives as an issue_comment whose issue has a pull_request link.
        (payload?.issue?.pull_request ? payload.issue.number : undefined);
    if (!number || !Number.isInteger(number) || number <= 0)
        return null;
    const head = payload?.pull_request?.head;
    // A head repo of null is a fork that was deleted: still not ours.
    const headRepo = head?.repo?.full_name;
    const isFork = head?.repo === null || (headRepo !== undefined && headRepo.toLowerCase() !== `${owner}/${repo}`.toLowerCase());
    return {
        owner,
        repo,
        number,
        eventName,
        isFork,
        readOnlyToken: isFork && eventName === 'pull_request',
        ...(payload?.pull_request?.base?.sha ? { baseSha: payload.pull_request.base.sha } : {}),
    };
}
function readPayload(file) {
    if (!file)
        return undefined;
    try {
        return JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8'));
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/action/issue.ts


function issueMarker(mode) {
    return `<!-- backend-gate:issue:${mode} -->`;
}
async function upsertTrackingIssue(opts) {
    const { owner, repo, mode, log } = opts;
    const where = `${owner}/${repo}`;
    const client = opts.client ?? createGitHubClient({ token: opts.token ?? '', apiUrl: opts.apiUrl });
    const marker = issueMarker(mode);
    const body = issueBody(opts);
    try {
        const login = (await client.currentLogin()) ?? ACTIONS_BOT_LOGIN;
        const existing = await findOwnIssue(client, owner, repo, marker, login);
        if (opts.allClear && !existing) {
            log.info(`No ${mode} findings and no open tracking issue in ${where}: nothing to update.`);
            return { outcome: 'unchanged' };
        }
        const what = `the ${mode} tracking issue`;
        const send = (text) => {
            if (!existing)
                return client.createIssue(owner, repo, { title: opts.title, body: text });
            if (!opts.allClear && text === existing.body && opts.title === existing.title)
                return Promise.resolve(existing);
            return client.updateIssue(owner, repo, existing.number, {
                title: opts.title,
                body: text,
                ...(opts.allClear && { state: 'closed', stateReason: 'completed' }),
            });
        };
        const sent = await sendClipped(send, { marker, body, summaryUrl: opts.summaryUrl, log, what });
        const outcome = !existing ? 'created' : opts.allClear ? 'closed' : sent === existing ? 'unchanged' : 'updated';
        const verb = { created: 'Opened', updated: 'Updated', closed: 'All clear: closed', unchanged: 'Left as it was' }[outcome];
        log.info(`${verb} ${what} ${where}#${sent.number}: ${sent.url ?? ''}`);
        return { outcome, number: sent.number, url: sent.url };
    }
    catch (e) {
        if (e instanceof GitHubApiError && (e.status === 403 || e.status === 404)) {
            return issue_skipped(log, `No permission to write issues in ${where} (${e.status} ${e.message}). Give the job ` +
                '`permissions: issues: write` to keep a tracking issue. The report is in the job summary.');
        }
        if (e instanceof GitHubApiError && e.status === 410) {
            return issue_skipped(log, `Issues are turned off in ${where} (${e.status} ${e.message}): no tracking issue. ` +
                'Turn issues on in the repository settings, or set `issue: false`. The report is in the job summary.');
        }
        const detail = e instanceof GitHubApiError ? `${e.status} ${e.message}` : (e?.message ?? String(e));
        return issue_skipped(log, `Could not update the ${mode} tracking issue in ${where}: ${detail}.`);
    }
}
/** The newest open issue (GitHub lists newest first) with our marker, written by us. */
async function findOwnIssue(client, owner, repo, marker, login) {
    for await (const page of client.openIssues(owner, repo)) {
        const ours = page.find((i) => i.login === login && i.body.includes(marker));
        if (ours)
            return ours;
    }
    return undefined;
}
/** A line saying what this issue is and when it was last written, then the report. */
function issueBody(opts) {
    const when = (opts.now ?? new Date()).toISOString().replace(/\.\d+Z$/, 'Z');
    const run = opts.summaryUrl ? `[run of ${when}](${opts.summaryUrl})` : `run of ${when}`;
    const head = opts.allClear
        ? `✅ **All clear**: the ${run} found nothing, so this issue is closed. A new one opens if findings come back.`
        : `Kept up to date by backend-gate's \`${opts.mode}\` mode: edited on every run, closed when a run finds nothing. ` +
            `Last written by the ${run}.`;
    return `> ${head}\n\n${opts.body}`;
}
function issue_skipped(log, reason) {
    log.warning(reason);
    return { outcome: 'skipped', reason };
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
;// CONCATENATED MODULE: ./src/action/summary.ts
/**
 * The job summary: the one place every finding is shown, whatever the token may do (it needs no
 * permission, so fork PRs get it too). The runner drops a summary over 1 MiB, so each report gets
 * an equal share of a budget below that and is clipped at a clean boundary if it needs more.
 */




/** Below the runner's 1 MiB (1,048,576 bytes) per step, with room for what other steps add. */
const SUMMARY_MAX_BYTES = 1_000_000;
function renderJobSummary(reports, opts = {}) {
    const failOn = opts.failOn ?? 'error';
    const maxBytes = opts.maxBytes ?? SUMMARY_MAX_BYTES;
    const passedOf = (r) => (0,gate/* blockingFindings */.Ur)(r.findings, failOn).length === 0;
    const passed = reports.every(passedOf);
    const s = core.summary.emptyBuffer();
    s.addHeading(`backend-gate: ${passed ? '✅ passed' : '❌ failed'}`, 2);
    s.addTable([
        [
            { data: 'Mode', header: true },
            { data: 'Result', header: true },
            { data: 'Errors', header: true },
            { data: 'Warnings', header: true },
            { data: 'Notices', header: true },
        ],
        ...reports.map((r) => {
            const c = (0,gate/* countBySeverity */.Ot)(r.findings);
            return [r.mode, passedOf(r) ? '✅ pass' : '❌ fail', String(c.error), String(c.warning), String(c.notice)];
        }),
    ]);
    if (failOn !== 'error')
        s.addRaw(`Gate: fails on findings at or above <code>${failOn}</code>.`, true);
    const head = s.stringify();
    s.emptyBuffer();
    const share = Math.floor((maxBytes - Buffer.byteLength(head, 'utf8') - 16 * reports.length) / Math.max(1, reports.length));
    const parts = reports.map((r) => renderMarkdown(r, {
        passed: passedOf(r),
        maxLength: share,
        measure: 'bytes',
        clipNotice: 'Every finding is in the JSON report file (the `report-json` output).',
    }));
    return [head, ...parts].join('\n\n');
}
async function writeJobSummary(reports, opts = {}) {
    const env = opts.env ?? process.env;
    const markdown = renderJobSummary(reports, opts);
    const bytes = Buffer.byteLength(markdown, 'utf8');
    if (!env.GITHUB_STEP_SUMMARY) {
        return {
            written: false,
            bytes,
            reason: 'GITHUB_STEP_SUMMARY is not set (not running in GitHub Actions).',
            markdown,
        };
    }
    // Appended as core.summary.write() does; written here because core caches the first file name.
    await (0,promises_.appendFile)(env.GITHUB_STEP_SUMMARY, markdown.endsWith('\n') ? markdown : `${markdown}\n`, 'utf8');
    return { written: true, bytes, markdown };
}

;// CONCATENATED MODULE: ./src/action/publish.ts
/**
 * Everything the Action shows on GitHub for a run: job summary, annotations, one sticky comment
 * per mode, and on runs without a pull request (a schedule) an optional tracking issue per mode.
 * Best effort by design: a step that cannot publish logs a warning and the others go on;
 * the gate's result is decided by the caller from the Reports, never by what got published.
 */








function defaultIssueTitle(mode) {
    return mode === 'audit' ? 'backend-gate: database audit findings' : `backend-gate: ${mode} findings`;
}
async function publishReports(input, opts) {
    const { log } = opts;
    const env = opts.env ?? process.env;
    const failOn = opts.failOn ?? 'error';
    const reports = opts.redactor ? opts.redactor.redactValue(input) : input;
    const result = { summaryWritten: false, comments: {}, issues: {} };
    try {
        const summary = await writeJobSummary(reports, { failOn, env });
        result.summaryWritten = summary.written;
        if (!summary.written)
            log.info(`Job summary not written: ${summary.reason}`);
    }
    catch (e) {
        log.warning(`Could not write the job summary: ${e?.message ?? String(e)}`);
    }
    try {
        result.annotations = emitAnnotations(reports, {
            pathPrefix: repositoryPrefix(opts.workingDirectory, env.GITHUB_WORKSPACE),
            sink: opts.annotationSink,
        });
    }
    catch (e) {
        log.warning(`Could not write annotations: ${e?.message ?? String(e)}`);
    }
    const pr = readPullRequestContext(env, { prNumber: opts.prNumber });
    if (opts.issue?.enabled)
        await publishIssues(reports, opts, { env, failOn, hasPullRequest: pr !== null }, result);
    const wanted = opts.commentEnabled ?? opts.comment ?? false;
    const skip = (reason, warn) => {
        (warn ? log.warning : log.info).call(log, reason);
        for (const r of reports)
            result.comments[r.mode] = { outcome: 'skipped', reason };
        return result;
    };
    if (!wanted)
        return skip('PR comment turned off (comment: false).', false);
    if (!pr)
        return skip('No pull request in this event: no PR comment. The report is in the job summary.', false);
    if (!opts.token && !opts.client)
        return skip('No github-token given: no PR comment. The report is in the job summary.', true);
    const summaryUrl = runUrl(env);
    for (const report of reports) {
        const body = renderMarkdown(report, {
            passed: (0,gate/* blockingFindings */.Ur)(report.findings, failOn).length === 0,
            summaryUrl,
        });
        result.comments[report.mode] = await upsertStickyComment({
            token: opts.token ?? '',
            apiUrl: opts.apiUrl ?? env.GITHUB_API_URL,
            owner: pr.owner,
            repo: pr.repo,
            issueNumber: pr.number,
            mode: report.mode,
            body: opts.redactor ? opts.redactor.redact(body) : body,
            log,
            fork: pr.readOnlyToken,
            summaryUrl,
            client: opts.client,
        });
    }
    return result;
}
async function publishIssues(reports, opts, run, result) {
    const { log } = opts;
    const skip = (reason, warn) => {
        (warn ? log.warning : log.info).call(log, reason);
        for (const r of reports)
            result.issues[r.mode] = { outcome: 'skipped', reason };
    };
    if (run.hasPullRequest) {
        return skip('Tracking issue skipped in a pull request run: the PR gets the comment, the issue follows the schedule.', false);
    }
    const [owner, repo] = (run.env.GITHUB_REPOSITORY ?? '').split('/');
    if (!owner || !repo)
        return skip('GITHUB_REPOSITORY is not set: no tracking issue.', false);
    if (!opts.token && !opts.client)
        return skip('No github-token given: no tracking issue.', true);
    const summaryUrl = runUrl(run.env);
    for (const report of reports) {
        const body = renderMarkdown(report, {
            passed: (0,gate/* blockingFindings */.Ur)(report.findings, run.failOn).length === 0,
            summaryUrl,
        });
        result.issues[report.mode] = await upsertTrackingIssue({
            token: opts.token,
            apiUrl: opts.apiUrl ?? run.env.GITHUB_API_URL,
            owner,
            repo,
            mode: report.mode,
            title: opts.issue?.title || defaultIssueTitle(report.mode),
            body: opts.redactor ? opts.redactor.redact(body) : body,
            allClear: report.findings.length === 0,
            log,
            summaryUrl,
            now: opts.now,
            client: opts.client,
        });
    }
}
/** The run's page, where GitHub shows the job summaries. */
function runUrl(env) {
    const { GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_RUN_ID, GITHUB_RUN_ATTEMPT } = env;
    if (!GITHUB_SERVER_URL || !GITHUB_REPOSITORY || !GITHUB_RUN_ID)
        return undefined;
    const attempt = GITHUB_RUN_ATTEMPT && GITHUB_RUN_ATTEMPT !== '1' ? `/attempts/${GITHUB_RUN_ATTEMPT}` : '';
    return `${GITHUB_SERVER_URL}/${GITHUB_REPOSITORY}/actions/runs/${GITHUB_RUN_ID}${attempt}`;
}
/** `services/api` when the working directory is a folder of the checkout; annotations need repo paths. */
function repositoryPrefix(workingDirectory, workspace) {
    if (!workingDirectory || !workspace)
        return undefined;
    const rel = external_node_path_default().relative(workspace, workingDirectory);
    if (!rel || rel.startsWith('..') || external_node_path_default().isAbsolute(rel))
        return undefined;
    return rel.split((external_node_path_default()).sep).join('/');
}

;// CONCATENATED MODULE: ./src/action/main.ts
/**
 * The Action: inputs → settings → the mode's Report → summary, comment, annotations, files →
 * outputs and the gate. One setFailed, here. A user mistake is one line; a bug says it is one.
 */













async function run() {
    try {
        const inputs = readCommonInputs();
        const command = await (0,modes/* loadMode */.ON)(inputs.mode);
        const flags = readModeInputs(command);
        const redactor = new mask/* Redactor */.pO((s) => core.setSecret(s));
        redactor.add(inputs.githubToken);
        const workingDirectory = external_node_path_default().resolve(process.env.GITHUB_WORKSPACE ?? process.cwd(), inputs.workingDirectory);
        const runnerTemp = process.env.RUNNER_TEMP ?? workingDirectory;
        const reportJson = external_node_path_default().join(runnerTemp, `backend-gate-${inputs.mode}.json`);
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
        const passed = (0,gate/* gatePasses */.xZ)([report], settings.failOn);
        const workspace = external_node_path_default().resolve(process.env.GITHUB_WORKSPACE ?? process.cwd());
        await writeSideFiles([report], {
            reportJson,
            sarifFile: settings.sarifFile,
            cwd: workingDirectory,
            passed,
            // SARIF paths are relative to the repository root, where code scanning looks for them.
            pathPrefix: external_node_path_default().relative(workspace, workingDirectory) || undefined,
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
            const n = (0,gate/* blockingFindings */.Ur)(report.findings, settings.failOn).length;
            core.setFailed(`backend-gate ${inputs.mode}: ${n} finding(s) at or above '${settings.failOn}'. See the job summary.`);
        }
    }
    catch (e) {
        if (e instanceof errors/* ConfigurationError */.j1) {
            core.setFailed(e.describe());
        }
        else {
            core.setFailed(`backend-gate internal error (a bug, please report it): ${(0,errors/* errorMessage */.gJ)(e)}`);
            if (e instanceof Error && e.stack)
                core.debug(e.stack);
        }
    }
}
/**
 * In a pull request, the base commit's files through the contents API (needs contents: read),
 * for a checkout without the base branch's history. Outside a PR, or without a token: none.
 */
function baseFilesThroughApi(token) {
    const pr = readPullRequestContext();
    if (!pr?.baseSha || !token)
        return undefined;
    const client = createGitHubClient({ token });
    return {
        ref: pr.baseSha,
        root: process.env.GITHUB_WORKSPACE ?? process.cwd(),
        fetchFile: (file, ref) => client.fileAt(pr.owner, pr.repo, file, ref),
    };
}


/***/ }),

/***/ 23919:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   j1: () => (/* binding */ ConfigurationError)
/* harmony export */ });
/* unused harmony export isConfigurationError */
/**
 * A mistake the user can fix (bad config, bad input file, bad flag). Reported as one clear
 * message with exit code 2, never a stack trace. Anything else that is thrown is a bug (exit 3).
 */
class ConfigurationError extends Error {
    file;
    line;
    column;
    constructor(message, where) {
        super(message);
        this.name = 'ConfigurationError';
        this.file = where?.file;
        this.line = where?.line;
        this.column = where?.column;
    }
    /** `file:line:col: message` — the form editors and terminals make clickable. */
    describe() {
        if (!this.file)
            return this.message;
        const pos = this.line ? `:${this.line}${this.column ? `:${this.column}` : ''}` : '';
        return `${this.file}${pos}: ${this.message}`;
    }
}
function isConfigurationError(e) {
    return e instanceof ConfigurationError;
}
function errorMessage(e) {
    return e instanceof Error ? e.message : String(e);
}


/***/ }),

/***/ 74634:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $h: () => (/* binding */ flagBoolean),
/* harmony export */   ON: () => (/* binding */ loadMode),
/* harmony export */   w: () => (/* binding */ flagString),
/* harmony export */   zg: () => (/* binding */ flagList)
/* harmony export */ });
async function loadMode(mode) {
    switch (mode) {
        case 'routes':
            return (await __webpack_require__.e(/* import() */ 1544).then(__webpack_require__.bind(__webpack_require__, 31544))).routesCommand;
        case 'migrations':
            return (await __webpack_require__.e(/* import() */ 6171).then(__webpack_require__.bind(__webpack_require__, 36171))).migrationsCommand;
        case 'loadtest':
            return (await __webpack_require__.e(/* import() */ 6258).then(__webpack_require__.bind(__webpack_require__, 16258))).loadtestCommand;
        case 'audit':
            return (await __webpack_require__.e(/* import() */ 1247).then(__webpack_require__.bind(__webpack_require__, 41247))).auditCommand;
    }
}
/** Helpers for reading typed flag values. */
function flagString(flags, name) {
    const v = flags[name];
    if (Array.isArray(v))
        return v[v.length - 1];
    return typeof v === 'string' && v !== '' ? v : undefined;
}
function flagList(flags, name) {
    const v = flags[name];
    if (Array.isArray(v))
        return v;
    if (typeof v === 'string' && v !== '')
        return v
            .split('\n')
            .map((s) => s.trim())
            .filter(Boolean);
    return [];
}
function flagBoolean(flags, name) {
    const v = flags[name];
    if (typeof v === 'boolean')
        return v;
    if (v === 'true')
        return true;
    if (v === 'false')
        return false;
    return undefined;
}


/***/ }),

/***/ 40905:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Rj: () => (/* binding */ fingerprint)
/* harmony export */ });
/* unused harmony exports streamedSha256Hex, sha256Hex */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

/**
 * A fingerprint names a finding by what it is about (rule + subject), not by where it sits,
 * so adding a line above it does not change it. Callers pass the parts that identify the subject:
 * e.g. ('foreign-key-without-index', 'public.orders', 'user_id').
 */
function fingerprint(rule, ...subject) {
    let text = rule;
    // NUL before each part, so ('ab', 'c') and ('a', 'bc') differ.
    for (const part of subject)
        text += '\u0000' + String(part ?? '');
    return `${rule}:${sha256Hex(text).slice(0, 16)}`;
}
/** SHA-256 of the text's UTF-8 bytes, as hex, through a Hash object (any Node). */
function streamedSha256Hex(text) {
    return node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash('sha256').update(text).digest('hex');
}
// Node ≥ 20.12 hashes a string in one call without building a Hash object; a namespace import, as
// a named import of `hash` would fail to link on older Node 20.
const oneShotHash = node_crypto__WEBPACK_IMPORTED_MODULE_0__.hash;
/** SHA-256 hex of the text's UTF-8 bytes: crypto.hash where Node has it, else createHash. */
const sha256Hex = typeof oneShotHash === 'function' ? (text) => oneShotHash('sha256', text, 'hex') : streamedSha256Hex;


/***/ }),

/***/ 3954:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ot: () => (/* binding */ countBySeverity),
/* harmony export */   Qm: () => (/* binding */ FAIL_ON_VALUES),
/* harmony export */   Tc: () => (/* binding */ sortFindings),
/* harmony export */   Ur: () => (/* binding */ blockingFindings),
/* harmony export */   xZ: () => (/* binding */ gatePasses)
/* harmony export */ });
/* unused harmony export severityRank */
const FAIL_ON_VALUES = ['error', 'warning', 'never'];
const RANK = { error: 0, warning: 1, notice: 2 };
function severityRank(s) {
    return RANK[s];
}
function countBySeverity(findings) {
    const counts = { error: 0, warning: 0, notice: 0 };
    for (const f of findings)
        counts[f.severity]++;
    return counts;
}
/** Findings at or above the fail-on level: these fail the gate. */
function blockingFindings(findings, failOn) {
    if (failOn === 'never')
        return [];
    const limit = RANK[failOn];
    return findings.filter((f) => RANK[f.severity] <= limit);
}
function gatePasses(reports, failOn) {
    return reports.every((r) => blockingFindings(r.findings, failOn).length === 0);
}
/** Errors first, then warnings, then by file and line: the order people read and annotations rank. */
function sortFindings(findings) {
    return [...findings].sort((a, b) => RANK[a.severity] - RANK[b.severity] ||
        (a.location?.file ?? '').localeCompare(b.location?.file ?? '') ||
        (a.location?.line ?? 0) - (b.location?.line ?? 0) ||
        a.rule.localeCompare(b.rule));
}


/***/ }),

/***/ 32029:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   pO: () => (/* binding */ Redactor),
/* harmony export */   yP: () => (/* binding */ maskUrl)
/* harmony export */ });
/* unused harmony export MASK */
/**
 * Secrets never reach a rendered report: every reporter runs its output through a Redactor.
 * Known secrets (registered values) are replaced wherever they appear; on top of that,
 * passwords inside URLs and values of auth-like headers are masked by shape, so a secret we were
 * never told about (a URL in a PostgreSQL error message) is still hidden.
 */
const MASK = '***';
const URL_PASSWORD = /\b([a-z][a-z0-9+.-]*:\/\/[^:/?#@\s]*:)([^@\s/]+)(@)/gi;
const AUTH_HEADER = /\b((?:authorization|proxy-authorization|x-api-key|api-key|x-auth-token|cookie|set-cookie)\s*[:=]\s*"?)(?:(bearer|basic|token)\s+)?([^\s",}]+)/gi;
const PASSWORD_PARAM = /\b(password|passwd|pwd|token|secret|access_token)=([^&\s]+)/gi;
const GITHUB_TOKEN = /\b(gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,})\b/g;
class Redactor {
    onSecret;
    secrets = new Set();
    /** Register a secret value; onSecret is told too (the Action passes core.setSecret). */
    constructor(onSecret) {
        this.onSecret = onSecret;
    }
    add(value) {
        if (!value || value.length < 3 || this.secrets.has(value))
            return;
        this.secrets.add(value);
        this.onSecret?.(value);
        // A URL-encoded password shows up decoded in some error messages, and vice versa.
        try {
            const decoded = decodeURIComponent(value);
            if (decoded !== value)
                this.add(decoded);
        }
        catch {
            /* not URL-encoded */
        }
    }
    /** Register the password of a connection URL (postgres://user:pass@host/db). */
    addUrl(url) {
        if (!url)
            return;
        try {
            const u = new URL(url);
            if (u.password)
                this.add(u.password);
        }
        catch {
            /* not a URL: nothing to register, shape masking still applies */
        }
    }
    /** Register the values of headers that carry credentials. */
    addHeaders(headers) {
        for (const [k, v] of Object.entries(headers ?? {})) {
            if (/auth|token|key|cookie|secret|password/i.test(k)) {
                this.add(v);
                const parts = v.split(/\s+/);
                if (parts.length === 2)
                    this.add(parts[1]);
            }
        }
    }
    redact(text) {
        let out = text;
        // Longest first, so a secret that contains another is masked whole.
        for (const s of [...this.secrets].sort((a, b) => b.length - a.length))
            out = out.split(s).join(MASK);
        out = out.replace(URL_PASSWORD, (_m, pre, pw, at) => pw === MASK ? `${pre}${pw}${at}` : `${pre}${MASK}${at}`);
        out = out.replace(AUTH_HEADER, (_m, pre, scheme) => `${pre}${scheme ? scheme + ' ' : ''}${MASK}`);
        out = out.replace(PASSWORD_PARAM, (_m, k) => `${k}=${MASK}`);
        out = out.replace(GITHUB_TOKEN, MASK);
        return out;
    }
    /** Deep-redact every string in a JSON-like value. */
    redactValue(value) {
        if (typeof value === 'string')
            return this.redact(value);
        if (Array.isArray(value))
            return value.map((v) => this.redactValue(v));
        if (value && typeof value === 'object') {
            const out = {};
            for (const [k, v] of Object.entries(value))
                out[k] = this.redactValue(v);
            return out;
        }
        return value;
    }
}
/** The URL as it may be printed: password replaced. */
function maskUrl(url) {
    return new Redactor().redact(url);
}


/***/ }),

/***/ 30876:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FN: () => (/* binding */ MODES),
/* harmony export */   _O: () => (/* binding */ emptyReport)
/* harmony export */ });
/* unused harmony export SEVERITIES */
const MODES = ['routes', 'migrations', 'loadtest', 'audit'];
const SEVERITIES = (/* unused pure expression or super */ null && (['error', 'warning', 'notice']));
function emptyReport(mode, summary = '') {
    return { mode, summary, findings: [], metrics: {}, tables: [], charts: [], artifacts: [] };
}


/***/ }),

/***/ 48793:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ readConfig),
/* harmony export */   l: () => (/* binding */ missingConfig)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(23919);
/**
 * Where a run gets its config: no file means defaults, and costs nothing; a file is parsed and
 * validated by config.ts, imported only then (it loads yaml and the compiled schema validator).
 */


/**
 * @param file path to read
 * @param options.required a missing file is an error (the user named it) rather than defaults
 * @param options.displayName how messages name the file (the path as the user wrote it)
 */
async function readConfig(file, options = {}) {
    const name = options.displayName ?? file;
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file))
        return missingConfig(name, options.required);
    const { loadConfig } = await Promise.all(/* import() */[__webpack_require__.e(7207), __webpack_require__.e(6846)]).then(__webpack_require__.bind(__webpack_require__, 36846));
    return loadConfig(file, options);
}
/** The config of a run without a file: every default, or an error when the user named the file. */
function missingConfig(name, required = false) {
    if (required) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`config file not found. Create it, or pass --config with the right path.`, {
            file: name,
        });
    }
    return { file: name, found: false, raw: {}, lineOf: () => undefined };
}


/***/ })

};
