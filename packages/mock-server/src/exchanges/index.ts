/**
 * `@zhongyuan/mock-server/exchanges`: every exchange the mock serves, ready for `createMock({ exchanges })` and for
 * the CLI's default.
 *
 * @module
 */
import { medicalSettlement } from './medical-settlement/index.js';
import { pensionTransfer } from './pension-transfer/index.js';

export { createMedicalSettlementExchange, medicalSettlement } from './medical-settlement/index.js';
export { createPensionTransferExchange, pensionTransfer } from './pension-transfer/index.js';

/** All exchanges of this release. */
export const exchanges = [medicalSettlement, pensionTransfer] as const;
