export { defaultRuleSet } from "./default-rule-set.js";
