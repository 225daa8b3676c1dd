export { defaultFacts } from "./catalogue.js";
