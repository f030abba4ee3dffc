import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AnnotationProperties } from '@actions/core';
import { emitAnnotations, type AnnotationSink } from '../../src/action/annotate.js';
import { manyFindings, reportWith } from '../report/sample-report.js';

function recorder() {
  const calls: { level: string; message: string; props?: AnnotationProperties }[] = [];
  const sink: AnnotationSink = {
    error: (message, props) => void calls.push({ level: 'error', message: String(message), props }),
    warning: (message, props) => void calls.push({ level: 'warning', message: String(message), props }),
    notice: (message, props) => void calls.push({ level: 'notice', message: String(message), props }),
  };
  return { calls, sink };
}

test('ten per level at most, then one line counting the rest', () => {
  const { calls, sink } = recorder();
  const result = emitAnnotations(
    [reportWith('routes', [...manyFindings(12, 'error'), ...manyFindings(11, 'warning', 'enum-value-added')])],
    { sink },
  );
  assert.equal(result.emitted, 20);
  assert.deepEqual(result.omitted, { error: 2, warning: 1, notice: 0 });
  assert.equal(calls.length, 21);
  assert.deepEqual(calls[0].props, {
    title: 'backend-gate routes: response-property-removed',
    file: 'spec/paths/item-0000.yaml',
    startLine: 1,
    endLine: 1,
    startColumn: undefined,
  });
  assert.deepEqual(calls[20], {
    level: 'notice',
    message: '2 errors, 1 warning more in the job summary.',
    props: { title: 'backend-gate: more findings' },
  });
});

test('through @actions/core the annotations are workflow commands at file and line', () => {
  const written: string[] = [];
  const original = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((chunk: string | Uint8Array) => {
    written.push(String(chunk));
    return true;
  }) as typeof process.stdout.write;
  try {
    emitAnnotations([reportWith('migrations', manyFindings(1, 'error', 'foreign-key-without-index'))], {
      pathPrefix: 'api',
    });
  } finally {
    process.stdout.write = original;
  }
  assert.equal(written.length, 1);
  assert.match(
    written[0],
    /^::error title=backend-gate migrations%3A foreign-key-without-index,file=api\/spec\/paths\/item-0000\.yaml,line=1,endLine=1::Finding 0 of 1: .*%0AFix: Restore the property/,
  );
});
