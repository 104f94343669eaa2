export { LIMIT_CODES, LIMITS } from './config';
export { COST_CEILING, operationCost } from './cost';
export { costExtension, costPlugin, NOT_COSTED } from './cost-extension';
export { errorPolicyPlugin, maskedErrors } from './error-policy';
export { queryLimitsPlugin } from './plugin';
export { QueryShapeLimitsRule } from './shape-rule';
