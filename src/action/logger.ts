import * as core from '@actions/core';
import type { Logger } from '../log.js';

/** Runner progress into the job log; groups become collapsible sections. */
export const actionLogger: Logger = {
  info: (m) => core.info(m),
  warning: (m) => core.warning(m),
  debug: (m) => core.debug(m),
  group: (name, fn) => core.group(name, fn),
};
