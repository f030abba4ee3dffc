/**
 * The diff rule table: one rule per file (id, level, doc, fix hint, check), listed here in the
 * order reports show them. Levels can be overridden per rule with `rules:` in .backend-gate.yml.
 */
import type { DiffRule } from '../types.js';
import { operationRemoved } from './operation-removed.js';
import { operationRemovedBeforeSunset } from './operation-removed-before-sunset.js';
import { deprecatedOperationRemoved } from './deprecated-operation-removed.js';
import { operationAdded } from './operation-added.js';
import { operationIdChanged } from './operation-id-changed.js';
import { operationDeprecated } from './operation-deprecated.js';
import { sunsetDateChanged } from './sunset-date-changed.js';
import { newRequiredParameter } from './new-required-parameter.js';
import { newOptionalParameter } from './new-optional-parameter.js';
import { parameterBecameRequired } from './parameter-became-required.js';
import { parameterRemoved } from './parameter-removed.js';
import { parameterTypeChanged } from './parameter-type-changed.js';
import { parameterFormatChanged } from './parameter-format-changed.js';
import { parameterStyleChanged } from './parameter-style-changed.js';
import { requestBodyBecameRequired } from './request-body-became-required.js';
import { newRequiredRequestProperty } from './new-required-request-property.js';
import { requestPropertyBecameRequired } from './request-property-became-required.js';
import { requestPropertyTypeChanged } from './request-property-type-changed.js';
import { requestEnumValueRemoved } from './request-enum-value-removed.js';
import { requestConstraintTightened } from './request-constraint-tightened.js';
import { requestAdditionalPropertiesClosed } from './request-additional-properties-closed.js';
import { requestPropertyBecameNotNullable } from './request-property-became-not-nullable.js';
import { requestVariantRemoved } from './request-variant-removed.js';
import { defaultValueChanged } from './default-value-changed.js';
import { successResponseRemoved } from './success-response-removed.js';
import { responsePropertyRemoved } from './response-property-removed.js';
import { responseOptionalPropertyRemoved } from './response-optional-property-removed.js';
import { responsePropertyBecameOptional } from './response-property-became-optional.js';
import { responsePropertyBecameNullable } from './response-property-became-nullable.js';
import { responsePropertyTypeChanged } from './response-property-type-changed.js';
import { responseEnumValueAdded } from './response-enum-value-added.js';
import { responseVariantAdded } from './response-variant-added.js';
import { responseHeaderRemoved } from './response-header-removed.js';
import { mediaTypeRemoved } from './media-type-removed.js';
import { discriminatorChanged } from './discriminator-changed.js';
import { securityRequirementAdded } from './security-requirement-added.js';
import { securityScopesNarrowed } from './security-scopes-narrowed.js';

export const DIFF_RULES: readonly DiffRule[] = [
  operationRemoved,
  operationRemovedBeforeSunset,
  deprecatedOperationRemoved,
  operationAdded,
  operationIdChanged,
  operationDeprecated,
  sunsetDateChanged,
  newRequiredParameter,
  newOptionalParameter,
  parameterBecameRequired,
  parameterRemoved,
  parameterTypeChanged,
  parameterFormatChanged,
  parameterStyleChanged,
  requestBodyBecameRequired,
  newRequiredRequestProperty,
  requestPropertyBecameRequired,
  requestPropertyTypeChanged,
  requestEnumValueRemoved,
  requestConstraintTightened,
  requestAdditionalPropertiesClosed,
  requestPropertyBecameNotNullable,
  requestVariantRemoved,
  defaultValueChanged,
  successResponseRemoved,
  responsePropertyRemoved,
  responseOptionalPropertyRemoved,
  responsePropertyBecameOptional,
  responsePropertyBecameNullable,
  responsePropertyTypeChanged,
  responseEnumValueAdded,
  responseVariantAdded,
  responseHeaderRemoved,
  mediaTypeRemoved,
  discriminatorChanged,
  securityRequirementAdded,
  securityScopesNarrowed,
];
