/** The reader names a mistyped award too, so the measure lives in model/ with the other text folding. */
export { editDistance, nearestName } from '../model/nearest.js';
