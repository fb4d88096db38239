/**
 * Spec → contract generation: bundling, the operation model, and the emitters.
 *
 * @module
 */
export { bundleSpec, type BundledSpec } from './bundle.js';
export { dereference } from './dereference.js';
export { generateTarget, type GeneratedFiles, type GenerationTarget } from './generate.js';
export { buildModel, type OperationModel, type SpecModel } from './model.js';
export { SpecError } from './spec-error.js';
export { discoverTargets } from './targets.js';
export { compareOutput, writeOutput, type Drift } from './write-or-check.js';
