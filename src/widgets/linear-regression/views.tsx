/** The linear-regression chapter's widget views. */
export { LinregCars } from "./LinregCars";
export { PolyfitCars } from "./PolyfitCars";
