/**
 * How the Action's bundle starts the spec check worker: from its one entry (dist/index.js), with
 * this role in the workerData, rather than from a second bundle holding another copy of the
 * validators (see src/index.ts). The CLI (lib/) and the tests start check-worker's own file.
 */
export const SPEC_CHECK_ROLE = 'backend-gate:spec-check';

/** Set by the bundle's entry when it runs as the Action. */
export const bundle: { entry?: URL } = {};
