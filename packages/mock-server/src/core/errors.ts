/**
 * Loud failures of the mock itself. A mock that answers off-spec would teach city teams the wrong contract, so
 * in strict mode an off-spec answer is never sent: the request gets a 500 and this error is reported.
 */

/** The mock was about to answer something the spec does not allow (a defect in an exchange's handlers). */
export class MockContractError extends Error {
  /** Stable code. */
  readonly code = 'ERR_MOCK_CONTRACT' as const;
  override readonly name = 'MockContractError';
  constructor(
    /** The operation whose answer was off-spec. */
    readonly operationId: string,
    /** The status the handler chose. */
    readonly status: number,
    /**
     * JSON Pointer into the answer's body (`''` for the whole answer); for a missing response header, `/` and the
     * header's name (e.g. `/location`).
     */
    readonly pointer: string,
    /** What is wrong (no values). */
    readonly reason: string,
  ) {
    super(`${operationId} answered off-spec (status ${status}) at "${pointer}": ${reason}`);
  }
}
