import { specifiedRules, type ValidationRule } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { validateDocument } from '../validation';

/**
 * Validation with graphql-js' specified rules and `rules` (the project's own), through
 * `validateDocument` (src/server/validation.ts). The direct path (src/server/direct-path.ts)
 * validates with the same list, `validationRules(rules)`.
 */
export const validationPlugin = (rules: readonly ValidationRule[]): Plugin => ({
  onValidate({ addValidationRule, setValidationFn }) {
    for (const rule of rules) addValidationRule(rule);
    setValidationFn((schema, document, all) => validateDocument(schema, document, all));
  },
});

/** Every rule a document is validated with: graphql-js' specified rules, then `rules`. */
export const validationRules = (rules: readonly ValidationRule[]): readonly ValidationRule[] => [...specifiedRules, ...rules];
