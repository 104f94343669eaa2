export { LIMIT_CODES, LIMITS } from './config';
export { costExtension, costPlugin, NOT_COSTED } from './cost-extension';
export { connectionField, connectionType, type CostExtension, operationCost, sizedBy } from './cost';
export { errorPolicyPlugin, maskedErrors } from './error-policy';
export { queryLimitsPlugin } from './plugin';
export { QueryShapeLimitsRule } from './shape-rule';
