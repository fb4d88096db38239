// Generated from specs/medical-settlement/openapi.yaml (version 0.1.0) by `pnpm generate`.
// Do not edit: change the spec and run `pnpm generate` again.

export interface paths {
    "/person-lookups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Look up a person and their insurance by credential
         * @description Reads the person (`baseinfo`), their enrolments (`insuinfo`) and special identities (`idetinfo`) from
         *     the credential the patient presents: e-credential QR token, resident ID card number or social security
         *     card. A hospital calls it first, at the registration desk: it gets `personNo` and, per insurance type,
         *     `insuredRegion` (参保地医保区划), status and account balance, which every later call needs.
         *
         *     A lookup by credential is a POST so that the credential never travels in a URL. Nothing is stored
         *     except the audit record; the request is safe to repeat (no idempotency key).
         */
        post: operations["lookupPerson"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/filing-checks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check whether a cross-province filing covers a treatment
         * @description Tells the hospital, before registration or before discharge settlement, whether an `effective` or
         *     `deemedFiled` filing (异地就医备案) covers the person, insurance type, treatment province and date.
         *     Filings are made at the insured place (counter, 国家医保服务平台 APP, mini-program) and are visible
         *     to the national platform; this check reads them. Nothing is stored except the audit record.
         *
         *     No single national transaction code is confirmed for this read (provinces expose filing queries under
         *     local codes), hence the empty `x-source-transaction`.
         */
        post: operations["checkFiling"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/filings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Register a cross-province treatment filing
         * @description Registers a filing on the patient's behalf, at the hospital. The typical case is an inpatient admitted
         *     without filing: registering before discharge settlement (出院结算前补办备案) lets the stay be settled
         *     directly; pass `encounterId` and a `validFrom` on or before the admission date. The insured-place agency
         *     decides synchronously (online filing is handled at once); a refusal creates nothing (422
         *     `FILING_REJECTED`). Emergency treatment needs no filing (see `emergency` on registration and admission).
         *
         *     Mirrors the field set of NHSA 2501 (转院备案); whether long-term-residence filings are accepted through
         *     the hospital channel is the insured place's policy and is unconfirmed per city.
         */
        post: operations["registerFiling"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/filings/{filingId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Filing id.
                 * @example 371799202611020000000042
                 */
                filingId: components["parameters"]["FilingIdParam"];
            };
            cookie?: never;
        };
        /**
         * Get a filing
         * @description Reads one filing. A filing of a person the hospital has no encounter or lookup for answers 404, exactly
         *     like an unknown id.
         */
        get: operations["getFiling"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/filings/{filingId}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Filing id.
                 * @example 371799202611020000000042
                 */
                filingId: components["parameters"]["FilingIdParam"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revoke a filing
         * @description Revokes a filing registered through the hospital (e.g. registered for the wrong category). Settlements
         *     already made under it stand. A `deemedFiled` emergency filing cannot be revoked; it ends with its
         *     encounter.
         */
        post: operations["revokeFiling"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/encounters/outpatient": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Register an outpatient encounter
         * @description Opens an outpatient visit for a cross-province insured person and returns its `encounterId`
         *     (`mdtrt_id`). The hospital calls it after `lookupPerson`, choosing one of the person's insurance types.
         *     Requires a filing covering today (422 `NOT_FILED` otherwise) unless `emergency` is `true`: emergency
         *     treatment is treated as filed and a `deemedFiled` filing is recorded.
         */
        post: operations["registerOutpatientEncounter"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/encounters/inpatient": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Admit an inpatient
         * @description Opens an inpatient stay and returns its `encounterId` (`mdtrt_id`). Unlike outpatient registration,
         *     admission is allowed without a filing: the encounter's `filingBasis` is then `notFiled` and the stay can
         *     be settled directly only after `registerFiling` (before discharge settlement). `emergency: true`
         *     (急诊转住院, medical type `24`) is treated as filed.
         */
        post: operations["admitInpatient"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/encounters/{encounterId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Encounter id (`mdtrt_id`).
                 * @example 41019926110200000123
                 */
                encounterId: components["parameters"]["EncounterIdParam"];
            };
            cookie?: never;
        };
        /**
         * Get an encounter
         * @description Reads one encounter with its diagnoses and state. Another facility's encounter answers 404, exactly
         *     like an unknown id.
         */
        get: operations["getEncounter"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/encounters/{encounterId}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Encounter id (`mdtrt_id`).
                 * @example 41019926110200000123
                 */
                encounterId: components["parameters"]["EncounterIdParam"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel an outpatient registration or an admission
         * @description Cancels a registration (2202) or an admission (2404) made in error. Allowed only while no fee line is
         *     `uploaded` or `settled` (409 `ENCOUNTER_HAS_FEE_LINES`): undo in reverse order — cancel the
         *     settlement, cancel the discharge, delete the fee lines, then cancel the encounter. A `deemedFiled`
         *     emergency filing ends with it.
         */
        post: operations["cancelEncounter"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/encounters/{encounterId}/diagnoses": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Encounter id (`mdtrt_id`).
                 * @example 41019926110200000123
                 */
                encounterId: components["parameters"]["EncounterIdParam"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Upload the encounter details and diagnoses
         * @description Replaces the encounter's diagnoses (and, when sent, its medical type and disease code) with those
         *     sent. Outpatient hospitals call it after the doctor records the diagnosis; inpatient diagnoses are
         *     normally sent with admission, changes and discharge. Replacing with the same list is a no-op.
         */
        put: operations["uploadDiagnoses"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/encounters/{encounterId}/admission-changes": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Encounter id (`mdtrt_id`).
                 * @example 41019926110200000123
                 */
                encounterId: components["parameters"]["EncounterIdParam"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change admission details
         * @description Changes the details of an inpatient stay — department, bed, attending doctor, medical type, admission
         *     diagnosis, diagnoses — as they change during the stay. Does not change the encounter's state;
         *     allowed in `registered`, `inProgress` and `interimSettled` (409 `ILLEGAL_TRANSITION` otherwise,
         *     e.g. after discharge: cancel the discharge first).
         */
        post: operations["changeInpatientAdmission"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/encounters/{encounterId}/discharge": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Encounter id (`mdtrt_id`).
                 * @example 41019926110200000123
                 */
                encounterId: components["parameters"]["EncounterIdParam"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Discharge an inpatient
         * @description Records the discharge of an inpatient stay with its discharge diagnoses. Final settlement (`settle`)
         *     is allowed only after it. Fee lines can no longer be uploaded or deleted until the discharge is
         *     cancelled (`cancelDischarge`).
         */
        post: operations["dischargeInpatient"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/encounters/{encounterId}/discharge/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Encounter id (`mdtrt_id`).
                 * @example 41019926110200000123
                 */
                encounterId: components["parameters"]["EncounterIdParam"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a discharge
         * @description Reopens a discharged stay (e.g. fees were missed). Allowed only while the stay is not settled: cancel
         *     the final settlement first (`cancelSettlement`).
         */
        post: operations["cancelDischarge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/encounters/{encounterId}/fee-lines": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Encounter id (`mdtrt_id`).
                 * @example 41019926110200000123
                 */
                encounterId: components["parameters"]["EncounterIdParam"];
            };
            cookie?: never;
        };
        /**
         * List fee lines
         * @description Lists the encounter's fee lines in `lineNo` order, optionally only those in one state or one charge
         *     batch. Hospitals use it to compare their own bill with what the platform holds before settling.
         */
        get: operations["listFeeLines"];
        put?: never;
        /**
         * Upload fee lines
         * @description Uploads fee lines (2204 outpatient, 2301 inpatient), each keyed by the hospital's `lineNo`
         *     (`feedetl_sn`). Atomic per call. Re-sending a line unchanged is a no-op (it is returned as stored),
         *     so an upload interrupted by a timeout can simply be sent again; a number already used with other
         *     content is refused (409 `FEE_LINE_NO_CONFLICT`). Each line is classified under the treatment-place
         *     catalogue and returned with its classification. Outpatient lines need a `chargeBatchNo`.
         */
        post: operations["uploadFeeLines"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/encounters/{encounterId}/fee-line-deletions": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Encounter id (`mdtrt_id`).
                 * @example 41019926110200000123
                 */
                encounterId: components["parameters"]["EncounterIdParam"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Delete unsettled fee lines
         * @description Deletes fee lines that are not settled (2205 outpatient, 2302 inpatient). `selection` names what:
         *     `lines` (by line number), `chargeBatch` (one batch, as 2205 does), or `allUnsettled` (every
         *     `uploaded` line — the NHSA `0000`). Settled lines are locked: selecting one by number or batch fails
         *     the whole call with 409 `FEE_LINE_SETTLED` (cancel the settlement first); `allUnsettled` leaves them
         *     alone and succeeds even when there is nothing to delete. Deleted line numbers are not reused.
         */
        post: operations["deleteFeeLines"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/encounters/{encounterId}/pre-settlements": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Encounter id (`mdtrt_id`).
                 * @example 41019926110200000123
                 */
                encounterId: components["parameters"]["EncounterIdParam"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Pre-settle an encounter
         * @description Computes the split of the encounter's unsettled fee lines — fund, personal account, cash — under the
         *     insured place's policy, for the patient to see and agree to before paying. Nothing is stored and no
         *     money moves, so it needs no idempotency key and may be repeated; the message id is still unique.
         *     Allowed in `inProgress` (outpatient; inpatient with `interim: true`) and `discharged` (inpatient).
         */
        post: operations["preSettle"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/encounters/{encounterId}/settlements": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Encounter id (`mdtrt_id`).
                 * @example 41019926110200000123
                 */
                encounterId: components["parameters"]["EncounterIdParam"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Settle an encounter
         * @description Settles every unsettled fee line of the encounter: the funds pay their share directly and the hospital
         *     collects `amounts.cashPayFen` from the patient. Outpatient encounters settle from `inProgress` (2207);
         *     inpatient stays settle after discharge (2304; 409 `ENCOUNTER_NOT_DISCHARGED` before). The settled
         *     lines are locked.
         *
         *     Money moves exactly once. Persist `envelope.messageId` (and the `Idempotency-Key`, preferably the same
         *     value) **before** sending. Retrying with the same key and body replays the stored result. If the outcome
         *     is unknown (timeout, connection lost after sending, 504 `OUTCOME_UNKNOWN`), do not send a new message
         *     id: reverse the call with `createReversal` naming this message id, then pre-settle and settle again. A
         *     second settlement of the same encounter under another message id is refused (409
         *     `DUPLICATE_SETTLEMENT`); a message id already reversed is refused (409 `MESSAGE_ALREADY_REVERSED`).
         */
        post: operations["settle"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/encounters/{encounterId}/interim-settlements": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Encounter id (`mdtrt_id`).
                 * @example 41019926110200000123
                 */
                encounterId: components["parameters"]["EncounterIdParam"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Settle a long inpatient stay part-way
         * @description Settles the fee lines uploaded so far during a long stay (2304 with `mid_setl_flag` = 1) without
         *     discharge. The encounter becomes `interimSettled`; further fee lines move it back to `inProgress`, and
         *     the final settlement after discharge covers the rest. Same exactly-once rules as `settle`.
         */
        post: operations["settleInterim"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/settlements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List settlements
         * @description Lists the facility's settlements, newest first, filtered by message id, encounter, day, state,
         *     insurance type or clearing type. Filtering by `messageId` answers "did my settlement with this message
         *     id take effect?" after an unknown outcome. There is no filter by person: personal data never travels in
         *     a URL.
         */
        get: operations["listSettlements"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/settlements/{settlementId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Settlement id (`setl_id`).
                 * @example 41019926110500000456
                 */
                settlementId: components["parameters"]["SettlementIdParam"];
            };
            cookie?: never;
        };
        /**
         * Get a settlement
         * @description Reads one settlement with its amounts and state. Another facility's settlement answers 404.
         */
        get: operations["getSettlement"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/settlements/{settlementId}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Settlement id (`setl_id`).
                 * @example 41019926110500000456
                 */
                settlementId: components["parameters"]["SettlementIdParam"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a settlement
         * @description Cancels a settlement that is known to exist (refund, wrong insurance type, fees to correct). A refund
         *     record with its own settlement id is created and counted in reconciliation as a negative row; the
         *     lines are unlocked and the encounter returns to `inProgress` (outpatient, interim) or `discharged`
         *     (inpatient final settlement). Allowed after day-end reconciliation; refused once the settlement is in
         *     a confirmed monthly clearing (409 `SETTLEMENT_ALREADY_CLEARED`). Same exactly-once rules as `settle`.
         */
        post: operations["cancelSettlement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reversals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reverse a call whose outcome is unknown
         * @description Resolves an uncertain call by its message id (2601 冲正): the original is named by
         *     `originalMessageId` (`omsgid`) and `originalOperation` (`oinfno`). Outcomes, all definite:
         *
         *     - the original took effect: it is voided (201 with the reversal record); a reversed settlement is
         *       `reversed` and its lines are unlocked; a reversed cancellation restores the settlement;
         *     - the original never arrived or failed: 422 `UNKNOWN_ORIGINAL_MESSAGE`, and its message id is fenced so
         *       that a late arrival is refused (409 `MESSAGE_ALREADY_REVERSED`);
         *     - the original is still being processed: 409 `REQUEST_IN_PROGRESS` with `Retry-After`; retry the
         *       reversal.
         *
         *     Reversing a settlement after its day was reconciled is allowed and shows as a refund row in the next
         *     reconciliation; after a confirmed monthly clearing it is refused (409 `SETTLEMENT_ALREADY_CLEARED`).
         *     A reversal is itself idempotent: send it again with the same key and body after a timeout.
         */
        post: operations["createReversal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reversals/{reversalId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Reversal id, as `createReversal` answered it.
                 * @example rev_01JD9H7Q3S5V7X9Z1B3D5F7H9K
                 */
                reversalId: components["parameters"]["ReversalIdParam"];
            };
            cookie?: never;
        };
        /**
         * Get a reversal
         * @description Reads one reversal record: the `Location` a `createReversal` answered with. Use it to confirm, after
         *     a lost reversal response, which original was voided and when. Another facility's reversal answers 404.
         *     The NHSA interface has no transaction for this read; it is the exchange's own.
         */
        get: operations["getReversal"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reconciliations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reconcile the day's totals
         * @description Day-end (or period) reconciliation of totals for one insurance type, clearing type and settlement
         *     agency (3201): the hospital sends its own totals — fee total, fund total, account total, count — and
         *     the exchange compares them with the platform's. The run is created in `totalsCompared` with
         *     `totalsResult` `balanced` (its settlements become `reconciled`) or `unbalanced` (compare the detail
         *     with `compareReconciliationDetail`). Run it once per (insurance type, clearing type, agency) per day.
         */
        post: operations["reconcileTotals"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reconciliations/{reconciliationId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Reconciliation run id.
                 * @example rcn_01JD9K2M4P6R8T0V2X4Z6B8D0F
                 */
                reconciliationId: components["parameters"]["ReconciliationIdParam"];
            };
            cookie?: never;
        };
        /**
         * Get a reconciliation run
         * @description Reads a reconciliation run with both sides' totals and, after detail comparison, its summary.
         */
        get: operations["getReconciliation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reconciliations/{reconciliationId}/detail": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Reconciliation run id.
                 * @example rcn_01JD9K2M4P6R8T0V2X4Z6B8D0F
                 */
                reconciliationId: components["parameters"]["ReconciliationIdParam"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Compare the detail of an unbalanced run
         * @description Detail reconciliation (3202, with the 9101 upload and 9102 download folded in). The hospital streams
         *     its settlement rows as NDJSON — one `ReconciliationDetailRow` per line, UTF-8, `\n`-separated, no
         *     blank lines — and receives, as a stream, one `ReconciliationDifference` per difference (`localOnly`,
         *     `remoteOnly`, `amountMismatch`) in `settlementId` order, then one summary line. Both streams are
         *     processed row by row, so memory stays bounded at any size (1,000,000 rows and more): the rows are sent
         *     in (`settlementId`, `refund`) order, forward row first, and compared with the platform's in one pass; a
         *     row out of order or repeated is a 400 (`errors[].code` `ORDER` or `DUPLICATE`).
         *
         *     The rows must add up to the run's `localTotals` (count and sums; 422 `AMOUNTS_DO_NOT_ADD_UP`
         *     otherwise, nothing recorded). A row that fails its schema is a 400 whose `errors[].pointer` is
         *     `/<line index>/<member>` (0-based). `Content-Digest` covers the whole uploaded stream. Only for runs
         *     whose `totalsResult` is `unbalanced` (409 `RECONCILIATION_ALREADY_BALANCED`).
         *
         *     In the schema of each media type, `schema` describes one line (OpenAPI 3.2 would write `itemSchema`);
         *     `x-stream: ndjson` marks it. Fixing a difference (cancelling, reversing, correcting the local ledger)
         *     is done with the other operations; the fixes appear in the next run.
         */
        post: operations["compareReconciliationDetail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reconciliations/{reconciliationId}/differences": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Reconciliation run id.
                 * @example rcn_01JD9K2M4P6R8T0V2X4Z6B8D0F
                 */
                reconciliationId: components["parameters"]["ReconciliationIdParam"];
            };
            cookie?: never;
        };
        /**
         * Download the differences of a run
         * @description Streams again the result of the detail comparison (9102), in the same format, e.g. after a connection
         *     was lost while reading it. Only after `compareReconciliationDetail` (404 before).
         */
        get: operations["getReconciliationDifferences"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reconciliations/{reconciliationId}/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Reconciliation run id.
                 * @example rcn_01JD9K2M4P6R8T0V2X4Z6B8D0F
                 */
                reconciliationId: components["parameters"]["ReconciliationIdParam"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Close a run after its differences are handled
         * @description Records that the differences of a compared run have been handled, closing it. No NHSA counterpart:
         *     on the NHSA side the fixes are ordinary cancellations and reversals followed by a new 3201.
         */
        post: operations["resolveReconciliation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** Page of fee lines (费用明细分页) */
        FeeLinePage: {
            items: components["schemas"]["FeeLine"][];
            nextCursor: components["schemas"]["NextCursor"];
        };
        /** Page of settlements (结算分页) */
        SettlementPage: {
            items: components["schemas"]["Settlement"][];
            nextCursor: components["schemas"]["NextCursor"];
        };
        /**
         * Inpatient admission (入院办理请求)
         * @description NHSA 2401 input (`mdtrtinfo` + `diseinfo`). Allowed without a filing (the encounter is
         *     `notFiled` and a filing must be registered before discharge settlement) unless the
         *     insured-place policy forbids it; `emergency: true` records a `deemedFiled` filing.
         */
        AdmitInpatientRequest: {
            envelope: components["schemas"]["PersonMessageEnvelope"];
            personNo: components["schemas"]["PersonNo"];
            insuranceType: components["schemas"]["InsuranceType"];
            medicalType: components["schemas"]["MedicalType"];
            credential: components["schemas"]["Credential"];
            /**
             * Format: date-time
             * @description Admission time (入院时间).
             */
            admittedAt: string;
            /** @description The hospital's inpatient number (住院号). */
            admissionNo: string;
            /** @description Admitting department code (入院科室编码). */
            departmentCode: string;
            departmentName: string;
            /** @description Bed (入院床位). */
            bed?: string;
            attendingDoctorCode?: string;
            attendingDoctorName?: components["schemas"]["PersonName"];
            /** @description Admission diagnosis as written (入院诊断描述). */
            admissionDiagnosisDescription: string;
            /** @description Disease code for per-disease payment (病种编码), when applicable. */
            diseaseCode?: string;
            diagnoses: components["schemas"]["Diagnosis"][];
            /** @description Emergency admission (急诊转住院, medical type `24`): treated as filed. */
            emergency?: boolean;
        };
        /**
         * Agency code (经办机构编码)
         * @description Code of a medical-insurance agency (医保经办机构), NHSA `setl_optins` / `clr_optins`.
         *     Usually the agency's 6-digit pool region code (e.g. `371799` 菏泽市本级); longer local
         *     codes exist, so 6-30 letters and digits are accepted. For cross-province settlements the
         *     settlement agency is presumed to be the insured-place agency (DOMAIN.md §3.8, unverified).
         * @example 371799
         */
        AgencyCode: string;
        /**
         * Cancellation (撤销请求)
         * @description Body of the undo operations (2202/2404 encounter cancellation, 2405 discharge
         *     cancellation, 2208/2305 settlement cancellation, 2502 filing revocation). The NHSA inputs
         *     (`mdtrt_id`, `setl_id`, `psn_no`) are implied by the path; only the envelope is sent.
         */
        CancellationRequest: {
            envelope: components["schemas"]["PersonMessageEnvelope"];
        };
        /**
         * Admission change (住院信息变更请求)
         * @description NHSA 2403 input (`adminfo` + `diseinfo`). Only the members sent are changed; `diagnoses`,
         *     when sent, replaces the whole list. At least one member besides `envelope` is required.
         */
        ChangeInpatientAdmissionRequest: {
            envelope: components["schemas"]["PersonMessageEnvelope"];
            medicalType?: components["schemas"]["MedicalType"];
            departmentCode?: string;
            departmentName?: string;
            bed?: string;
            attendingDoctorCode?: string;
            attendingDoctorName?: components["schemas"]["PersonName"];
            admissionDiagnosisDescription?: string;
            diseaseCode?: string;
            diagnoses?: components["schemas"]["Diagnosis"][];
        };
        /**
         * Charge batch number (收费批次号)
         * @description The hospital's charge batch number, NHSA `chrg_bchno`: groups the fee lines charged
         *     together (one outpatient payment). All lines of one batch share the same `diseaseCode`.
         *     `0000` is reserved on the NHSA wire and refused here.
         * @example CB20261102001
         */
        ChargeBatchNo: string;
        /**
         * Citizen ID number (公民身份号码)
         * @description 18-character resident identity number (居民身份证号码), GB 11643-1999.
         *
         *     Structure: 6-digit address code (GB/T 2260; historic codes stay valid forever, so the
         *     code is never checked against the current division list) + 8-digit birth date
         *     `YYYYMMDD` (a real calendar date, not in the future) + 3-digit sequence (odd = male,
         *     even = female) + 1 check character.
         *
         *     Check (ISO 7064:1983 MOD 11-2): with weights `W_i = 2^(18-i) mod 11`
         *     (`7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2`) over positions 1-17,
         *     `S = Σ a_i × W_i` and the check character is `"10X98765432"[S mod 11]`.
         *     `X` (value 10) is upper case only; a lower-case `x` is refused, not normalised.
         *
         *     15-digit first-generation numbers are not accepted on this API; upgrade them first.
         *     Personal data: never put it in a query string, a log line, or an error message.
         * @example 410105198001011239
         * @example 41090219751231002X
         */
        CitizenId: string;
        /** Resident identity card number (居民身份证号) */
        CitizenIdCredential: {
            /**
             * @description `02` on the NHSA wire.
             * @constant
             */
            type: "citizenId";
            citizenId: components["schemas"]["CitizenId"];
        };
        /**
         * Clearing type (清算类别)
         * @description NHSA `clr_type`, the clearing category a settlement is counted under in reconciliation
         *     and monthly clearing. Observed values include `11` (outpatient) and `21` (inpatient);
         *     the complete list is not confirmed (DOMAIN.md §11.7), so any 1-6 character code is
         *     accepted and the exchange returns the value the platform assigned.
         * @example 21
         */
        ClearingType: string;
        /**
         * Client identity (调用方标识)
         * @description `<instance>/<memberClass>/<uscc>/<region>/<subsystem>`, see `X-Client-Id`.
         * @example ZY/COM/91410100MA3X000109/410100/ledger-client
         */
        ClientId: string;
        /**
         * Reversal (冲正请求)
         * @description NHSA 2601 input: `psn_no`, `omsgid`, `oinfno`. The reversal's own `envelope.messageId` is
         *     new; `originalMessageId` is the message id of the call whose outcome is unknown.
         */
        CreateReversalRequest: {
            envelope: components["schemas"]["PersonMessageEnvelope"];
            personNo: components["schemas"]["PersonNo"];
            originalMessageId: components["schemas"]["MessageId"];
            originalOperation: components["schemas"]["ReversibleOperation"];
        };
        /**
         * Treatment credential (就诊凭证)
         * @description The credential the patient presented (NHSA `mdtrt_cert_type` + `mdtrt_cert_no`), one of:
         *     `ecToken` (`01` 医保电子凭证令牌, the QR code token), `citizenId` (`02` 居民身份证号,
         *     check digit verified), `socialSecurityCard` (`03` 社会保障卡). Personal data throughout:
         *     sent only in request bodies, never logged. The type is kept on records as identity
         *     evidence; the number is not.
         */
        Credential: components["schemas"]["EcTokenCredential"] | components["schemas"]["CitizenIdCredential"] | components["schemas"]["SocialSecurityCardCredential"];
        /** Page cursor (分页游标) */
        Cursor: string;
        /**
         * Fee lines deletion (费用明细撤销请求)
         * @description NHSA 2205 / 2302 input. Atomic: when any selected line is settled, nothing is deleted
         *     (409 `FEE_LINE_SETTLED`, `errors` pointing at each such line); an unknown line number is
         *     422 `FEE_LINE_NOT_FOUND`. Selecting a line that is already deleted is a no-op.
         */
        DeleteFeeLinesRequest: {
            envelope: components["schemas"]["PersonMessageEnvelope"];
            selection: components["schemas"]["FeeLineSelectionByLineNo"] | components["schemas"]["FeeLineSelectionByChargeBatch"] | components["schemas"]["FeeLineSelectionAllUnsettled"];
        };
        /**
         * Diagnosis (诊断信息)
         * @description One NHSA `diseinfo` entry. Health data.
         */
        Diagnosis: {
            /**
             * @description Diagnosis type (诊断类别)：`1` 西医诊断, `2` 中医主病诊断, `3` 中医主证诊断.
             * @enum {string}
             */
            diagnosisType: "1" | "2" | "3";
            /** @description Order (诊断排序号), 1-based. */
            sequence: number;
            /** @description Diagnosis code (诊断代码), ICD-10 医保版 or TCM code. */
            code: string;
            /** @description Diagnosis name (诊断名称). */
            name: string;
            /** @description Main diagnosis flag (主诊断标志); exactly one diagnosis per type is main. */
            main: boolean;
            /** @description Diagnosing department (诊断科室). */
            departmentCode?: string;
            /** @description Diagnosing doctor's code (诊断医生编码). */
            doctorCode?: string;
            /** Format: date-time */
            diagnosedAt?: string;
        };
        /** Discharge (出院信息) */
        Discharge: {
            /** Format: date-time */
            dischargedAt: string;
            /** @enum {string} */
            dischargeWay: "1" | "2" | "3" | "4" | "5" | "9";
            departmentCode?: string;
        };
        /**
         * Discharge (出院办理请求)
         * @description NHSA 2402 input (`dscginfo` + `diseinfo`).
         */
        DischargeInpatientRequest: {
            envelope: components["schemas"]["PersonMessageEnvelope"];
            /**
             * Format: date-time
             * @description Discharge time (出院时间).
             */
            dischargedAt: string;
            /**
             * @description Discharge way (离院方式)：`1` 医嘱离院, `2` 医嘱转院, `3` 医嘱转社区, `4` 非医嘱离院,
             *     `5` 死亡, `9` 其他.
             * @enum {string}
             */
            dischargeWay: "1" | "2" | "3" | "4" | "5" | "9";
            /** @description Discharging department (出院科室编码). */
            departmentCode?: string;
            /** @description Discharge diagnoses; replaces the encounter's list. */
            diagnoses: components["schemas"]["Diagnosis"][];
        };
        /** Medical-insurance e-credential token (医保电子凭证令牌) */
        EcTokenCredential: {
            /**
             * @description `01` on the NHSA wire.
             * @constant
             */
            type: "ecToken";
            /** @description The token read from the patient's QR code; short-lived and single-visit. */
            token: string;
        };
        /**
         * Encounter (就诊)
         * @description An outpatient visit or an inpatient stay, keyed by `encounterId` (`mdtrt_id`).
         */
        Encounter: {
            encounterId: components["schemas"]["EncounterId"];
            encounterType: components["schemas"]["EncounterType"];
            personNo: components["schemas"]["PersonNo"];
            insuranceType: components["schemas"]["InsuranceType"];
            medicalType: components["schemas"]["MedicalType"];
            /**
             * @description Type of credential presented at registration (identity evidence); the number is not kept.
             * @enum {string}
             */
            credentialType: "ecToken" | "citizenId" | "socialSecurityCard";
            /**
             * Format: date-time
             * @description Registration or admission time.
             */
            startedAt: string;
            /** @description The hospital's outpatient or inpatient number. */
            visitNo: string;
            departmentCode: string;
            departmentName?: string;
            bed?: string;
            attendingDoctorCode?: string;
            admissionDiagnosisDescription?: string;
            diseaseCode?: string;
            insuredRegion: components["schemas"]["RegionCode"];
            treatmentRegion: components["schemas"]["RegionCode"];
            facilityCode: components["schemas"]["FacilityCode"];
            filingBasis: components["schemas"]["FilingBasis"];
            /** @description The filing the encounter is settled under, once known. */
            filingId?: components["schemas"]["FilingId"];
            emergency: boolean;
            diagnoses: components["schemas"]["Diagnosis"][];
            discharge?: components["schemas"]["Discharge"];
            status: components["schemas"]["EncounterStatus"];
            /** @description Message id of the registration or admission request. */
            messageId: components["schemas"]["MessageId"];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** Format: date-time */
            cancelledAt?: string;
        };
        /**
         * Encounter id (就诊ID)
         * @description Encounter id, NHSA `mdtrt_id`: up to 30 characters, opaque, assigned by the platform at
         *     registration or admission. Formats vary by province (20 digits are common); clients
         *     never parse it.
         * @example 41019926110200000123
         */
        EncounterId: string;
        /**
         * Encounter state (就诊状态)
         * @description State of machine `encounter` (see `x-state-machines`): `registered` (已登记),
         *     `inProgress` (就诊中: diagnoses or fee lines uploaded), `discharged` (已出院, inpatient),
         *     `interimSettled` (已中途结算, inpatient), `settled` (已结算), `cancelled` (已撤销, terminal).
         * @enum {string}
         */
        EncounterStatus: "registered" | "inProgress" | "discharged" | "interimSettled" | "settled" | "cancelled";
        /**
         * Encounter type (就诊类型)
         * @description `outpatient` (门诊, 2201) or `inpatient` (住院, 2401).
         * @enum {string}
         */
        EncounterType: "outpatient" | "inpatient";
        /**
         * Designated facility code (定点医药机构编号)
         * @description NHSA code of the designated medical institution, `fixmedins_code`: `H` + 6-digit region
         *     code + 5-digit sequence for hospitals (e.g. `H41010500017`). Pharmacies are believed to
         *     use `P` in place of `H`; this is not confirmed (DOMAIN.md §11.14) and pharmacy settlement
         *     (`41` 定点药店购药) is out of scope of this version.
         * @example H41010500017
         */
        FacilityCode: string;
        /**
         * Stored fee line (费用明细记录)
         * @description A fee line as stored, with its classification. Believed identity (unverified, reported
         *     but not enforced): `lineTotalFen` = `classification.fullOwnPayFen` +
         *     `classification.overLimitFen` + `classification.preSelfPayFen` +
         *     `classification.inPolicyFen`.
         */
        FeeLine: {
            lineNo: components["schemas"]["FeeLineNo"];
            encounterId: components["schemas"]["EncounterId"];
            originalLineNo?: components["schemas"]["FeeLineNo"];
            chargeBatchNo?: components["schemas"]["ChargeBatchNo"];
            orderNo?: string;
            prescriptionNo?: string;
            /** Format: date-time */
            occurredAt: string;
            nationalListCode: string;
            hospitalListCode: string;
            lineTotalFen: components["schemas"]["Fen"];
            quantityTenThousandths: components["schemas"]["Quantity"];
            unitPriceMicroYuan: components["schemas"]["UnitPrice"];
            classification: components["schemas"]["FeeLineClassification"];
            status: components["schemas"]["FeeLineStatus"];
            /** @description The settlement that locked the line, while `settled`. */
            settlementId?: components["schemas"]["SettlementId"];
            /** @description Message id of the upload that stored the line. */
            messageId: components["schemas"]["MessageId"];
            /** Format: date-time */
            uploadedAt: string;
            /** Format: date-time */
            deletedAt?: string;
        };
        /**
         * Fee line classification (费用明细分类结果)
         * @description Per-line classification returned by 2204 / 2301 under the treatment-place catalogue.
         *     See `FeeLine` for the identity believed to link it to the line total.
         */
        FeeLineClassification: {
            /** @description Charge item level (收费项目等级)：`01` 甲类, `02` 乙类, `03` 丙类 (self-pay). */
            itemLevel: string;
            /** @description Medical charge item category (医疗收费项目类别). */
            chargeItemType?: string;
            /** @description Unit price cap (定价上限金额), micro-yuan. */
            priceLimitMicroYuan?: components["schemas"]["UnitPrice"];
            selfPayRatioBp?: components["schemas"]["Ratio"];
            /** @description Fully self-paid part (全自费金额). */
            fullOwnPayFen: components["schemas"]["Fen"];
            /** @description Above the price limit (超限价金额). */
            overLimitFen: components["schemas"]["Fen"];
            /** @description Co-pay before the ratio (先行自付金额). */
            preSelfPayFen: components["schemas"]["Fen"];
            /** @description In-policy amount (符合政策范围金额). */
            inPolicyFen: components["schemas"]["Fen"];
            /** @description Limited-use item (限制使用标志). */
            limitedUse?: boolean;
            memo?: string;
        };
        /** Fee lines deletion result (费用明细撤销结果) */
        FeeLineDeletionResult: {
            encounterId: components["schemas"]["EncounterId"];
            /** @description Lines deleted by this call (not those already deleted before). */
            deletedLineNos: components["schemas"]["FeeLineNo"][];
            deletedCount: number;
            receiverMessageId: components["schemas"]["ReceiverMessageId"];
        };
        /**
         * Fee line (费用明细)
         * @description One NHSA `feedetail` entry (2204 outpatient, 2301 inpatient). Identity checked on upload:
         *     `lineTotalFen` = `quantityTenThousandths × unitPriceMicroYuan / 10^8` rounded half up to the fen (422
         *     `AMOUNTS_DO_NOT_ADD_UP` otherwise). Some HIS round differently; a deployment may allow a
         *     tolerance (`lineTotalToleranceFen`, default 0), which is an unverified practice
         *     (DOMAIN.md §3.10): the hospital's `lineTotalFen` is authoritative either way.
         */
        FeeLineInput: {
            lineNo: components["schemas"]["FeeLineNo"];
            /**
             * @description The line this one corrects (原费用流水号). The original must be unsettled; it is
             *     deleted by this upload. Correcting a settled line requires cancelling the settlement
             *     first.
             */
            originalLineNo?: components["schemas"]["FeeLineNo"];
            /** @description Charge batch (收费批次号); required on outpatient encounters. */
            chargeBatchNo?: components["schemas"]["ChargeBatchNo"];
            /** @description Medical order number (医嘱号), inpatient. */
            orderNo?: string;
            /** @description Prescription number (处方号). */
            prescriptionNo?: string;
            /** @description Prescription filled outside the hospital (外购处方标志). */
            externalPrescription?: boolean;
            /**
             * Format: date-time
             * @description When the fee was incurred (费用发生时间).
             */
            occurredAt: string;
            /**
             * @description National catalogue code (医疗目录编码). Coverage follows the treatment-place catalogue
             *     (就医地目录); an item absent from it is classified full self-pay, not refused.
             */
            nationalListCode: string;
            /** @description The hospital's own catalogue code (医药机构目录编码). */
            hospitalListCode: string;
            /** @description Line total (明细项目费用总额), fen; authoritative. */
            lineTotalFen: components["schemas"]["Fen"];
            quantityTenThousandths: components["schemas"]["Quantity"];
            unitPriceMicroYuan: components["schemas"]["UnitPrice"];
            /** @description Single dose as written (单次剂量描述). */
            singleDose?: string;
            /** @description Frequency as written (使用频次描述). */
            frequency?: string;
            /** @description Number of days (周期天数). */
            days?: number;
            /** @description Route of administration (用药途径描述). */
            route?: string;
            orderingDepartmentCode?: string;
            orderingDepartmentName?: string;
            orderingDoctorCode?: string;
            orderingDoctorName?: components["schemas"]["PersonName"];
            /** @description Hospital approval for a restricted item (医院审批标志). */
            hospitalApproved?: boolean;
            /** @description Discharge take-home medication (出院带药标志). */
            dischargeMedication?: boolean;
            /** @description Disease code of the batch (病种编码); all lines of a batch share it. */
            diseaseCode?: string;
        };
        /**
         * Fee line number (费用明细流水号)
         * @description The hospital's own number for a fee line, NHSA `feedetl_sn`: 1-30 characters, unique
         *     within one encounter for ever (a deleted line's number is not reused). It is the key of
         *     the line: uploading the same number again with the same content is a no-op, with other
         *     content it is refused (409 `FEE_LINE_NO_CONFLICT`). The NHSA wire reserves `0000` for
         *     "all lines"; this API expresses "all unsettled lines" with
         *     `DeleteFeeLinesRequest.selection.scope = allUnsettled`, so `0000` is refused as a number.
         * @example 2026110200001
         */
        FeeLineNo: string;
        /**
         * All unsettled lines (全部未结算明细)
         * @description Every `uploaded` line of the encounter — what the NHSA wire writes as `feedetl_sn` /
         *     `chrg_bchno` = `0000`. Settled lines are left alone (this scope never fails on them);
         *     when no unsettled line exists the call succeeds with `deletedCount` 0.
         */
        FeeLineSelectionAllUnsettled: {
            /** @constant */
            scope: "allUnsettled";
        };
        /** One charge batch (按收费批次, 2205) */
        FeeLineSelectionByChargeBatch: {
            /** @constant */
            scope: "chargeBatch";
            chargeBatchNo: components["schemas"]["ChargeBatchNo"];
        };
        /** Selected lines (按明细流水号) */
        FeeLineSelectionByLineNo: {
            /** @constant */
            scope: "lines";
            /** @description Lines to delete (费用明细流水号); unique. */
            lineNos: components["schemas"]["FeeLineNo"][];
        };
        /**
         * Fee line state (费用明细状态)
         * @description State of machine `feeLine`: `uploaded` (已上传), `settled` (已结算, locked: cannot be
         *     deleted until the settlement is cancelled or reversed), `deleted` (已撤销, terminal).
         * @enum {string}
         */
        FeeLineStatus: "uploaded" | "settled" | "deleted";
        /** Fee lines upload result (费用明细上传结果) */
        FeeLineUploadResult: {
            encounterId: components["schemas"]["EncounterId"];
            /** @description The stored lines, in request order; a line re-sent unchanged is returned as stored. */
            items: components["schemas"]["FeeLine"][];
            receiverMessageId: components["schemas"]["ReceiverMessageId"];
        };
        /**
         * Amount in fen (金额，单位：分)
         * @description Non-negative amount of money in fen (分; 1 元 = 100 分), an integer from 0 to
         *     9007199254740991. Fractions, negative values, numbers written with an exponent or a
         *     fraction part (`12.0`), and strings are refused.
         * @example 1234567
         */
        Fen: number;
        /** Cross-province treatment filing (异地就医备案) */
        Filing: {
            filingId: components["schemas"]["FilingId"];
            personNo: components["schemas"]["PersonNo"];
            insuranceType: components["schemas"]["InsuranceType"];
            /** @description The filing category; absent for a filing deemed by emergency treatment. */
            category?: components["schemas"]["FilingCategory"];
            /** @description `true` for a filing deemed by emergency treatment (`deemedFiled`). */
            emergency?: boolean;
            insuredRegion: components["schemas"]["RegionCode"];
            /** @description Region the filing allows treatment in (province or pool code). */
            treatmentRegion: components["schemas"]["RegionCode"];
            encounterId?: components["schemas"]["EncounterId"];
            /** Format: date */
            validFrom: string;
            /** Format: date */
            validTo?: string;
            status: components["schemas"]["FilingStatus"];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        /**
         * Filing basis (备案依据)
         * @description Why the encounter may be settled directly: `filed` (an effective filing covers it),
         *     `deemedFiled` (emergency treatment, 视同备案), or `notFiled` (inpatient admitted without
         *     filing; settlement is refused with 422 `NOT_FILED` until a filing is registered before
         *     discharge settlement).
         * @enum {string}
         */
        FilingBasis: "filed" | "deemedFiled" | "notFiled";
        /**
         * Filing category (备案类别)
         * @description Why the person is treated outside the insured province (医保发〔2022〕22号 Art. 7):
         *     long-term residents — `resettledRetiree` (异地安置退休), `longTermResident` (异地长期居住),
         *     `postedWorker` (常驻异地工作); temporary — `referral` (异地转诊), `otherTemporary` (其他临时
         *     外出就医). Emergency treatment (异地急诊抢救) needs no filing: it is deemed filed
         *     (`deemedFiled`) when an encounter is registered with `emergency: true`. Temporary
         *     categories may get a lower benefit (insured-place policy).
         * @enum {string}
         */
        FilingCategory: "resettledRetiree" | "longTermResident" | "postedWorker" | "referral" | "otherTemporary";
        /** Filing check (备案查询请求) */
        FilingCheckRequest: {
            envelope: components["schemas"]["PersonMessageEnvelope"];
            personNo: components["schemas"]["PersonNo"];
            insuranceType: components["schemas"]["InsuranceType"];
            /**
             * Format: date
             * @description The treatment date the filing must cover.
             */
            onDate: string;
        };
        /**
         * Filing check result (备案查询结果)
         * @description Whether the person may be settled directly at this facility on `onDate`. `covered` is
         *     `true` when a filing in `effective` or `deemedFiled` covers the date and the treatment
         *     province; `filing` is then that filing, otherwise the most recent filing (any state) or
         *     null.
         */
        FilingCheckResult: {
            covered: boolean;
            filing: components["schemas"]["Filing"] | null;
        };
        /**
         * Filing id (备案编号)
         * @description Id of a cross-province treatment filing, assigned by the insured-place agency; opaque.
         * @example 371799202610150000000042
         */
        FilingId: string;
        /**
         * Filing state (备案状态)
         * @description State of machine `filing` (see `x-state-machines`): `applied` (已申请, awaiting the
         *     insured-place agency), `effective` (有效), `deemedFiled` (视同备案, emergency), `rejected`
         *     (不予备案), `revoked` (已撤销), `expired` (已过期). Only `effective` and `deemedFiled`
         *     allow direct settlement.
         * @enum {string}
         */
        FilingStatus: "applied" | "effective" | "deemedFiled" | "rejected" | "revoked" | "expired";
        /**
         * Fund payment detail (基金分项结算信息)
         * @description One NHSA `setldetail` entry as returned by the insured place. Informational: whether the
         *     list also carries account payments varies by province, so no identity is enforced on it.
         */
        FundPayment: {
            /** @description Fund payment type (基金支付类型), e.g. `310100` 职工基本医疗保险统筹基金. */
            fundPayType: string;
            fundPayTypeName?: string;
            inPolicyFen?: components["schemas"]["Fen"];
            /** @description Limit payable this time (本次可支付限额金额). */
            payableLimitFen?: components["schemas"]["Fen"];
            /** @description Paid by this fund (基金支付金额). */
            amountFen: components["schemas"]["Fen"];
            /** @description Calculation notes (结算过程信息). */
            processInfo?: string;
        };
        /** Idempotency key (幂等键) */
        IdempotencyKey: string;
        /**
         * Insurance enrolment (参保信息)
         * @description One NHSA 1101 `insuinfo` entry: the person's enrolment in one insurance type. A person
         *     may hold several; the facility picks one per encounter (`insuranceType`).
         */
        InsuranceEnrolment: {
            insuranceType: components["schemas"]["InsuranceType"];
            /** @description Person category (人员类别), e.g. `11` in service, `21` retired (local code lists). */
            personType: string;
            /**
             * @description Enrolment status (参保状态) as the platform reports it: `1` normal (正常参保); any other
             *     value (e.g. `2` suspended 暂停参保, `4` terminated 终止参保) means not eligible.
             */
            insuranceStatus: string;
            /**
             * @description Derived by the exchange: `true` when `insuranceStatus` is `1` and `suspendedSince`
             *     is absent or later than the lookup time. Encounters under an enrolment that is not
             *     eligible are refused with 422 `NOT_ELIGIBLE`.
             */
            eligible: boolean;
            /**
             * Format: date
             * @description Enrolment date (参保日期).
             */
            insuredSince?: string;
            /**
             * Format: date
             * @description Suspension date (暂停参保日期), when suspended.
             */
            suspendedSince?: string;
            /** @description Civil-servant subsidy flag (公务员标志). */
            civilServant?: boolean;
            /** @description Insured-place medical-insurance region (参保地医保区划); send it in every envelope. */
            insuredRegion: components["schemas"]["RegionCode"];
            /** @description Employer (单位名称), for employee insurance. */
            employerName?: string;
            /** @description Personal account balance (个人账户余额), fen. */
            accountBalanceFen: components["schemas"]["Fen"];
        };
        /**
         * Insurance type (险种类型)
         * @description NHSA `insutype`. National values: `310` 职工基本医疗保险 (employee basic), `320` 公务员医疗补助,
         *     `330` 大额医疗费用补助, `340` 离休人员医疗保障, `390` 城乡居民基本医疗保险 (urban-rural
         *     resident basic), `392` 城乡居民大病医疗保险, `510` 生育保险. Provinces add local codes, so
         *     the schema accepts any 3-6 digit code; encounters and settlements use `310` or `390`.
         * @example 310
         */
        InsuranceType: string;
        /**
         * Insured person (参保人基本信息)
         * @description NHSA 1101 `baseinfo`. Personal data throughout.
         */
        InsuredPerson: {
            personNo: components["schemas"]["PersonNo"];
            /** @description Resident identity card number, present when `psn_cert_type` is `01`. */
            citizenId?: components["schemas"]["CitizenId"];
            name: components["schemas"]["PersonName"];
            /**
             * @description GB/T 2261.1 sex code (性别)：`0` unknown, `1` male, `2` female, `9` unstated.
             * @enum {string}
             */
            gender: "0" | "1" | "2" | "9";
            /** @description GB 3304 ethnic group code (民族), two digits (`01` 汉族). */
            ethnicity?: string;
            /**
             * Format: date
             * @description Date of birth (出生日期).
             */
            birthDate: string;
        };
        /**
         * Medical type (医疗类别)
         * @description NHSA `med_type`. Outpatient: `11` 普通门诊, `12` 门诊挂号, `13` 急诊 (emergency), `14`
         *     门诊慢特病, `51` 生育门诊. Inpatient: `21` 普通住院, `22` 外伤住院, `23` 转外诊治住院, `24`
         *     急诊转住院 (emergency admission), `52` 生育住院. Provinces add local codes (e.g. `25`,
         *     `9xxx`), so any 2-6 digit code is accepted; an outpatient code on an admission (or the
         *     reverse) is refused with 400 `VALIDATION_FAILED`.
         * @example 21
         */
        MedicalType: string;
        /**
         * Message envelope (报文头)
         * @description The NHSA transport envelope of a request that concerns no insured person (person lookup,
         *     reconciliation). The transaction code `infno` is implied by the operation; the signature
         *     fields (`cainfo`, `signtype`) and the sign-in number `sign_no` are replaced by the
         *     request token (`signedRequest`).
         */
        MessageEnvelope: {
            messageId: components["schemas"]["MessageId"];
            facilityCode: components["schemas"]["FacilityCode"];
            /**
             * @description Treatment-place medical-insurance region (就医地医保区划), the facility's pool, e.g.
             *     `410199` 郑州市本级 or `410100`; both forms are accepted.
             */
            treatmentRegion: components["schemas"]["RegionCode"];
            operator: components["schemas"]["Operator"];
            /**
             * Format: date-time
             * @description When the message was sent (交易时间), RFC 3339.
             */
            sentAt?: string;
        };
        /**
         * Message id (发送方报文ID)
         * @description The client's 30-character message id, NHSA `msgid`: the facility code `fixmedins_code`
         *     (12 characters) + the local sending time `yyyyMMddHHmmss` (Beijing time, 14 digits) + a
         *     4-digit sequence number. The first 12 characters must equal `envelope.facilityCode`
         *     (400 `VALIDATION_FAILED`, `errors[].code` = `PATTERN` otherwise).
         *
         *     Unique per facility for ever. The client generates it and **persists it before sending**:
         *     it is the only key a reversal (`createReversal`, NHSA 2601) can name when the outcome of a
         *     call is unknown. The same message id sent again with the same `Idempotency-Key` and body
         *     replays the stored response; used for a different request it is refused with 409
         *     `MESSAGE_ID_REUSED`; once reversed it is refused with 409 `MESSAGE_ALREADY_REVERSED`.
         * @example H41010500017202611020930150001
         */
        MessageId: string;
        /**
         * Next page cursor (下一页游标)
         * @description Cursor of the next page, or null on the last page.
         */
        NextCursor: string | null;
        /**
         * Operator (经办人)
         * @description Who performed the action at the facility (NHSA envelope `opter`, `opter_name`,
         *     `opter_type`). Recorded in the audit log; `operatorId` is the facility's own staff or
         *     device id, never a citizen ID number.
         */
        Operator: {
            /** @description Operator id as assigned by the facility (经办人编号). */
            operatorId: string;
            /** @description Operator's name (经办人姓名). Personal data of staff. */
            operatorName?: components["schemas"]["PersonName"];
            /**
             * @description Operator kind (经办人类别): `clerk` (`1` 经办人), `kiosk` (`2` 自助终端), `mobile`
             *     (`3` 移动终端).
             * @enum {string}
             */
            operatorType: "clerk" | "kiosk" | "mobile";
        };
        /**
         * Special identity (人员身份)
         * @description NHSA 1101 `idetinfo` entry, e.g. a disability level; health-related personal data.
         */
        PersonIdentity: {
            /** @description Identity category code (人员身份类别). */
            identityType: string;
            /** @description Level within the category (人员类别等级). */
            level?: string;
            /** Format: date-time */
            validFrom?: string;
            /** Format: date-time */
            validTo?: string;
        };
        /**
         * Person lookup by credential (人员信息获取请求)
         * @description Server-set members are refused; the credential travels in the body, never in a URL.
         */
        PersonLookupRequest: {
            envelope: components["schemas"]["MessageEnvelope"];
            credential: components["schemas"]["Credential"];
            /**
             * Format: date-time
             * @description Point in time the insurance status is wanted for (开始时间), RFC 3339; defaults to now.
             *     An inpatient discharged yesterday is looked up as of the admission time.
             */
            asOf?: string;
        };
        /**
         * Person and insurance (人员及参保信息)
         * @description NHSA 1101 output.
         */
        PersonLookupResult: {
            person: components["schemas"]["InsuredPerson"];
            insurances: components["schemas"]["InsuranceEnrolment"][];
            identities: components["schemas"]["PersonIdentity"][];
            receiverMessageId: components["schemas"]["ReceiverMessageId"];
        };
        /**
         * Message envelope for a person (参保人业务报文头)
         * @description The NHSA transport envelope of a request that concerns an insured person: `MessageEnvelope`
         *     plus the insured-place region. `insuredRegion` must be the `insuredRegion` that
         *     `lookupPerson` returned for the insurance type used (422 `INSURED_REGION_MISMATCH`
         *     otherwise), and its province (first two digits) must differ from `treatmentRegion`'s
         *     (422 `REGION_NOT_CROSS_PROVINCE`): intra-province settlement is not this exchange.
         */
        PersonMessageEnvelope: {
            messageId: components["schemas"]["MessageId"];
            facilityCode: components["schemas"]["FacilityCode"];
            /** @description Treatment-place medical-insurance region (就医地医保区划). */
            treatmentRegion: components["schemas"]["RegionCode"];
            /**
             * @description Insured-place medical-insurance region (参保地医保区划), e.g. `371799` 菏泽市本级 or
             *     `371700`; both forms are accepted (DOMAIN.md §1: which form each city uses is
             *     unconfirmed).
             */
            insuredRegion: components["schemas"]["RegionCode"];
            operator: components["schemas"]["Operator"];
            /**
             * Format: date-time
             * @description When the message was sent (交易时间), RFC 3339.
             */
            sentAt?: string;
        };
        /**
         * Person's name (姓名)
         * @description A natural person's name as written on the identity document, 1-50 characters.
         *     Refused: C0/C1 control characters, zero-width characters (U+200B-U+200D, U+2060,
         *     U+FEFF) and bidirectional controls (U+200E, U+200F, U+202A-U+202E, U+2066-U+2069).
         *     The middle dot of ethnic-minority names (`·`, U+00B7) is allowed.
         *     Personal data: never logged beside an amount, never put in a query string.
         * @example 张三
         * @example 阿依古丽·买买提
         */
        PersonName: string;
        /**
         * Person number (人员编号)
         * @description National insured-person number, NHSA `psn_no`: up to 30 characters, opaque, assigned by
         *     the NHSA platform and obtained from `lookupPerson` (1101). Never derive it from an ID
         *     number. Personal data: it identifies a person, so it never travels in a URL.
         * @example 37179900000000123456
         */
        PersonNo: string;
        /**
         * Pre-settlement (预结算请求)
         * @description NHSA 2206 / 2303 input. Computes the split over every unsettled line of the encounter;
         *     nothing is persisted and no money moves.
         */
        PreSettleRequest: {
            envelope: components["schemas"]["PersonMessageEnvelope"];
            insuranceType: components["schemas"]["InsuranceType"];
            medicalType: components["schemas"]["MedicalType"];
            credential: components["schemas"]["Credential"];
            /** @description Use the personal account (个人账户使用标志). */
            useAccount: boolean;
            /**
             * @description Preview an interim settlement of a long inpatient stay (中途结算, `mid_setl_flag`);
             *     allowed in `inProgress` only.
             */
            interim?: boolean;
        };
        /**
         * Pre-settlement result (预结算结果)
         * @description Advisory split for the patient to agree to (2206 / 2303 output). Send
         *     `amounts.medicalFeeTotalFen`, `fullOwnPayFen`, `overLimitSelfPayFen`, `preSelfPayFen`
         *     and `inPolicyFen` back with `settle`; if the fee lines change in between, settlement
         *     is refused with 422 `SETTLEMENT_TOTALS_MISMATCH`.
         */
        PreSettlement: {
            encounterId: components["schemas"]["EncounterId"];
            /** @description Whether this previews an interim settlement. */
            interim: boolean;
            amounts: components["schemas"]["SettlementAmounts"];
            fundPayments?: components["schemas"]["FundPayment"][];
            /** @description Number of unsettled fee lines included. */
            lineCount: number;
            /** @description Personal account balance after settlement, if settled as previewed. */
            accountBalanceAfterFen?: components["schemas"]["Fen"];
            receiverMessageId: components["schemas"]["ReceiverMessageId"];
        };
        /**
         * Problem details (问题详情)
         * @description RFC 9457 problem details. Members beyond those listed are extension members defined by
         *     the problem type (`extensionMembers` in its registry entry); clients ignore members
         *     they do not know.
         */
        Problem: {
            /**
             * Format: uri
             * @description Problem type URI from the registry.
             */
            type: string;
            /** @description The registry's English title for `type`; does not vary by occurrence. */
            title: string;
            /** @description The registry's Chinese title for `type` (中文标题). */
            titleZh?: string;
            /** @description The HTTP status code, repeated from the response. */
            status: number;
            /**
             * @description Human-readable explanation of this occurrence, in English. Never contains submitted
             *     values, tokens or personal data.
             */
            detail?: string;
            /**
             * Format: uri
             * @description Opaque identifier of this occurrence, for support requests.
             */
            instance?: string;
            /** @description The registry code of `type` (稳定错误码); `switch` on this, not on `title`. */
            code: string;
            /** @description Equal to the `X-Request-Id` response header. */
            requestId: components["schemas"]["RequestId"];
            /** @description Field-level failures (for `validation-failed`), at most 100. */
            errors?: components["schemas"]["ProblemFieldError"][];
            /** @description For state conflicts, the resource's current state (当前状态). */
            currentState?: string;
            /** @description For state conflicts, the `x-flow` actions allowed from `currentState`. */
            allowedActions?: string[];
        } & {
            [key: string]: unknown;
        };
        /** Field error (字段错误) */
        ProblemFieldError: {
            /**
             * @description Where the failing value is. `body` (the default when absent): `pointer` is an
             *     RFC 6901 JSON Pointer into the request body. `query`, `path`, `header`: `pointer`
             *     is `/` followed by the parameter name (e.g. `/limit`).
             * @default body
             * @enum {string}
             */
            in?: "body" | "query" | "path" | "header";
            /** @description RFC 6901 JSON Pointer to the failing value (`""` for the whole body). */
            pointer: string;
            /**
             * @description Stable failure code. Known values: `REQUIRED`, `UNKNOWN_FIELD`, `READ_ONLY`,
             *     `TYPE`, `PATTERN`, `FORMAT`, `ENUM`, `MIN_LENGTH`, `MAX_LENGTH`, `MINIMUM`,
             *     `MAXIMUM`, `NOT_INTEGER`, `CHECK_DIGIT_MISMATCH`, `INVALID_DATE`,
             *     `FORBIDDEN_CHARACTER`, `DUPLICATE_MEMBER`, `FORBIDDEN_MEMBER`, `TOTAL_MISMATCH`,
             *     `PERSONAL_DATA_IN_QUERY`, `CURSOR_INVALID`. Clients accept unknown codes.
             */
            code: string;
            /** @description English explanation; never contains the submitted value. */
            message: string;
        };
        /**
         * Quantity in ten-thousandths (数量，万分之一)
         * @description A quantity as an integer number of ten-thousandths: the NHSA wire carries `cnt` as a
         *     decimal with 4 fraction digits (`16,4`), so `2.5` tablets-per-unit is `25000`. An
         *     integer keeps the value exact (no binary float can hold 0.1) and lets
         *     `quantityTenThousandths × unitPriceMicroYuan` be computed exactly with integer (BigInt) arithmetic. Must be
         *     positive: returned items are corrected by deleting the unsettled line.
         * @example 20000
         */
        Quantity: number;
        /**
         * Ratio in ten-thousandths (比例，万分之一)
         * @description A ratio as an integer number of ten-thousandths, 0-10000: the NHSA wire carries ratios
         *     (`pool_prop_selfpay`, `selfpay_prop`) as decimals with 4 fraction digits (`5,4`), so
         *     `0.8500` is `8500`.
         * @example 8500
         */
        Ratio: number;
        /**
         * Receiver message id (接收方报文ID)
         * @description The receiving platform's message id for the call, NHSA `inf_refmsgid`: receiver region
         *     (6 digits) + time `yyyyMMddHHmmss` (14) + sequence (10). Kept for audit and for support
         *     requests to the platform.
         * @example 410199202611020930160000001234
         */
        ReceiverMessageId: string;
        /**
         * Totals reconciliation (对总账请求)
         * @description NHSA 3201 input; the facility's own totals.
         */
        ReconcileTotalsRequest: {
            envelope: components["schemas"]["MessageEnvelope"];
            insuranceType: components["schemas"]["InsuranceType"];
            clearingType: components["schemas"]["ClearingType"];
            settlementAgency: components["schemas"]["AgencyCode"];
            /**
             * Format: date
             * @description First day of the statement period (对账开始日期), Beijing date.
             */
            statementFrom: string;
            /**
             * Format: date
             * @description Last day (对账结束日期), inclusive; at most 31 days after `statementFrom`.
             */
            statementTo: string;
            /** @description Whether cancellations and reversals are counted as negative rows (退费结算标志). */
            includesRefunds: boolean;
            totals: components["schemas"]["ReconciliationTotals"];
        };
        /** Reconciliation run (对账) */
        Reconciliation: {
            reconciliationId: components["schemas"]["ReconciliationId"];
            insuranceType: components["schemas"]["InsuranceType"];
            clearingType: components["schemas"]["ClearingType"];
            settlementAgency: components["schemas"]["AgencyCode"];
            /** Format: date */
            statementFrom: string;
            /** Format: date */
            statementTo: string;
            includesRefunds: boolean;
            /** @description The facility's totals as sent. */
            localTotals: components["schemas"]["ReconciliationTotals"];
            /** @description The platform's totals over the same scope. */
            remoteTotals: components["schemas"]["ReconciliationTotals"];
            /**
             * @description `balanced` (平) when the four totals are equal, else `unbalanced` (不平); NHSA
             *     `stmt_rslt`. A balanced run marks its settlements `reconciled`.
             * @enum {string}
             */
            totalsResult: "balanced" | "unbalanced";
            /** @description Platform's description of the result (对账结果说明). */
            resultDescription?: string;
            detailSummary?: components["schemas"]["ReconciliationDetailSummary"];
            status: components["schemas"]["ReconciliationStatus"];
            messageId: components["schemas"]["MessageId"];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        /**
         * Reconciliation detail row (对明细账明细行)
         * @description One line of the NDJSON detail the facility uploads (3202; NHSA uploads a tab-separated
         *     zipped file through 9101): one settlement, or one refund row with negated amounts for a
         *     cancellation or reversal (`refund: true`). Rows are unique by (`settlementId`, `refund`).
         */
        ReconciliationDetailRow: {
            /** @description The settlement, or for a refund row the original settlement. */
            settlementId: components["schemas"]["SettlementId"];
            encounterId: components["schemas"]["EncounterId"];
            personNo: components["schemas"]["PersonNo"];
            medicalFeeTotalFen: components["schemas"]["SignedFen"];
            fundPaySumFen: components["schemas"]["SignedFen"];
            accountPayFen: components["schemas"]["SignedFen"];
            /** @description A refund row (退费结算标志); its amounts are ≤ 0. */
            refund: boolean;
        };
        /**
         * Detail comparison summary (对明细账汇总)
         * @description Sent as the last line of the result stream and kept on the run. `localRows` and
         *     `remoteRows` count the rows each side has; the three counts are the differences.
         */
        ReconciliationDetailSummary: {
            /** @constant */
            kind: "summary";
            localRows: number;
            remoteRows: number;
            matchedRows: number;
            localOnly: number;
            remoteOnly: number;
            amountMismatch: number;
        };
        /**
         * Reconciliation difference (对账差异)
         * @description One difference found by the detail comparison: `localOnly` (the facility has a row the
         *     platform does not: e.g. a settlement reversed by the platform, or never received),
         *     `remoteOnly` (the platform has a row the facility does not: typically a settlement whose
         *     response was lost and was neither reversed nor recorded locally), `amountMismatch` (both
         *     have the row, amounts differ). `local` and `remote` hold the rows as each side has them.
         */
        ReconciliationDifference: {
            /** @enum {string} */
            kind: "localOnly" | "remoteOnly" | "amountMismatch";
            settlementId: components["schemas"]["SettlementId"];
            refund: boolean;
            local?: components["schemas"]["ReconciliationDetailRow"];
            remote?: components["schemas"]["ReconciliationDetailRow"];
            /** @description For `remoteOnly`, the message id that created the row (to match against the client's ledger). */
            messageId?: components["schemas"]["MessageId"];
        };
        /**
         * Reconciliation run id (对账批次编号)
         * @description Assigned by the exchange, `rcn_` + a 26-character ULID. NHSA 3201 has no run id.
         * @example rcn_01JD9K2M4P6R8T0V2X4Z6B8D0F
         */
        ReconciliationId: string;
        /**
         * Detail comparison result line (对明细账结果行)
         * @description One line of the NDJSON result stream: a `ReconciliationDifference` per difference, in
         *     `settlementId` order, then exactly one `ReconciliationDetailSummary` (`kind: summary`) as
         *     the last line. A stream without the summary line is truncated and must be discarded.
         */
        ReconciliationResultLine: components["schemas"]["ReconciliationDifference"] | components["schemas"]["ReconciliationDetailSummary"];
        /**
         * Reconciliation state (对账状态)
         * @description State of machine `reconciliation`: `totalsCompared` (对总账完成; see `totalsResult`),
         *     `detailCompared` (对明细账完成), `resolved` (已处理, terminal).
         * @enum {string}
         */
        ReconciliationStatus: "totalsCompared" | "detailCompared" | "resolved";
        /**
         * Reconciliation totals (对账总额)
         * @description Totals over the settlements of the statement period for one (insurance type, clearing
         *     type, settlement agency). With `includesRefunds`, a cancellation or reversal counts as a
         *     row with negated amounts, so totals are signed.
         */
        ReconciliationTotals: {
            medicalFeeTotalFen: components["schemas"]["SignedFen"];
            fundPaySumFen: components["schemas"]["SignedFen"];
            accountPayFen: components["schemas"]["SignedFen"];
            /** @description Number of settlement rows (定点医药机构结算笔数), refund rows included when counted. */
            settlementCount: number;
        };
        /**
         * Administrative region code (行政区划代码)
         * @description 6-digit GB/T 2260 administrative division code, as used for medical-insurance and
         *     social-security regions (医保区划 / 统筹区).
         *
         *     Accepted forms:
         *     - province `PP0000` (e.g. `410000` 河南省), prefecture `PPCC00` (e.g. `410100` 郑州市),
         *       county or district `PPCCDD`; prefecture-level units coded at county level
         *       (e.g. `419001` 济源市) are ordinary values;
         *     - medical-insurance pool pseudo-codes: `PPCC99` = a city's 市本级 pool
         *       (e.g. `410199`) and `PP9900` = a province's 省本级 pool (e.g. `419900`);
         *     - historic codes that are no longer current (never refuse a code for being retired).
         *
         *     The pattern restricts the first two digits to the GB/T 2260 province codes
         *     (11-15, 21-23, 31-37, 41-46, 50-54, 61-65, 71, 81, 82).
         * @example 410100
         * @example 419001
         * @example 410199
         */
        RegionCode: string;
        /**
         * Filing registration (备案登记请求)
         * @description A filing submitted by the facility on the patient's behalf, typically for an inpatient
         *     admitted without filing (filing before discharge, 出院结算前补办备案). `encounterId`
         *     links it to that admission; `validFrom` may then be the admission date.
         */
        RegisterFilingRequest: {
            envelope: components["schemas"]["PersonMessageEnvelope"];
            personNo: components["schemas"]["PersonNo"];
            insuranceType: components["schemas"]["InsuranceType"];
            category: components["schemas"]["FilingCategory"];
            /** @description The admission this filing is completed for (filing before discharge). */
            encounterId?: components["schemas"]["EncounterId"];
            /** @description Diagnosis (诊断代码, ICD-10 医保版), required for `referral`. */
            diagnosisCode?: string;
            /** @description Diagnosis name (诊断名称), required for `referral`. */
            diagnosisName?: string;
            /** @description Referral reason (转院原因), for `referral`. Must not contain names or ID numbers. */
            referralReason?: string;
            /**
             * Format: date
             * @description First day covered (开始日期).
             */
            validFrom: string;
            /**
             * Format: date
             * @description Last day covered (结束日期); absent for open-ended long-term filings.
             */
            validTo?: string;
        };
        /**
         * Outpatient registration (门诊挂号请求)
         * @description NHSA 2201 input. Requires an effective filing covering today, unless `emergency` is
         *     `true` (then a `deemedFiled` filing is recorded).
         */
        RegisterOutpatientEncounterRequest: {
            envelope: components["schemas"]["PersonMessageEnvelope"];
            personNo: components["schemas"]["PersonNo"];
            insuranceType: components["schemas"]["InsuranceType"];
            medicalType: components["schemas"]["MedicalType"];
            credential: components["schemas"]["Credential"];
            /**
             * Format: date-time
             * @description Registration time (开始时间).
             */
            startedAt: string;
            /** @description The hospital's outpatient number (门诊号). */
            visitNo: string;
            departmentCode: string;
            departmentName: string;
            /** @description Specialty code (科别). */
            specialty?: string;
            /** @description Attending doctor's national code (医师编码). */
            attendingDoctorCode?: string;
            attendingDoctorName?: components["schemas"]["PersonName"];
            /**
             * @description Emergency treatment (急诊抢救): treated as filed (`deemedFiled`). Use with medical
             *     type `13`. Mirrors the province extension `exp_content.er_flag`.
             */
            emergency?: boolean;
        };
        /** Request id (请求标识) */
        RequestId: string;
        /**
         * Reconciliation resolution (对账差异处理完成)
         * @description Closes a run whose differences have been handled (settlements cancelled or reversed,
         *     local records corrected). The fixes themselves appear in the next run.
         */
        ResolveReconciliationRequest: {
            envelope: components["schemas"]["MessageEnvelope"];
            /**
             * @description How the differences were handled: `fixedAndRerun` (corrected, a new run follows),
             *     `acceptedRemote` (local records aligned to the platform), `escalated` (handed to the
             *     treatment-place agency).
             * @enum {string}
             */
            resolution: "fixedAndRerun" | "acceptedRemote" | "escalated";
        };
        /**
         * Reversal record (冲正记录)
         * @description The definite outcome of a reversal: the original took effect and has now been voided
         *     (a reversed settlement is `reversed` and its lines are unlocked; a reversed cancellation
         *     restores the settlement to `settled` and voids the refund record). An original the
         *     exchange never received answers 422 `UNKNOWN_ORIGINAL_MESSAGE` instead (also a definite
         *     outcome: it never took effect, and its message id is fenced). A settlement reversed after
         *     its day was reconciled appears in the next reconciliation as a refund row.
         */
        Reversal: {
            reversalId: components["schemas"]["ReversalId"];
            originalMessageId: components["schemas"]["MessageId"];
            originalOperation: components["schemas"]["ReversibleOperation"];
            /**
             * @description The NHSA code of the original (`2207`, `2208`, `2304`, `2305`).
             * @enum {string}
             */
            originalTransactionCode: "2207" | "2208" | "2304" | "2305";
            /** @description The settlement the original created or cancelled. */
            settlementId?: components["schemas"]["SettlementId"];
            encounterId?: components["schemas"]["EncounterId"];
            /** Format: date-time */
            reversedAt: string;
            /** @description The reversal's own message id. */
            messageId: components["schemas"]["MessageId"];
            receiverMessageId: components["schemas"]["ReceiverMessageId"];
        };
        /**
         * Reversal id (冲正记录编号)
         * @description Assigned by the exchange, `rev_` + a 26-character ULID.
         * @example rev_01JD9H7Q3S5V7X9Z1B3D5F7H9K
         */
        ReversalId: string;
        /**
         * Reversible operation (可冲正交易)
         * @description Operations a reversal may name, with the NHSA code sent as `oinfno`: `settle`
         *     (`2207` outpatient, `2304` inpatient), `settleInterim` (`2304`), `cancelSettlement`
         *     (`2208` / `2305`). Which transactions the NHSA platform lets 2601 reverse is not
         *     confirmed (DOMAIN.md §11.1); a deployment may narrow this list (422
         *     `REVERSAL_NOT_ALLOWED`).
         * @enum {string}
         */
        ReversibleOperation: "settle" | "settleInterim" | "cancelSettlement";
        /**
         * Settlement (结算请求)
         * @description NHSA 2207 / 2304 input. Settles every unsettled fee line of the encounter (NHSA 2207 names
         *     one `chrg_bchno`; upload one batch per outpatient encounter to mirror it exactly). The
         *     totals are those of the pre-settlement the patient agreed to; the exchange recomputes
         *     them and refuses a difference (422 `SETTLEMENT_TOTALS_MISMATCH`, nothing settled).
         */
        SettleRequest: {
            envelope: components["schemas"]["PersonMessageEnvelope"];
            insuranceType: components["schemas"]["InsuranceType"];
            medicalType: components["schemas"]["MedicalType"];
            credential: components["schemas"]["Credential"];
            useAccount: boolean;
            /** @description Invoice number (发票号). */
            invoiceNo?: string;
            medicalFeeTotalFen: components["schemas"]["Fen"];
            fullOwnPayFen: components["schemas"]["Fen"];
            overLimitSelfPayFen: components["schemas"]["Fen"];
            preSelfPayFen: components["schemas"]["Fen"];
            inPolicyFen: components["schemas"]["Fen"];
        };
        /**
         * Settlement (结算)
         * @description A settlement record (2207 / 2304 output, same shape as 5203). `messageId` is the request's
         *     message id (NHSA `medins_setl_id` holds the sender `msgid`), linking the record to the
         *     request and to any reversal. Amount identities: see `SettlementAmounts`.
         */
        Settlement: {
            settlementId: components["schemas"]["SettlementId"];
            encounterId: components["schemas"]["EncounterId"];
            encounterType: components["schemas"]["EncounterType"];
            personNo: components["schemas"]["PersonNo"];
            personName: components["schemas"]["PersonName"];
            citizenId?: components["schemas"]["CitizenId"];
            insuranceType: components["schemas"]["InsuranceType"];
            personType?: string;
            medicalType: components["schemas"]["MedicalType"];
            /** @enum {string} */
            credentialType: "ecToken" | "citizenId" | "socialSecurityCard";
            /** @description Interim settlement of a long stay (中途结算). */
            interim: boolean;
            /** Format: date-time */
            settledAt: string;
            amounts: components["schemas"]["SettlementAmounts"];
            fundPayments?: components["schemas"]["FundPayment"][];
            /** @description Personal account balance after the settlement (余额). */
            accountBalanceAfterFen?: components["schemas"]["Fen"];
            invoiceNo?: string;
            clearingType: components["schemas"]["ClearingType"];
            /** @description Clearing way (清算方式). */
            clearingWay?: string;
            clearingAgency?: components["schemas"]["AgencyCode"];
            settlementAgency: components["schemas"]["AgencyCode"];
            insuredRegion: components["schemas"]["RegionCode"];
            treatmentRegion: components["schemas"]["RegionCode"];
            facilityCode: components["schemas"]["FacilityCode"];
            /** @description Charge batches of the settled lines. */
            chargeBatchNos: components["schemas"]["ChargeBatchNo"][];
            /** @description Number of fee lines settled (and locked). */
            lineCount: number;
            status: components["schemas"]["SettlementStatus"];
            messageId: components["schemas"]["MessageId"];
            receiverMessageId: components["schemas"]["ReceiverMessageId"];
            cancellation?: components["schemas"]["SettlementCancellation"];
            /** @description The reversal that voided the settlement, when `reversed`. */
            reversalId?: components["schemas"]["ReversalId"];
            /** @description The reconciliation run that confirmed it, once `reconciled`. */
            reconciliationId?: components["schemas"]["ReconciliationId"];
        };
        /**
         * Settlement amounts (结算金额)
         * @description The split of one settlement (NHSA `setlinfo`), all in fen. Computed by the insured-place
         *     agency under its policy (参保地政策) over the fee lines classified under the
         *     treatment-place catalogue (就医地目录). These identities hold exactly, in integer fen, on
         *     every pre-settlement and settlement (enforced by the exchange and the mock, checked by
         *     the SDK in strict mode):
         *
         *     1. `fundPaySumFen` = `poolFundPayFen` + `civilServantPayFen` + `enterpriseSupplementPayFen` +
         *        `residentCriticalIllnessPayFen` + `employeeLargeAmountPayFen` + `medicalAssistancePayFen` +
         *        `otherPayFen` (fund items sum to the fund total);
         *     2. `personalPartFen` = `accountPayFen` + `accountMutualAidPayFen` + `cashPayFen` (account + cash =
         *        personal share; `accountMutualAidPayFen` is 0 unless family mutual aid is used);
         *     3. `medicalFeeTotalFen` = `fundPaySumFen` + `personalPartFen` + `hospitalPartFen`.
         *
         *     A fourth identity is believed to hold but is not confirmed against a real sample, so it
         *     is reported, not enforced: `medicalFeeTotalFen` = `fullOwnPayFen` + `overLimitSelfPayFen` +
         *     `preSelfPayFen` + `inPolicyFen`. Identities 1-3 are themselves marked unverified in
         *     DOMAIN.md §11.2 for the real NHSA wire; on this exchange they are normative.
         */
        SettlementAmounts: {
            /** @description Total medical fees (医疗费总额). */
            medicalFeeTotalFen: components["schemas"]["Fen"];
            /** @description Fully self-paid (全自费金额), e.g. items outside the treatment-place catalogue. */
            fullOwnPayFen: components["schemas"]["Fen"];
            /** @description Self-paid above price limits (超限价自费费用). */
            overLimitSelfPayFen: components["schemas"]["Fen"];
            /** @description Co-pay before the ratio applies (先行自付金额). */
            preSelfPayFen: components["schemas"]["Fen"];
            /** @description Amount within the policy scope (符合政策范围金额). */
            inPolicyFen: components["schemas"]["Fen"];
            /** @description Deductible actually applied (实际支付起付线). */
            deductibleFen: components["schemas"]["Fen"];
            /** @description Basic medical insurance pooled fund (基本医疗保险统筹基金支出). */
            poolFundPayFen: components["schemas"]["Fen"];
            /** @description Pooled-fund payment ratio (统筹基金支付比例). */
            poolFundRatioBp?: components["schemas"]["Ratio"];
            /** @description Civil-servant medical subsidy (公务员医疗补助资金支出). */
            civilServantPayFen: components["schemas"]["Fen"];
            /** @description Enterprise supplementary insurance (企业补充医疗保险基金支出). */
            enterpriseSupplementPayFen: components["schemas"]["Fen"];
            /** @description Resident critical-illness insurance (居民大病保险资金支出). */
            residentCriticalIllnessPayFen: components["schemas"]["Fen"];
            /** @description Employee large-amount medical subsidy (职工大额医疗费用补助基金支出). */
            employeeLargeAmountPayFen: components["schemas"]["Fen"];
            /** @description Medical assistance (医疗救助基金支出). */
            medicalAssistancePayFen: components["schemas"]["Fen"];
            /** @description Other funds (其他支出). */
            otherPayFen: components["schemas"]["Fen"];
            /** @description Total paid by funds (基金支付总额) = the sum of the seven fund items. */
            fundPaySumFen: components["schemas"]["Fen"];
            /** @description Personal burden (个人负担总金额) = account + mutual-aid account + cash. */
            personalPartFen: components["schemas"]["Fen"];
            /** @description Paid from the personal account (个人账户支出). */
            accountPayFen: components["schemas"]["Fen"];
            /**
             * @description Paid from a family member's account (个人账户共济支付金额). Counted inside the
             *     personal part here; whether NHSA counts it inside `acct_pay` instead is unconfirmed.
             */
            accountMutualAidPayFen: components["schemas"]["Fen"];
            /** @description Cash the facility collects from the patient (个人现金支出). */
            cashPayFen: components["schemas"]["Fen"];
            /** @description Borne by the hospital (医院负担金额), usually 0. */
            hospitalPartFen: components["schemas"]["Fen"];
        };
        /**
         * Settlement cancellation (结算撤销信息)
         * @description The refund record created by 2208 / 2305. It has its own settlement id and appears in
         *     reconciliation as a row with negated amounts.
         */
        SettlementCancellation: {
            cancellationSettlementId: components["schemas"]["SettlementId"];
            /** Format: date-time */
            cancelledAt: string;
            messageId: components["schemas"]["MessageId"];
            receiverMessageId?: components["schemas"]["ReceiverMessageId"];
        };
        /**
         * Settlement id (结算ID)
         * @description Settlement id, NHSA `setl_id`: up to 30 characters, opaque, assigned by the platform
         *     when a settlement succeeds. A cancellation gets its own id (the refund record).
         * @example 41019926110500000456
         */
        SettlementId: string;
        /**
         * Settlement state (结算状态)
         * @description Server-side states of machine `settlement` (see `x-state-machines`; the client-side
         *     states `preSettled`, `pending`, `unknown`, `failed` live in the SDK's message ledger):
         *     `settled` (已结算), `reconciled` (已对账), `cleared` (已清算), `cancelled` (已撤销, a
         *     refund record exists), `reversed` (已冲正, as if it never happened).
         * @enum {string}
         */
        SettlementStatus: "settled" | "reconciled" | "cleared" | "cancelled" | "reversed";
        /**
         * Signed amount in fen (带符号金额，单位：分)
         * @description Amount of money in fen that may be negative: refunds (退费), reversals (冲正) and
         *     differences between two totals (差额). Integer from -9007199254740991 to
         *     9007199254740991. A negative value means money flowing back to the payer.
         * @example -2500
         */
        SignedFen: number;
        /** Social security card (社会保障卡) */
        SocialSecurityCardCredential: {
            /**
             * @description `03` on the NHSA wire.
             * @constant
             */
            type: "socialSecurityCard";
            /** @description Card number (社会保障卡卡号). */
            cardNo: string;
            /** @description Card serial number (卡识别码), when read from the chip. */
            cardSerialNo?: string;
        };
        /**
         * Unit price in micro-yuan (单价，百万分之一元)
         * @description A unit price as an integer number of millionths of a yuan: the NHSA wire carries `pric`
         *     in 元 with 6 fraction digits (`16,6`), so `12.345678` 元 is `12345678`. Exact for the
         *     same reason as `Quantity`. The line total in fen is `quantityTenThousandths × unitPriceMicroYuan / 10^8`
         *     rounded half up; the product can exceed 2^53, so compute it with BigInt.
         * @example 12345678
         */
        UnitPrice: number;
        /**
         * Encounter details upload (就诊信息上传请求)
         * @description NHSA 2203 input (`mdtrtinfo` + `diseinfo`). Replaces the encounter's diagnoses with the
         *     list sent.
         */
        UploadDiagnosesRequest: {
            envelope: components["schemas"]["PersonMessageEnvelope"];
            medicalType?: components["schemas"]["MedicalType"];
            /** @description Disease code (病种编码), e.g. for 门诊慢特病. */
            diseaseCode?: string;
            diagnoses: components["schemas"]["Diagnosis"][];
        };
        /**
         * Fee lines upload (费用明细上传请求)
         * @description NHSA 2204 / 2301 input. Up to 200 lines per call, applied atomically: either every line is
         *     stored or none. Line numbers must be unique within the request.
         */
        UploadFeeLinesRequest: {
            envelope: components["schemas"]["PersonMessageEnvelope"];
            lines: components["schemas"]["FeeLineInput"][];
        };
    };
    responses: never;
    parameters: {
        /**
         * @description Encounter id (`mdtrt_id`).
         * @example 41019926110200000123
         */
        EncounterIdParam: components["schemas"]["EncounterId"];
        /**
         * @description Reversal id, as `createReversal` answered it.
         * @example rev_01JD9H7Q3S5V7X9Z1B3D5F7H9K
         */
        ReversalIdParam: components["schemas"]["ReversalId"];
        /**
         * @description Settlement id (`setl_id`).
         * @example 41019926110500000456
         */
        SettlementIdParam: components["schemas"]["SettlementId"];
        /**
         * @description Filing id.
         * @example 371799202611020000000042
         */
        FilingIdParam: components["schemas"]["FilingId"];
        /**
         * @description Reconciliation run id.
         * @example rcn_01JD9K2M4P6R8T0V2X4Z6B8D0F
         */
        ReconciliationIdParam: components["schemas"]["ReconciliationId"];
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    lookupPerson: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Calling client identity (调用方标识), X-Road style, in the canonical form
                 *
                 *         <instance>/<memberClass>/<uscc>/<region>/<subsystem>
                 *
                 *     - `instance`: `ZY` (production) or `ZY-TEST` (test and conformance environments);
                 *     - `memberClass`: `GOV` 党政机关 (government agency), `PUB` 事业单位 (public institution,
                 *       e.g. a hospital), `COM` 企业 (enterprise, e.g. a bank), `NGO` 社会组织;
                 *     - `uscc`: the member agency's unified social credit code (check digit verified);
                 *     - `region`: the agency's 6-digit region code (see `RegionCode`);
                 *     - `subsystem`: the calling system, lower-case `a-z0-9-`, 1-32 characters, starting
                 *       with a letter.
                 *
                 *     Example: `ZY/GOV/11410100MB00000005/410100/medical-settlement-hub`.
                 *     Must equal the `sub` (and `iss`) claim of the request token; a mismatch is 401.
                 * @example ZY/COM/91410100MA3X000109/410100/ledger-client
                 */
                "X-Client-Id": components["schemas"]["ClientId"];
                /**
                 * @description RFC 9530 digest of the exact request body bytes sent (`sha-256` or `sha-512`,
                 *     base64 between colons). Required on every request with a body; the server recomputes
                 *     it from the raw received bytes before parsing JSON, and the request token binds it.
                 * @example sha-256=:X48E9qOokqqrvdts8nOJRJN3OWDUoyWxBf7kbu9DBPE=:
                 */
                "Content-Digest": string;
                /**
                 * @description Client-chosen request id (请求标识), echoed in the `X-Request-Id` response header and in
                 *     `requestId` of any problem body. When absent the server assigns one.
                 * @example req-20261102-091530-0001
                 */
                "X-Request-Id"?: components["schemas"]["RequestId"];
                /**
                 * @description W3C Trace Context `traceparent` (version `00`): `00-<trace-id>-<parent-id>-<flags>`.
                 *     Propagated into logs and audit records; an all-zero trace-id or parent-id is invalid
                 *     and is ignored (a new trace is started), never refused.
                 * @example 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01
                 */
                traceparent?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PersonLookupRequest"];
            };
        };
        responses: {
            /** @description The person and their enrolments (人员及参保信息). */
            200: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonLookupResult"];
                };
            };
            /** @description Request validation failed (请求校验失败). */
            400: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request token missing or invalid (请求令牌缺失或无效). */
            401: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Operation not permitted for this client (调用方无权执行此操作). */
            403: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (不存在): `NOT_FOUND`. */
            404: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict (冲突): `MESSAGE_ID_REUSED`. */
            409: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request body too large (请求体过大). */
            413: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type (不支持的媒体类型). */
            415: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Business rule not met (业务校验未通过): `CREDENTIAL_REJECTED`, `FACILITY_NOT_NETWORKED`. */
            422: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests (请求过于频繁). */
            429: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    /**
                     * @description Seconds to wait before retrying (RFC 9110 §10.2.3). This API always sends
                     *     delay-seconds, never an HTTP-date. Clients cap the wait and abort it on cancellation.
                     * @example 2
                     */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (服务内部错误). */
            500: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service temporarily unavailable (服务暂时不可用). */
            503: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    /**
                     * @description Seconds to wait before retrying (RFC 9110 §10.2.3). This API always sends
                     *     delay-seconds, never an HTTP-date. Clients cap the wait and abort it on cancellation.
                     * @example 2
                     */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    checkFiling: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Calling client identity (调用方标识), X-Road style, in the canonical form
                 *
                 *         <instance>/<memberClass>/<uscc>/<region>/<subsystem>
                 *
                 *     - `instance`: `ZY` (production) or `ZY-TEST` (test and conformance environments);
                 *     - `memberClass`: `GOV` 党政机关 (government agency), `PUB` 事业单位 (public institution,
                 *       e.g. a hospital), `COM` 企业 (enterprise, e.g. a bank), `NGO` 社会组织;
                 *     - `uscc`: the member agency's unified social credit code (check digit verified);
                 *     - `region`: the agency's 6-digit region code (see `RegionCode`);
                 *     - `subsystem`: the calling system, lower-case `a-z0-9-`, 1-32 characters, starting
                 *       with a letter.
                 *
                 *     Example: `ZY/GOV/11410100MB00000005/410100/medical-settlement-hub`.
                 *     Must equal the `sub` (and `iss`) claim of the request token; a mismatch is 401.
                 * @example ZY/COM/91410100MA3X000109/410100/ledger-client
                 */
                "X-Client-Id": components["schemas"]["ClientId"];
                /**
                 * @description RFC 9530 digest of the exact request body bytes sent (`sha-256` or `sha-512`,
                 *     base64 between colons). Required on every request with a body; the server recomputes
                 *     it from the raw received bytes before parsing JSON, and the request token binds it.
                 * @example sha-256=:X48E9qOokqqrvdts8nOJRJN3OWDUoyWxBf7kbu9DBPE=:
                 */
                "Content-Digest": string;
                /**
                 * @description Client-chosen request id (请求标识), echoed in the `X-Request-Id` response header and in
                 *     `requestId` of any problem body. When absent the server assigns one.
                 * @example req-20261102-091530-0001
                 */
                "X-Request-Id"?: components["schemas"]["RequestId"];
                /**
                 * @description W3C Trace Context `traceparent` (version `00`): `00-<trace-id>-<parent-id>-<flags>`.
                 *     Propagated into logs and audit records; an all-zero trace-id or parent-id is invalid
                 *     and is ignored (a new trace is started), never refused.
                 * @example 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01
                 */
                traceparent?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FilingCheckRequest"];
            };
        };
        responses: {
            /** @description Whether a filing covers the treatment (备案查询结果). */
            200: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FilingCheckResult"];
                };
            };
            /** @description Request validation failed (请求校验失败). */
            400: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request token missing or invalid (请求令牌缺失或无效). */
            401: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Operation not permitted for this client (调用方无权执行此操作). */
            403: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict (冲突): `MESSAGE_ID_REUSED`. */
            409: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request body too large (请求体过大). */
            413: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type (不支持的媒体类型). */
            415: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Business rule not met (业务校验未通过): `REGION_NOT_CROSS_PROVINCE`, `INSURED_REGION_MISMATCH`, `NOT_ELIGIBLE`. */
            422: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests (请求过于频繁). */
            429: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    /**
                     * @description Seconds to wait before retrying (RFC 9110 §10.2.3). This API always sends
                     *     delay-seconds, never an HTTP-date. Clients cap the wait and abort it on cancellation.
                     * @example 2
                     */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (服务内部错误). */
            500: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service temporarily unavailable (服务暂时不可用). */
            503: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    /**
                     * @description Seconds to wait before retrying (RFC 9110 §10.2.3). This API always sends
                     *     delay-seconds, never an HTTP-date. Clients cap the wait and abort it on cancellation.
                     * @example 2
                     */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    registerFiling: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Calling client identity (调用方标识), X-Road style, in the canonical form
                 *
                 *         <instance>/<memberClass>/<uscc>/<region>/<subsystem>
                 *
                 *     - `instance`: `ZY` (production) or `ZY-TEST` (test and conformance environments);
                 *     - `memberClass`: `GOV` 党政机关 (government agency), `PUB` 事业单位 (public institution,
                 *       e.g. a hospital), `COM` 企业 (enterprise, e.g. a bank), `NGO` 社会组织;
                 *     - `uscc`: the member agency's unified social credit code (check digit verified);
                 *     - `region`: the agency's 6-digit region code (see `RegionCode`);
                 *     - `subsystem`: the calling system, lower-case `a-z0-9-`, 1-32 characters, starting
                 *       with a letter.
                 *
                 *     Example: `ZY/GOV/11410100MB00000005/410100/medical-settlement-hub`.
                 *     Must equal the `sub` (and `iss`) claim of the request token; a mismatch is 401.
                 * @example ZY/COM/91410100MA3X000109/410100/ledger-client
                 */
                "X-Client-Id": components["schemas"]["ClientId"];
                /**
                 * @description 幂等键. Required on every operation marked `x-idempotency: required` (operations that
                 *     move money or create records). Chosen by the client, unique per intended effect, and
                 *     kept unchanged across retries of the same request (each retry mints a new token).
                 *     Keys are scoped to the calling client (`X-Client-Id`) and kept for at least 24 hours.
                 *
                 *     - same key, same body: the stored response is replayed with `Idempotent-Replayed: true`;
                 *     - same key, different body: 422 `idempotency-key-reused`;
                 *     - same key while the first request is still running: 409 `request-in-progress` with
                 *       `Retry-After`.
                 *
                 *     A UUID (version 4 or 7) is recommended.
                 * @example 0b6f1c5e-7a3d-4f7e-9c2a-5d8e1f4a6b3c
                 */
                "Idempotency-Key": components["schemas"]["IdempotencyKey"];
                /**
                 * @description RFC 9530 digest of the exact request body bytes sent (`sha-256` or `sha-512`,
                 *     base64 between colons). Required on every request with a body; the server recomputes
                 *     it from the raw received bytes before parsing JSON, and the request token binds it.
                 * @example sha-256=:X48E9qOokqqrvdts8nOJRJN3OWDUoyWxBf7kbu9DBPE=:
                 */
                "Content-Digest": string;
                /**
                 * @description Client-chosen request id (请求标识), echoed in the `X-Request-Id` response header and in
                 *     `requestId` of any problem body. When absent the server assigns one.
                 * @example req-20261102-091530-0001
                 */
                "X-Request-Id"?: components["schemas"]["RequestId"];
                /**
                 * @description W3C Trace Context `traceparent` (version `00`): `00-<trace-id>-<parent-id>-<flags>`.
                 *     Propagated into logs and audit records; an all-zero trace-id or parent-id is invalid
                 *     and is ignored (a new trace is started), never refused.
                 * @example 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01
                 */
                traceparent?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterFilingRequest"];
            };
        };
        responses: {
            /** @description Filing registered and effective (备案已生效). */
            201: {
                headers: {
                    /**
                     * @description Absolute path of the new resource, base path included (it answers a GET by the same caller).
                     * @example /medical-settlement/v1/filings/371799202611020000000042
                     */
                    Location: string;
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    /**
                     * @description `true` when this response is a replay of the stored response to an earlier request
                     *     with the same `Idempotency-Key` and body (幂等重放); absent on a first execution.
                     * @example true
                     */
                    "Idempotent-Replayed"?: boolean;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Filing"];
                };
            };
            /** @description Request validation failed (请求校验失败). */
            400: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request token missing or invalid (请求令牌缺失或无效). */
            401: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Operation not permitted for this client (调用方无权执行此操作). */
            403: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict (冲突): `FILING_ALREADY_EXISTS`, `MESSAGE_ID_REUSED`, `REQUEST_IN_PROGRESS`. */
            409: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    /**
                     * @description Seconds to wait before retrying, sent with 409 `request-in-progress` only.
                     *     Same format as on 429 and 503.
                     * @example 1
                     */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request body too large (请求体过大). */
            413: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type (不支持的媒体类型). */
            415: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Business rule not met (业务校验未通过): `FILING_REJECTED`, `NOT_ELIGIBLE`, `REGION_NOT_CROSS_PROVINCE`, `INSURED_REGION_MISMATCH`, `IDEMPOTENCY_KEY_REUSED`. */
            422: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests (请求过于频繁). */
            429: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    /**
                     * @description Seconds to wait before retrying (RFC 9110 §10.2.3). This API always sends
                     *     delay-seconds, never an HTTP-date. Clients cap the wait and abort it on cancellation.
                     * @example 2
                     */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (服务内部错误). */
            500: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service temporarily unavailable (服务暂时不可用). */
            503: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    /**
                     * @description Seconds to wait before retrying (RFC 9110 §10.2.3). This API always sends
                     *     delay-seconds, never an HTTP-date. Clients cap the wait and abort it on cancellation.
                     * @example 2
                     */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getFiling: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Calling client identity (调用方标识), X-Road style, in the canonical form
                 *
                 *         <instance>/<memberClass>/<uscc>/<region>/<subsystem>
                 *
                 *     - `instance`: `ZY` (production) or `ZY-TEST` (test and conformance environments);
                 *     - `memberClass`: `GOV` 党政机关 (government agency), `PUB` 事业单位 (public institution,
                 *       e.g. a hospital), `COM` 企业 (enterprise, e.g. a bank), `NGO` 社会组织;
                 *     - `uscc`: the member agency's unified social credit code (check digit verified);
                 *     - `region`: the agency's 6-digit region code (see `RegionCode`);
                 *     - `subsystem`: the calling system, lower-case `a-z0-9-`, 1-32 characters, starting
                 *       with a letter.
                 *
                 *     Example: `ZY/GOV/11410100MB00000005/410100/medical-settlement-hub`.
                 *     Must equal the `sub` (and `iss`) claim of the request token; a mismatch is 401.
                 * @example ZY/COM/91410100MA3X000109/410100/ledger-client
                 */
                "X-Client-Id": components["schemas"]["ClientId"];
                /**
                 * @description Client-chosen request id (请求标识), echoed in the `X-Request-Id` response header and in
                 *     `requestId` of any problem body. When absent the server assigns one.
                 * @example req-20261102-091530-0001
                 */
                "X-Request-Id"?: components["schemas"]["RequestId"];
                /**
                 * @description W3C Trace Context `traceparent` (version `00`): `00-<trace-id>-<parent-id>-<flags>`.
                 *     Propagated into logs and audit records; an all-zero trace-id or parent-id is invalid
                 *     and is ignored (a new trace is started), never refused.
                 * @example 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01
                 */
                traceparent?: string;
            };
            path: {
                /**
                 * @description Filing id.
                 * @example 371799202611020000000042
                 */
                filingId: components["parameters"]["FilingIdParam"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The filing (备案). */
            200: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Filing"];
                };
            };
            /** @description Request validation failed (请求校验失败). */
            400: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request token missing or invalid (请求令牌缺失或无效). */
            401: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Operation not permitted for this client (调用方无权执行此操作). */
            403: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Resource not found (资源不存在). */
            404: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests (请求过于频繁). */
            429: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    /**
                     * @description Seconds to wait before retrying (RFC 9110 §10.2.3). This API always sends
                     *     delay-seconds, never an HTTP-date. Clients cap the wait and abort it on cancellation.
                     * @example 2
                     */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (服务内部错误). */
            500: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service temporarily unavailable (服务暂时不可用). */
            503: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    /**
                     * @description Seconds to wait before retrying (RFC 9110 §10.2.3). This API always sends
                     *     delay-seconds, never an HTTP-date. Clients cap the wait and abort it on cancellation.
                     * @example 2
                     */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    revokeFiling: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Calling client identity (调用方标识), X-Road style, in the canonical form
                 *
                 *         <instance>/<memberClass>/<uscc>/<region>/<subsystem>
                 *
                 *     - `instance`: `ZY` (production) or `ZY-TEST` (test and conformance environments);
                 *     - `memberClass`: `GOV` 党政机关 (government agency), `PUB` 事业单位 (public institution,
                 *       e.g. a hospital), `COM` 企业 (enterprise, e.g. a bank), `NGO` 社会组织;
                 *     - `uscc`: the member agency's unified social credit code (check digit verified);
                 *     - `region`: the agency's 6-digit region code (see `RegionCode`);
                 *     - `subsystem`: the calling system, lower-case `a-z0-9-`, 1-32 characters, starting
                 *       with a letter.
                 *
                 *     Example: `ZY/GOV/11410100MB00000005/410100/medical-settlement-hub`.
                 *     Must equal the `sub` (and `iss`) claim of the request token; a mismatch is 401.
                 * @example ZY/COM/91410100MA3X000109/410100/ledger-client
                 */
                "X-Client-Id": components["schemas"]["ClientId"];
                /**
                 * @description 幂等键. Required on every operation marked `x-idempotency: required` (operations that
                 *     move money or create records). Chosen by the client, unique per intended effect, and
                 *     kept unchanged across retries of the same request (each retry mints a new token).
                 *     Keys are scoped to the calling client (`X-Client-Id`) and kept for at least 24 hours.
                 *
                 *     - same key, same body: the stored response is replayed with `Idempotent-Replayed: true`;
                 *     - same key, different body: 422 `idempotency-key-reused`;
                 *     - same key while the first request is still running: 409 `request-in-progress` with
                 *       `Retry-After`.
                 *
                 *     A UUID (version 4 or 7) is recommended.
                 * @example 0b6f1c5e-7a3d-4f7e-9c2a-5d8e1f4a6b3c
                 */
                "Idempotency-Key": components["schemas"]["IdempotencyKey"];
                /**
                 * @description RFC 9530 digest of the exact request body bytes sent (`sha-256` or `sha-512`,
                 *     base64 between colons). Required on every request with a body; the server recomputes
                 *     it from the raw received bytes before parsing JSON, and the request token binds it.
                 * @example sha-256=:X48E9qOokqqrvdts8nOJRJN3OWDUoyWxBf7kbu9DBPE=:
                 */
                "Content-Digest": string;
                /**
                 * @description Client-chosen request id (请求标识), echoed in the `X-Request-Id` response header and in
                 *     `requestId` of any problem body. When absent the server assigns one.
                 * @example req-20261102-091530-0001
                 */
                "X-Request-Id"?: components["schemas"]["RequestId"];
                /**
                 * @description W3C Trace Context `traceparent` (version `00`): `00-<trace-id>-<parent-id>-<flags>`.
                 *     Propagated into logs and audit records; an all-zero trace-id or parent-id is invalid
                 *     and is ignored (a new trace is started), never refused.
                 * @example 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01
                 */
                traceparent?: string;
            };
            path: {
                /**
                 * @description Filing id.
                 * @example 371799202611020000000042
                 */
                filingId: components["parameters"]["FilingIdParam"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CancellationRequest"];
            };
        };
        responses: {
            /** @description Filing revoked (备案已撤销). */
            200: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    /**
                     * @description `true` when this response is a replay of the stored response to an earlier request
                     *     with the same `Idempotency-Key` and body (幂等重放); absent on a first execution.
                     * @example true
                     */
                    "Idempotent-Replayed"?: boolean;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Filing"];
                };
            };
            /** @description Request validation failed (请求校验失败). */
            400: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request token missing or invalid (请求令牌缺失或无效). */
            401: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Operation not permitted for this client (调用方无权执行此操作). */
            403: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Resource not found (资源不存在). */
            404: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict (冲突): `ILLEGAL_TRANSITION`, `MESSAGE_ID_REUSED`, `REQUEST_IN_PROGRESS`. */
            409: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    /**
                     * @description Seconds to wait before retrying, sent with 409 `request-in-progress` only.
                     *     Same format as on 429 and 503.
                     * @example 1
                     */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request body too large (请求体过大). */
            413: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type (不支持的媒体类型). */
            415: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Idempotency key reused with a different request (幂等键已用于不同的请求). */
            422: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests (请求过于频繁). */
            429: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    /**
                     * @description Seconds to wait before retrying (RFC 9110 §10.2.3). This API always sends
                     *     delay-seconds, never an HTTP-date. Clients cap the wait and abort it on cancellation.
                     * @example 2
                     */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (服务内部错误). */
            500: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service temporarily unavailable (服务暂时不可用). */
            503: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    /**
                     * @description Seconds to wait before retrying (RFC 9110 §10.2.3). This API always sends
                     *     delay-seconds, never an HTTP-date. Clients cap the wait and abort it on cancellation.
                     * @example 2
                     */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    registerOutpatientEncounter: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Calling client identity (调用方标识), X-Road style, in the canonical form
                 *
                 *         <instance>/<memberClass>/<uscc>/<region>/<subsystem>
                 *
                 *     - `instance`: `ZY` (production) or `ZY-TEST` (test and conformance environments);
                 *     - `memberClass`: `GOV` 党政机关 (government agency), `PUB` 事业单位 (public institution,
                 *       e.g. a hospital), `COM` 企业 (enterprise, e.g. a bank), `NGO` 社会组织;
                 *     - `uscc`: the member agency's unified social credit code (check digit verified);
                 *     - `region`: the agency's 6-digit region code (see `RegionCode`);
                 *     - `subsystem`: the calling system, lower-case `a-z0-9-`, 1-32 characters, starting
                 *       with a letter.
                 *
                 *     Example: `ZY/GOV/11410100MB00000005/410100/medical-settlement-hub`.
                 *     Must equal the `sub` (and `iss`) claim of the request token; a mismatch is 401.
                 * @example ZY/COM/91410100MA3X000109/410100/ledger-client
                 */
                "X-Client-Id": components["schemas"]["ClientId"];
                /**
                 * @description 幂等键. Required on every operation marked `x-idempotency: required` (operations that
                 *     move money or create records). Chosen by the client, unique per intended effect, and
                 *     kept unchanged across retries of the same request (each retry mints a new token).
                 *     Keys are scoped to the calling client (`X-Client-Id`) and kept for at least 24 hours.
                 *
                 *     - same key, same body: the stored response is replayed with `Idempotent-Replayed: true`;
                 *     - same key, different body: 422 `idempotency-key-reused`;
                 *     - same key while the first request is still running: 409 `request-in-progress` with
                 *       `Retry-After`.
                 *
                 *     A UUID (version 4 or 7) is recommended.
                 * @example 0b6f1c5e-7a3d-4f7e-9c2a-5d8e1f4a6b3c
                 */
                "Idempotency-Key": components["schemas"]["IdempotencyKey"];
                /**
                 * @description RFC 9530 digest of the exact request body bytes sent (`sha-256` or `sha-512`,
                 *     base64 between colons). Required on every request with a body; the server recomputes
                 *     it from the raw received bytes before parsing JSON, and the request token binds it.
                 * @example sha-256=:X48E9qOokqqrvdts8nOJRJN3OWDUoyWxBf7kbu9DBPE=:
                 */
                "Content-Digest": string;
                /**
                 * @description Client-chosen request id (请求标识), echoed in the `X-Request-Id` response header and in
                 *     `requestId` of any problem body. When absent the server assigns one.
                 * @example req-20261102-091530-0001
                 */
                "X-Request-Id"?: components["schemas"]["RequestId"];
                /**
                 * @description W3C Trace Context `traceparent` (version `00`): `00-<trace-id>-<parent-id>-<flags>`.
                 *     Propagated into logs and audit records; an all-zero trace-id or parent-id is invalid
                 *     and is ignored (a new trace is started), never refused.
                 * @example 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01
                 */
                traceparent?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterOutpatientEncounterRequest"];
            };
        };
        responses: {
            /** @description Encounter registered (已挂号). */
            201: {
                headers: {
                    /**
                     * @description Absolute path of the new resource, base path included (it answers a GET by the same caller).
                     * @example /medical-settlement/v1/encounters/41019926110200000098
                     */
                    Location: string;
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    /**
                     * @description `true` when this response is a replay of the stored response to an earlier request
                     *     with the same `Idempotency-Key` and body (幂等重放); absent on a first execution.
                     * @example true
                     */
                    "Idempotent-Replayed"?: boolean;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Encounter"];
                };
            };
            /** @description Request validation failed (请求校验失败). */
            400: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request token missing or invalid (请求令牌缺失或无效). */
            401: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Operation not permitted for this client (调用方无权执行此操作). */
            403: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict (冲突): `MESSAGE_ALREADY_REVERSED`, `MESSAGE_ID_REUSED`, `REQUEST_IN_PROGRESS`. */
            409: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    /**
                     * @description Seconds to wait before retrying, sent with 409 `request-in-progress` only.
                     *     Same format as on 429 and 503.
                     * @example 1
                     */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request body too large (请求体过大). */
            413: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type (不支持的媒体类型). */
            415: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Business rule not met (业务校验未通过): `NOT_FILED`, `NOT_ELIGIBLE`, `REGION_NOT_CROSS_PROVINCE`, `INSURED_REGION_MISMATCH`, `FACILITY_NOT_NETWORKED`, `CREDENTIAL_REJECTED`, `IDEMPOTENCY_KEY_REUSED`. */
            422: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests (请求过于频繁). */
            429: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    /**
                     * @description Seconds to wait before retrying (RFC 9110 §10.2.3). This API always sends
                     *     delay-seconds, never an HTTP-date. Clients cap the wait and abort it on cancellation.
                     * @example 2
                     */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (服务内部错误). */
            500: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service temporarily unavailable (服务暂时不可用). */
            503: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    /**
                     * @description Seconds to wait before retrying (RFC 9110 §10.2.3). This API always sends
                     *     delay-seconds, never an HTTP-date. Clients cap the wait and abort it on cancellation.
                     * @example 2
                     */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    admitInpatient: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Calling client identity (调用方标识), X-Road style, in the canonical form
                 *
                 *         <instance>/<memberClass>/<uscc>/<region>/<subsystem>
                 *
                 *     - `instance`: `ZY` (production) or `ZY-TEST` (test and conformance environments);
                 *     - `memberClass`: `GOV` 党政机关 (government agency), `PUB` 事业单位 (public institution,
                 *       e.g. a hospital), `COM` 企业 (enterprise, e.g. a bank), `NGO` 社会组织;
                 *     - `uscc`: the member agency's unified social credit code (check digit verified);
                 *     - `region`: the agency's 6-digit region code (see `RegionCode`);
                 *     - `subsystem`: the calling system, lower-case `a-z0-9-`, 1-32 characters, starting
                 *       with a letter.
                 *
                 *     Example: `ZY/GOV/11410100MB00000005/410100/medical-settlement-hub`.
                 *     Must equal the `sub` (and `iss`) claim of the request token; a mismatch is 401.
                 * @example ZY/COM/91410100MA3X000109/410100/ledger-client
                 */
                "X-Client-Id": components["schemas"]["ClientId"];
                /**
                 * @description 幂等键. Required on every operation marked `x-idempotency: required` (operations that
                 *     move money or create records). Chosen by the client, unique per intended effect, and
                 *     kept unchanged across retries of the same request (each retry mints a new token).
                 *     Keys are scoped to the calling client (`X-Client-Id`) and kept for at least 24 hours.
                 *
                 *     - same key, same body: the stored response is replayed with `Idempotent-Replayed: true`;
                 *     - same key, different body: 422 `idempotency-key-reused`;
                 *     - same key while the first request is still running: 409 `request-in-progress` with
                 *       `Retry-After`.
                 *
                 *     A UUID (version 4 or 7) is recommended.
                 * @example 0b6f1c5e-7a3d-4f7e-9c2a-5d8e1f4a6b3c
                 */
                "Idempotency-Key": components["schemas"]["IdempotencyKey"];
                /**
                 * @description RFC 9530 digest of the exact request body bytes sent (`sha-256` or `sha-512`,
                 *     base64 between colons). Required on every request with a body; the server recomputes
                 *     it from the raw received bytes before parsing JSON, and the request token binds it.
                 * @example sha-256=:X48E9qOokqqrvdts8nOJRJN3OWDUoyWxBf7kbu9DBPE=:
                 */
                "Content-Digest": string;
                /**
                 * @description Client-chosen request id (请求标识), echoed in the `X-Request-Id` response header and in
                 *     `requestId` of any problem body. When absent the server assigns one.
                 * @example req-20261102-091530-0001
                 */
                "X-Request-Id"?: components["schemas"]["RequestId"];
                /**
                 * @description W3C Trace Context `traceparent` (version `00`): `00-<trace-id>-<parent-id>-<flags>`.
                 *     Propagated into logs and audit records; an all-zero trace-id or parent-id is invalid
                 *     and is ignored (a new trace is started), never refused.
                 * @example 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01
                 */
                traceparent?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AdmitInpatientRequest"];
            };
        };
        responses: {
            /** @description Inpatient admitted (已入院). */
            201: {
                headers: {
                    /**
                     * @description Absolute path of the new resource, base path included (it answers a GET by the same caller).
                     * @example /medical-settlement/v1/encounters/41019926110200000123
                     */
                    Location: string;
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    /**
                     * @description `true` when this response is a replay of the stored response to an earlier request
                     *     with the same `Idempotency-Key` and body (幂等重放); absent on a first execution.
                     * @example true
                     */
                    "Idempotent-Replayed"?: boolean;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Encounter"];
                };
            };
            /** @description Request validation failed (请求校验失败). */
            400: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request token missing or invalid (请求令牌缺失或无效). */
            401: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Operation not permitted for this client (调用方无权执行此操作). */
            403: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict (冲突): `MESSAGE_ALREADY_REVERSED`, `MESSAGE_ID_REUSED`, `REQUEST_IN_PROGRESS`. */
            409: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    /**
                     * @description Seconds to wait before retrying, sent with 409 `request-in-progress` only.
                     *     Same format as on 429 and 503.
                     * @example 1
                     */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request body too large (请求体过大). */
            413: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type (不支持的媒体类型). */
            415: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Business rule not met (业务校验未通过): `NOT_FILED`, `NOT_ELIGIBLE`, `REGION_NOT_CROSS_PROVINCE`, `INSURED_REGION_MISMATCH`, `FACILITY_NOT_NETWORKED`, `CREDENTIAL_REJECTED`, `IDEMPOTENCY_KEY_REUSED`. */
            422: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests (请求过于频繁). */
            429: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    /**
                     * @description Seconds to wait before retrying (RFC 9110 §10.2.3). This API always sends
                     *     delay-seconds, never an HTTP-date. Clients cap the wait and abort it on cancellation.
                     * @example 2
                     */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (服务内部错误). */
            500: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service temporarily unavailable (服务暂时不可用). */
            503: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    /**
                     * @description Seconds to wait before retrying (RFC 9110 §10.2.3). This API always sends
                     *     delay-seconds, never an HTTP-date. Clients cap the wait and abort it on cancellation.
                     * @example 2
                     */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getEncounter: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Calling client identity (调用方标识), X-Road style, in the canonical form
                 *
                 *         <instance>/<memberClass>/<uscc>/<region>/<subsystem>
                 *
                 *     - `instance`: `ZY` (production) or `ZY-TEST` (test and conformance environments);
                 *     - `memberClass`: `GOV` 党政机关 (government agency), `PUB` 事业单位 (public institution,
                 *       e.g. a hospital), `COM` 企业 (enterprise, e.g. a bank), `NGO` 社会组织;
                 *     - `uscc`: the member agency's unified social credit code (check digit verified);
                 *     - `region`: the agency's 6-digit region code (see `RegionCode`);
                 *     - `subsystem`: the calling system, lower-case `a-z0-9-`, 1-32 characters, starting
                 *       with a letter.
                 *
                 *     Example: `ZY/GOV/11410100MB00000005/410100/medical-settlement-hub`.
                 *     Must equal the `sub` (and `iss`) claim of the request token; a mismatch is 401.
                 * @example ZY/COM/91410100MA3X000109/410100/ledger-client
                 */
                "X-Client-Id": components["schemas"]["ClientId"];
                /**
                 * @description Client-chosen request id (请求标识), echoed in the `X-Request-Id` response header and in
                 *     `requestId` of any problem body. When absent the server assigns one.
                 * @example req-20261102-091530-0001
                 */
                "X-Request-Id"?: components["schemas"]["RequestId"];
                /**
                 * @description W3C Trace Context `traceparent` (version `00`): `00-<trace-id>-<parent-id>-<flags>`.
                 *     Propagated into logs and audit records; an all-zero trace-id or parent-id is invalid
                 *     and is ignored (a new trace is started), never refused.
                 * @example 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01
                 */
                traceparent?: string;
            };
            path: {
                /**
                 * @description Encounter id (`mdtrt_id`).
                 * @example 41019926110200000123
                 */
                encounterId: components["parameters"]["EncounterIdParam"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The encounter (就诊信息). */
            200: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Encounter"];
                };
            };
            /** @description Request validation failed (请求校验失败). */
            400: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request token missing or invalid (请求令牌缺失或无效). */
            401: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Operation not permitted for this client (调用方无权执行此操作). */
            403: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Resource not found (资源不存在). */
            404: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests (请求过于频繁). */
            429: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    /**
                     * @description Seconds to wait before retrying (RFC 9110 §10.2.3). This API always sends
                     *     delay-seconds, never an HTTP-date. Clients cap the wait and abort it on cancellation.
                     * @example 2
                     */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (服务内部错误). */
            500: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service temporarily unavailable (服务暂时不可用). */
            503: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    /**
                     * @description Seconds to wait before retrying (RFC 9110 §10.2.3). This API always sends
                     *     delay-seconds, never an HTTP-date. Clients cap the wait and abort it on cancellation.
                     * @example 2
                     */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    cancelEncounter: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Calling client identity (调用方标识), X-Road style, in the canonical form
                 *
                 *         <instance>/<memberClass>/<uscc>/<region>/<subsystem>
                 *
                 *     - `instance`: `ZY` (production) or `ZY-TEST` (test and conformance environments);
                 *     - `memberClass`: `GOV` 党政机关 (government agency), `PUB` 事业单位 (public institution,
                 *       e.g. a hospital), `COM` 企业 (enterprise, e.g. a bank), `NGO` 社会组织;
                 *     - `uscc`: the member agency's unified social credit code (check digit verified);
                 *     - `region`: the agency's 6-digit region code (see `RegionCode`);
                 *     - `subsystem`: the calling system, lower-case `a-z0-9-`, 1-32 characters, starting
                 *       with a letter.
                 *
                 *     Example: `ZY/GOV/11410100MB00000005/410100/medical-settlement-hub`.
                 *     Must equal the `sub` (and `iss`) claim of the request token; a mismatch is 401.
                 * @example ZY/COM/91410100MA3X000109/410100/ledger-client
                 */
                "X-Client-Id": components["schemas"]["ClientId"];
                /**
                 * @description 幂等键. Required on every operation marked `x-idempotency: required` (operations that
                 *     move money or create records). Chosen by the client, unique per intended effect, and
                 *     kept unchanged across retries of the same request (each retry mints a new token).
                 *     Keys are scoped to the calling client (`X-Client-Id`) and kept for at least 24 hours.
                 *
                 *     - same key, same body: the stored response is replayed with `Idempotent-Replayed: true`;
                 *     - same key, different body: 422 `idempotency-key-reused`;
                 *     - same key while the first request is still running: 409 `request-in-progress` with
                 *       `Retry-After`.
                 *
                 *     A UUID (version 4 or 7) is recommended.
                 * @example 0b6f1c5e-7a3d-4f7e-9c2a-5d8e1f4a6b3c
                 */
                "Idempotency-Key": components["schemas"]["IdempotencyKey"];
                /**
                 * @description RFC 9530 digest of the exact request body bytes sent (`sha-256` or `sha-512`,
                 *     base64 between colons). Required on every request with a body; the server recomputes
                 *     it from the raw received bytes before parsing JSON, and the request token binds it.
                 * @example sha-256=:X48E9qOokqqrvdts8nOJRJN3OWDUoyWxBf7kbu9DBPE=:
                 */
                "Content-Digest": string;
                /**
                 * @description Client-chosen request id (请求标识), echoed in the `X-Request-Id` response header and in
                 *     `requestId` of any problem body. When absent the server assigns one.
                 * @example req-20261102-091530-0001
                 */
                "X-Request-Id"?: components["schemas"]["RequestId"];
                /**
                 * @description W3C Trace Context `traceparent` (version `00`): `00-<trace-id>-<parent-id>-<flags>`.
                 *     Propagated into logs and audit records; an all-zero trace-id or parent-id is invalid
                 *     and is ignored (a new trace is started), never refused.
                 * @example 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01
                 */
                traceparent?: string;
            };
            path: {
                /**
                 * @description Encounter id (`mdtrt_id`).
                 * @example 41019926110200000123
                 */
                encounterId: components["parameters"]["EncounterIdParam"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CancellationRequest"];
            };
        };
        responses: {
            /** @description Encounter cancelled (已撤销). */
            200: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    /**
                     * @description `true` when this response is a replay of the stored response to an earlier request
                     *     with the same `Idempotency-Key` and body (幂等重放); absent on a first execution.
                     * @example true
                     */
                    "Idempotent-Replayed"?: boolean;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Encounter"];
                };
            };
            /** @description Request validation failed (请求校验失败). */
            400: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request token missing or invalid (请求令牌缺失或无效). */
            401: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Operation not permitted for this client (调用方无权执行此操作). */
            403: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Resource not found (资源不存在). */
            404: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict (冲突): `ILLEGAL_TRANSITION`, `ENCOUNTER_HAS_FEE_LINES`, `MESSAGE_ID_REUSED`, `REQUEST_IN_PROGRESS`. */
            409: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    /**
                     * @description Seconds to wait before retrying, sent with 409 `request-in-progress` only.
                     *     Same format as on 429 and 503.
                     * @example 1
                     */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request body too large (请求体过大). */
            413: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type (不支持的媒体类型). */
            415: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Business rule not met (业务校验未通过): `INSURED_REGION_MISMATCH`, `IDEMPOTENCY_KEY_REUSED`. */
            422: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests (请求过于频繁). */
            429: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    /**
                     * @description Seconds to wait before retrying (RFC 9110 §10.2.3). This API always sends
                     *     delay-seconds, never an HTTP-date. Clients cap the wait and abort it on cancellation.
                     * @example 2
                     */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (服务内部错误). */
            500: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service temporarily unavailable (服务暂时不可用). */
            503: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    /**
                     * @description Seconds to wait before retrying (RFC 9110 §10.2.3). This API always sends
                     *     delay-seconds, never an HTTP-date. Clients cap the wait and abort it on cancellation.
                     * @example 2
                     */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    uploadDiagnoses: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Calling client identity (调用方标识), X-Road style, in the canonical form
                 *
                 *         <instance>/<memberClass>/<uscc>/<region>/<subsystem>
                 *
                 *     - `instance`: `ZY` (production) or `ZY-TEST` (test and conformance environments);
                 *     - `memberClass`: `GOV` 党政机关 (government agency), `PUB` 事业单位 (public institution,
                 *       e.g. a hospital), `COM` 企业 (enterprise, e.g. a bank), `NGO` 社会组织;
                 *     - `uscc`: the member agency's unified social credit code (check digit verified);
                 *     - `region`: the agency's 6-digit region code (see `RegionCode`);
                 *     - `subsystem`: the calling system, lower-case `a-z0-9-`, 1-32 characters, starting
                 *       with a letter.
                 *
                 *     Example: `ZY/GOV/11410100MB00000005/410100/medical-settlement-hub`.
                 *     Must equal the `sub` (and `iss`) claim of the request token; a mismatch is 401.
                 * @example ZY/COM/91410100MA3X000109/410100/ledger-client
                 */
                "X-Client-Id": components["schemas"]["ClientId"];
                /**
                 * @description 幂等键. Required on every operation marked `x-idempotency: required` (operations that
                 *     move money or create records). Chosen by the client, unique per intended effect, and
                 *     kept unchanged across retries of the same request (each retry mints a new token).
                 *     Keys are scoped to the calling client (`X-Client-Id`) and kept for at least 24 hours.
                 *
                 *     - same key, same body: the stored response is replayed with `Idempotent-Replayed: true`;
                 *     - same key, different body: 422 `idempotency-key-reused`;
                 *     - same key while the first request is still running: 409 `request-in-progress` with
                 *       `Retry-After`.
                 *
                 *     A UUID (version 4 or 7) is recommended.
                 * @example 0b6f1c5e-7a3d-4f7e-9c2a-5d8e1f4a6b3c
                 */
                "Idempotency-Key": components["schemas"]["IdempotencyKey"];
                /**
                 * @description RFC 9530 digest of the exact request body bytes sent (`sha-256` or `sha-512`,
                 *     base64 between colons). Required on every request with a body; the server recomputes
                 *     it from the raw received bytes before parsing JSON, and the request token binds it.
                 * @example sha-256=:X48E9qOokqqrvdts8nOJRJN3OWDUoyWxBf7kbu9DBPE=:
                 */
                "Content-Digest": string;
                /**
                 * @description Client-chosen request id (请求标识), echoed in the `X-Request-Id` response header and in
                 *     `requestId` of any problem body. When absent the server assigns one.
                 * @example req-20261102-091530-0001
                 */
                "X-Request-Id"?: components["schemas"]["RequestId"];
                /**
                 * @description W3C Trace Context `traceparent` (version `00`): `00-<trace-id>-<parent-id>-<flags>`.
                 *     Propagated into logs and audit records; an all-zero trace-id or parent-id is invalid
                 *     and is ignored (a new trace is started), never refused.
                 * @example 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01
                 */
                traceparent?: string;
            };
            path: {
                /**
                 * @description Encounter id (`mdtrt_id`).
                 * @example 41019926110200000123
                 */
                encounterId: components["parameters"]["EncounterIdParam"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UploadDiagnosesRequest"];
            };
        };
        responses: {
            /** @description Diagnoses stored (就诊信息已上传). */
            200: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    /**
                     * @description `true` when this response is a replay of the stored response to an earlier request
                     *     with the same `Idempotency-Key` and body (幂等重放); absent on a first execution.
                     * @example true
                     */
                    "Idempotent-Replayed"?: boolean;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Encounter"];
                };
            };
            /** @description Request validation failed (请求校验失败). */
            400: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request token missing or invalid (请求令牌缺失或无效). */
            401: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Operation not permitted for this client (调用方无权执行此操作). */
            403: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Resource not found (资源不存在). */
            404: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict (冲突): `ILLEGAL_TRANSITION`, `MESSAGE_ID_REUSED`, `REQUEST_IN_PROGRESS`. */
            409: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    /**
                     * @description Seconds to wait before retrying, sent with 409 `request-in-progress` only.
                     *     Same format as on 429 and 503.
                     * @example 1
                     */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request body too large (请求体过大). */
            413: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type (不支持的媒体类型). */
            415: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Business rule not met (业务校验未通过): `INSURED_REGION_MISMATCH`, `IDEMPOTENCY_KEY_REUSED`. */
            422: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests (请求过于频繁). */
            429: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    /**
                     * @description Seconds to wait before retrying (RFC 9110 §10.2.3). This API always sends
                     *     delay-seconds, never an HTTP-date. Clients cap the wait and abort it on cancellation.
                     * @example 2
                     */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (服务内部错误). */
            500: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service temporarily unavailable (服务暂时不可用). */
            503: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    /**
                     * @description Seconds to wait before retrying (RFC 9110 §10.2.3). This API always sends
                     *     delay-seconds, never an HTTP-date. Clients cap the wait and abort it on cancellation.
                     * @example 2
                     */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    changeInpatientAdmission: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Calling client identity (调用方标识), X-Road style, in the canonical form
                 *
                 *         <instance>/<memberClass>/<uscc>/<region>/<subsystem>
                 *
                 *     - `instance`: `ZY` (production) or `ZY-TEST` (test and conformance environments);
                 *     - `memberClass`: `GOV` 党政机关 (government agency), `PUB` 事业单位 (public institution,
                 *       e.g. a hospital), `COM` 企业 (enterprise, e.g. a bank), `NGO` 社会组织;
                 *     - `uscc`: the member agency's unified social credit code (check digit verified);
                 *     - `region`: the agency's 6-digit region code (see `RegionCode`);
                 *     - `subsystem`: the calling system, lower-case `a-z0-9-`, 1-32 characters, starting
                 *       with a letter.
                 *
                 *     Example: `ZY/GOV/11410100MB00000005/410100/medical-settlement-hub`.
                 *     Must equal the `sub` (and `iss`) claim of the request token; a mismatch is 401.
                 * @example ZY/COM/91410100MA3X000109/410100/ledger-client
                 */
                "X-Client-Id": components["schemas"]["ClientId"];
                /**
                 * @description 幂等键. Required on every operation marked `x-idempotency: required` (operations that
                 *     move money or create records). Chosen by the client, unique per intended effect, and
                 *     kept unchanged across retries of the same request (each retry mints a new token).
                 *     Keys are scoped to the calling client (`X-Client-Id`) and kept for at least 24 hours.
                 *
                 *     - same key, same body: the stored response is replayed with `Idempotent-Replayed: true`;
                 *     - same key, different body: 422 `idempotency-key-reused`;
                 *     - same key while the first request is still running: 409 `request-in-progress` with
                 *       `Retry-After`.
                 *
                 *     A UUID (version 4 or 7) is recommended.
                 * @example 0b6f1c5e-7a3d-4f7e-9c2a-5d8e1f4a6b3c
                 */
                "Idempotency-Key": components["schemas"]["IdempotencyKey"];
                /**
                 * @description RFC 9530 digest of the exact request body bytes sent (`sha-256` or `sha-512`,
                 *     base64 between colons). Required on every request with a body; the server recomputes
                 *     it from the raw received bytes before parsing JSON, and the request token binds it.
                 * @example sha-256=:X48E9qOokqqrvdts8nOJRJN3OWDUoyWxBf7kbu9DBPE=:
                 */
                "Content-Digest": string;
                /**
                 * @description Client-chosen request id (请求标识), echoed in the `X-Request-Id` response header and in
                 *     `requestId` of any problem body. When absent the server assigns one.
                 * @example req-20261102-091530-0001
                 */
                "X-Request-Id"?: components["schemas"]["RequestId"];
                /**
                 * @description W3C Trace Context `traceparent` (version `00`): `00-<trace-id>-<parent-id>-<flags>`.
                 *     Propagated into logs and audit records; an all-zero trace-id or parent-id is invalid
                 *     and is ignored (a new trace is started), never refused.
                 * @example 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01
                 */
                traceparent?: string;
            };
            path: {
                /**
                 * @description Encounter id (`mdtrt_id`).
                 * @example 41019926110200000123
                 */
                encounterId: components["parameters"]["EncounterIdParam"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeInpatientAdmissionRequest"];
            };
        };
        responses: {
            /** @description Admission changed (住院信息已变更). */
            200: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    /**
                     * @description `true` when this response is a replay of the stored response to an earlier request
                     *     with the same `Idempotency-Key` and body (幂等重放); absent on a first execution.
                     * @example true
                     */
                    "Idempotent-Replayed"?: boolean;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Encounter"];
                };
            };
            /** @description Request validation failed (请求校验失败). */
            400: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request token missing or invalid (请求令牌缺失或无效). */
            401: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Operation not permitted for this client (调用方无权执行此操作). */
            403: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Resource not found (资源不存在). */
            404: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict (冲突): `ILLEGAL_TRANSITION`, `MESSAGE_ID_REUSED`, `REQUEST_IN_PROGRESS`. */
            409: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    /**
                     * @description Seconds to wait before retrying, sent with 409 `request-in-progress` only.
                     *     Same format as on 429 and 503.
                     * @example 1
                     */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request body too large (请求体过大). */
            413: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type (不支持的媒体类型). */
            415: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Business rule not met (业务校验未通过): `INSURED_REGION_MISMATCH`, `IDEMPOTENCY_KEY_REUSED`. */
            422: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests (请求过于频繁). */
            429: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    /**
                     * @description Seconds to wait before retrying (RFC 9110 §10.2.3). This API always sends
                     *     delay-seconds, never an HTTP-date. Clients cap the wait and abort it on cancellation.
                     * @example 2
                     */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (服务内部错误). */
            500: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service temporarily unavailable (服务暂时不可用). */
            503: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    /**
                     * @description Seconds to wait before retrying (RFC 9110 §10.2.3). This API always sends
                     *     delay-seconds, never an HTTP-date. Clients cap the wait and abort it on cancellation.
                     * @example 2
                     */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    dischargeInpatient: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Calling client identity (调用方标识), X-Road style, in the canonical form
                 *
                 *         <instance>/<memberClass>/<uscc>/<region>/<subsystem>
                 *
                 *     - `instance`: `ZY` (production) or `ZY-TEST` (test and conformance environments);
                 *     - `memberClass`: `GOV` 党政机关 (government agency), `PUB` 事业单位 (public institution,
                 *       e.g. a hospital), `COM` 企业 (enterprise, e.g. a bank), `NGO` 社会组织;
                 *     - `uscc`: the member agency's unified social credit code (check digit verified);
                 *     - `region`: the agency's 6-digit region code (see `RegionCode`);
                 *     - `subsystem`: the calling system, lower-case `a-z0-9-`, 1-32 characters, starting
                 *       with a letter.
                 *
                 *     Example: `ZY/GOV/11410100MB00000005/410100/medical-settlement-hub`.
                 *     Must equal the `sub` (and `iss`) claim of the request token; a mismatch is 401.
                 * @example ZY/COM/91410100MA3X000109/410100/ledger-client
                 */
                "X-Client-Id": components["schemas"]["ClientId"];
                /**
                 * @description 幂等键. Required on every operation marked `x-idempotency: required` (operations that
                 *     move money or create records). Chosen by the client, unique per intended effect, and
                 *     kept unchanged across retries of the same request (each retry mints a new token).
                 *     Keys are scoped to the calling client (`X-Client-Id`) and kept for at least 24 hours.
                 *
                 *     - same key, same body: the stored response is replayed with `Idempotent-Replayed: true`;
                 *     - same key, different body: 422 `idempotency-key-reused`;
                 *     - same key while the first request is still running: 409 `request-in-progress` with
                 *       `Retry-After`.
                 *
                 *     A UUID (version 4 or 7) is recommended.
                 * @example 0b6f1c5e-7a3d-4f7e-9c2a-5d8e1f4a6b3c
                 */
                "Idempotency-Key": components["schemas"]["IdempotencyKey"];
                /**
                 * @description RFC 9530 digest of the exact request body bytes sent (`sha-256` or `sha-512`,
                 *     base64 between colons). Required on every request with a body; the server recomputes
                 *     it from the raw received bytes before parsing JSON, and the request token binds it.
                 * @example sha-256=:X48E9qOokqqrvdts8nOJRJN3OWDUoyWxBf7kbu9DBPE=:
                 */
                "Content-Digest": string;
                /**
                 * @description Client-chosen request id (请求标识), echoed in the `X-Request-Id` response header and in
                 *     `requestId` of any problem body. When absent the server assigns one.
                 * @example req-20261102-091530-0001
                 */
                "X-Request-Id"?: components["schemas"]["RequestId"];
                /**
                 * @description W3C Trace Context `traceparent` (version `00`): `00-<trace-id>-<parent-id>-<flags>`.
                 *     Propagated into logs and audit records; an all-zero trace-id or parent-id is invalid
                 *     and is ignored (a new trace is started), never refused.
                 * @example 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01
                 */
                traceparent?: string;
            };
            path: {
                /**
                 * @description Encounter id (`mdtrt_id`).
                 * @example 41019926110200000123
                 */
                encounterId: components["parameters"]["EncounterIdParam"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DischargeInpatientRequest"];
            };
        };
        responses: {
            /** @description Discharged (已出院). */
            200: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    /**
                     * @description `true` when this response is a replay of the stored response to an earlier request
                     *     with the same `Idempotency-Key` and body (幂等重放); absent on a first execution.
                     * @example true
                     */
                    "Idempotent-Replayed"?: boolean;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Encounter"];
                };
            };
            /** @description Request validation failed (请求校验失败). */
            400: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request token missing or invalid (请求令牌缺失或无效). */
            401: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Operation not permitted for this client (调用方无权执行此操作). */
            403: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Resource not found (资源不存在). */
            404: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict (冲突): `ILLEGAL_TRANSITION`, `MESSAGE_ID_REUSED`, `REQUEST_IN_PROGRESS`. */
            409: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    /**
                     * @description Seconds to wait before retrying, sent with 409 `request-in-progress` only.
                     *     Same format as on 429 and 503.
                     * @example 1
                     */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request body too large (请求体过大). */
            413: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type (不支持的媒体类型). */
            415: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Business rule not met (业务校验未通过): `INSURED_REGION_MISMATCH`, `IDEMPOTENCY_KEY_REUSED`. */
            422: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests (请求过于频繁). */
            429: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    /**
                     * @description Seconds to wait before retrying (RFC 9110 §10.2.3). This API always sends
                     *     delay-seconds, never an HTTP-date. Clients cap the wait and abort it on cancellation.
                     * @example 2
                     */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (服务内部错误). */
            500: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service temporarily unavailable (服务暂时不可用). */
            503: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    /**
                     * @description Seconds to wait before retrying (RFC 9110 §10.2.3). This API always sends
                     *     delay-seconds, never an HTTP-date. Clients cap the wait and abort it on cancellation.
                     * @example 2
                     */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    cancelDischarge: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Calling client identity (调用方标识), X-Road style, in the canonical form
                 *
                 *         <instance>/<memberClass>/<uscc>/<region>/<subsystem>
                 *
                 *     - `instance`: `ZY` (production) or `ZY-TEST` (test and conformance environments);
                 *     - `memberClass`: `GOV` 党政机关 (government agency), `PUB` 事业单位 (public institution,
                 *       e.g. a hospital), `COM` 企业 (enterprise, e.g. a bank), `NGO` 社会组织;
                 *     - `uscc`: the member agency's unified social credit code (check digit verified);
                 *     - `region`: the agency's 6-digit region code (see `RegionCode`);
                 *     - `subsystem`: the calling system, lower-case `a-z0-9-`, 1-32 characters, starting
                 *       with a letter.
                 *
                 *     Example: `ZY/GOV/11410100MB00000005/410100/medical-settlement-hub`.
                 *     Must equal the `sub` (and `iss`) claim of the request token; a mismatch is 401.
                 * @example ZY/COM/91410100MA3X000109/410100/ledger-client
                 */
                "X-Client-Id": components["schemas"]["ClientId"];
                /**
                 * @description 幂等键. Required on every operation marked `x-idempotency: required` (operations that
                 *     move money or create records). Chosen by the client, unique per intended effect, and
                 *     kept unchanged across retries of the same request (each retry mints a new token).
                 *     Keys are scoped to the calling client (`X-Client-Id`) and kept for at least 24 hours.
                 *
                 *     - same key, same body: the stored response is replayed with `Idempotent-Replayed: true`;
                 *     - same key, different body: 422 `idempotency-key-reused`;
                 *     - same key while the first request is still running: 409 `request-in-progress` with
                 *       `Retry-After`.
                 *
                 *     A UUID (version 4 or 7) is recommended.
                 * @example 0b6f1c5e-7a3d-4f7e-9c2a-5d8e1f4a6b3c
                 */
                "Idempotency-Key": components["schemas"]["IdempotencyKey"];
                /**
                 * @description RFC 9530 digest of the exact request body bytes sent (`sha-256` or `sha-512`,
                 *     base64 between colons). Required on every request with a body; the server recomputes
                 *     it from the raw received bytes before parsing JSON, and the request token binds it.
                 * @example sha-256=:X48E9qOokqqrvdts8nOJRJN3OWDUoyWxBf7kbu9DBPE=:
                 */
                "Content-Digest": string;
                /**
                 * @description Client-chosen request id (请求标识), echoed in the `X-Request-Id` response header and in
                 *     `requestId` of any problem body. When absent the server assigns one.
                 * @example req-20261102-091530-0001
                 */
                "X-Request-Id"?: components["schemas"]["RequestId"];
                /**
                 * @description W3C Trace Context `traceparent` (version `00`): `00-<trace-id>-<parent-id>-<flags>`.
                 *     Propagated into logs and audit records; an all-zero trace-id or parent-id is invalid
                 *     and is ignored (a new trace is started), never refused.
                 * @example 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01
                 */
                traceparent?: string;
            };
            path: {
                /**
                 * @description Encounter id (`mdtrt_id`).
                 * @example 41019926110200000123
                 */
                encounterId: components["parameters"]["EncounterIdParam"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CancellationRequest"];
            };
        };
        responses: {
            /** @description Discharge cancelled (出院已撤销). */
            200: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    /**
                     * @description `true` when this response is a replay of the stored response to an earlier request
                     *     with the same `Idempotency-Key` and body (幂等重放); absent on a first execution.
                     * @example true
                     */
                    "Idempotent-Replayed"?: boolean;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Encounter"];
                };
            };
            /** @description Request validation failed (请求校验失败). */
            400: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request token missing or invalid (请求令牌缺失或无效). */
            401: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Operation not permitted for this client (调用方无权执行此操作). */
            403: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Resource not found (资源不存在). */
            404: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict (冲突): `ILLEGAL_TRANSITION`, `MESSAGE_ID_REUSED`, `REQUEST_IN_PROGRESS`. */
            409: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    /**
                     * @description Seconds to wait before retrying, sent with 409 `request-in-progress` only.
                     *     Same format as on 429 and 503.
                     * @example 1
                     */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request body too large (请求体过大). */
            413: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type (不支持的媒体类型). */
            415: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Business rule not met (业务校验未通过): `INSURED_REGION_MISMATCH`, `IDEMPOTENCY_KEY_REUSED`. */
            422: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests (请求过于频繁). */
            429: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    /**
                     * @description Seconds to wait before retrying (RFC 9110 §10.2.3). This API always sends
                     *     delay-seconds, never an HTTP-date. Clients cap the wait and abort it on cancellation.
                     * @example 2
                     */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (服务内部错误). */
            500: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service temporarily unavailable (服务暂时不可用). */
            503: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    /**
                     * @description Seconds to wait before retrying (RFC 9110 §10.2.3). This API always sends
                     *     delay-seconds, never an HTTP-date. Clients cap the wait and abort it on cancellation.
                     * @example 2
                     */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listFeeLines: {
        parameters: {
            query?: {
                /**
                 * @description Only lines in this state.
                 * @example uploaded
                 */
                status?: components["schemas"]["FeeLineStatus"];
                /**
                 * @description Only lines of this batch.
                 * @example CB20261102001
                 */
                chargeBatchNo?: components["schemas"]["ChargeBatchNo"];
                /**
                 * @description Opaque cursor from the previous page's `nextCursor`; omit for the first page.
                 * @example eyJrIjoiZW50XzAxSkQ4WDNRNVI3VDlWMVczWTVaN0E5QzFFIn0
                 */
                cursor?: components["schemas"]["Cursor"];
                /**
                 * @description Maximum number of items on the page (1-200).
                 * @example 50
                 */
                limit?: number;
            };
            header: {
                /**
                 * @description Calling client identity (调用方标识), X-Road style, in the canonical form
                 *
                 *         <instance>/<memberClass>/<uscc>/<region>/<subsystem>
                 *
                 *     - `instance`: `ZY` (production) or `ZY-TEST` (test and conformance environments);
                 *     - `memberClass`: `GOV` 党政机关 (government agency), `PUB` 事业单位 (public institution,
                 *       e.g. a hospital), `COM` 企业 (enterprise, e.g. a bank), `NGO` 社会组织;
                 *     - `uscc`: the member agency's unified social credit code (check digit verified);
                 *     - `region`: the agency's 6-digit region code (see `RegionCode`);
                 *     - `subsystem`: the calling system, lower-case `a-z0-9-`, 1-32 characters, starting
                 *       with a letter.
                 *
                 *     Example: `ZY/GOV/11410100MB00000005/410100/medical-settlement-hub`.
                 *     Must equal the `sub` (and `iss`) claim of the request token; a mismatch is 401.
                 * @example ZY/COM/91410100MA3X000109/410100/ledger-client
                 */
                "X-Client-Id": components["schemas"]["ClientId"];
                /**
                 * @description Client-chosen request id (请求标识), echoed in the `X-Request-Id` response header and in
                 *     `requestId` of any problem body. When absent the server assigns one.
                 * @example req-20261102-091530-0001
                 */
                "X-Request-Id"?: components["schemas"]["RequestId"];
                /**
                 * @description W3C Trace Context `traceparent` (version `00`): `00-<trace-id>-<parent-id>-<flags>`.
                 *     Propagated into logs and audit records; an all-zero trace-id or parent-id is invalid
                 *     and is ignored (a new trace is started), never refused.
                 * @example 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01
                 */
                traceparent?: string;
            };
            path: {
                /**
                 * @description Encounter id (`mdtrt_id`).
                 * @example 41019926110200000123
                 */
                encounterId: components["parameters"]["EncounterIdParam"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of fee lines (一页费用明细). */
            200: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeeLinePage"];
                };
            };
            /** @description Request validation failed (请求校验失败). */
            400: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request token missing or invalid (请求令牌缺失或无效). */
            401: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Operation not permitted for this client (调用方无权执行此操作). */
            403: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Resource not found (资源不存在). */
            404: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests (请求过于频繁). */
            429: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    /**
                     * @description Seconds to wait before retrying (RFC 9110 §10.2.3). This API always sends
                     *     delay-seconds, never an HTTP-date. Clients cap the wait and abort it on cancellation.
                     * @example 2
                     */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (服务内部错误). */
            500: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service temporarily unavailable (服务暂时不可用). */
            503: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    /**
                     * @description Seconds to wait before retrying (RFC 9110 §10.2.3). This API always sends
                     *     delay-seconds, never an HTTP-date. Clients cap the wait and abort it on cancellation.
                     * @example 2
                     */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    uploadFeeLines: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Calling client identity (调用方标识), X-Road style, in the canonical form
                 *
                 *         <instance>/<memberClass>/<uscc>/<region>/<subsystem>
                 *
                 *     - `instance`: `ZY` (production) or `ZY-TEST` (test and conformance environments);
                 *     - `memberClass`: `GOV` 党政机关 (government agency), `PUB` 事业单位 (public institution,
                 *       e.g. a hospital), `COM` 企业 (enterprise, e.g. a bank), `NGO` 社会组织;
                 *     - `uscc`: the member agency's unified social credit code (check digit verified);
                 *     - `region`: the agency's 6-digit region code (see `RegionCode`);
                 *     - `subsystem`: the calling system, lower-case `a-z0-9-`, 1-32 characters, starting
                 *       with a letter.
                 *
                 *     Example: `ZY/GOV/11410100MB00000005/410100/medical-settlement-hub`.
                 *     Must equal the `sub` (and `iss`) claim of the request token; a mismatch is 401.
                 * @example ZY/COM/91410100MA3X000109/410100/ledger-client
                 */
                "X-Client-Id": components["schemas"]["ClientId"];
                /**
                 * @description 幂等键. Required on every operation marked `x-idempotency: required` (operations that
                 *     move money or create records). Chosen by the client, unique per intended effect, and
                 *     kept unchanged across retries of the same request (each retry mints a new token).
                 *     Keys are scoped to the calling client (`X-Client-Id`) and kept for at least 24 hours.
                 *
                 *     - same key, same body: the stored response is replayed with `Idempotent-Replayed: true`;
                 *     - same key, different body: 422 `idempotency-key-reused`;
                 *     - same key while the first request is still running: 409 `request-in-progress` with
                 *       `Retry-After`.
                 *
                 *     A UUID (version 4 or 7) is recommended.
                 * @example 0b6f1c5e-7a3d-4f7e-9c2a-5d8e1f4a6b3c
                 */
                "Idempotency-Key": components["schemas"]["IdempotencyKey"];
                /**
                 * @description RFC 9530 digest of the exact request body bytes sent (`sha-256` or `sha-512`,
                 *     base64 between colons). Required on every request with a body; the server recomputes
                 *     it from the raw received bytes before parsing JSON, and the request token binds it.
                 * @example sha-256=:X48E9qOokqqrvdts8nOJRJN3OWDUoyWxBf7kbu9DBPE=:
                 */
                "Content-Digest": string;
                /**
                 * @description Client-chosen request id (请求标识), echoed in the `X-Request-Id` response header and in
                 *     `requestId` of any problem body. When absent the server assigns one.
                 * @example req-20261102-091530-0001
                 */
                "X-Request-Id"?: components["schemas"]["RequestId"];
                /**
                 * @description W3C Trace Context `traceparent` (version `00`): `00-<trace-id>-<parent-id>-<flags>`.
                 *     Propagated into logs and audit records; an all-zero trace-id or parent-id is invalid
                 *     and is ignored (a new trace is started), never refused.
                 * @example 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01
                 */
                traceparent?: string;
            };
            path: {
                /**
                 * @description Encounter id (`mdtrt_id`).
                 * @example 41019926110200000123
                 */
                encounterId: components["parameters"]["EncounterIdParam"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UploadFeeLinesRequest"];
            };
        };
        responses: {
            /** @description Lines stored and classified (明细已上传). */
            200: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    /**
                     * @description `true` when this response is a replay of the stored response to an earlier request
                     *     with the same `Idempotency-Key` and body (幂等重放); absent on a first execution.
                     * @example true
                     */
                    "Idempotent-Replayed"?: boolean;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeeLineUploadResult"];
                };
            };
            /** @description Request validation failed (请求校验失败). */
            400: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request token missing or invalid (请求令牌缺失或无效). */
            401: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Operation not permitted for this client (调用方无权执行此操作). */
            403: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Resource not found (资源不存在). */
            404: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict (冲突): `ILLEGAL_TRANSITION`, `FEE_LINE_NO_CONFLICT`, `MESSAGE_ID_REUSED`, `REQUEST_IN_PROGRESS`. */
            409: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    /**
                     * @description Seconds to wait before retrying, sent with 409 `request-in-progress` only.
                     *     Same format as on 429 and 503.
                     * @example 1
                     */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request body too large (请求体过大). */
            413: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type (不支持的媒体类型). */
            415: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Business rule not met (业务校验未通过): `FEE_LINE_NOT_FOUND`, `AMOUNTS_DO_NOT_ADD_UP`, `INSURED_REGION_MISMATCH`, `IDEMPOTENCY_KEY_REUSED`. */
            422: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests (请求过于频繁). */
            429: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    /**
                     * @description Seconds to wait before retrying (RFC 9110 §10.2.3). This API always sends
                     *     delay-seconds, never an HTTP-date. Clients cap the wait and abort it on cancellation.
                     * @example 2
                     */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (服务内部错误). */
            500: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service temporarily unavailable (服务暂时不可用). */
            503: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    /**
                     * @description Seconds to wait before retrying (RFC 9110 §10.2.3). This API always sends
                     *     delay-seconds, never an HTTP-date. Clients cap the wait and abort it on cancellation.
                     * @example 2
                     */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteFeeLines: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Calling client identity (调用方标识), X-Road style, in the canonical form
                 *
                 *         <instance>/<memberClass>/<uscc>/<region>/<subsystem>
                 *
                 *     - `instance`: `ZY` (production) or `ZY-TEST` (test and conformance environments);
                 *     - `memberClass`: `GOV` 党政机关 (government agency), `PUB` 事业单位 (public institution,
                 *       e.g. a hospital), `COM` 企业 (enterprise, e.g. a bank), `NGO` 社会组织;
                 *     - `uscc`: the member agency's unified social credit code (check digit verified);
                 *     - `region`: the agency's 6-digit region code (see `RegionCode`);
                 *     - `subsystem`: the calling system, lower-case `a-z0-9-`, 1-32 characters, starting
                 *       with a letter.
                 *
                 *     Example: `ZY/GOV/11410100MB00000005/410100/medical-settlement-hub`.
                 *     Must equal the `sub` (and `iss`) claim of the request token; a mismatch is 401.
                 * @example ZY/COM/91410100MA3X000109/410100/ledger-client
                 */
                "X-Client-Id": components["schemas"]["ClientId"];
                /**
                 * @description 幂等键. Required on every operation marked `x-idempotency: required` (operations that
                 *     move money or create records). Chosen by the client, unique per intended effect, and
                 *     kept unchanged across retries of the same request (each retry mints a new token).
                 *     Keys are scoped to the calling client (`X-Client-Id`) and kept for at least 24 hours.
                 *
                 *     - same key, same body: the stored response is replayed with `Idempotent-Replayed: true`;
                 *     - same key, different body: 422 `idempotency-key-reused`;
                 *     - same key while the first request is still running: 409 `request-in-progress` with
                 *       `Retry-After`.
                 *
                 *     A UUID (version 4 or 7) is recommended.
                 * @example 0b6f1c5e-7a3d-4f7e-9c2a-5d8e1f4a6b3c
                 */
                "Idempotency-Key": components["schemas"]["IdempotencyKey"];
                /**
                 * @description RFC 9530 digest of the exact request body bytes sent (`sha-256` or `sha-512`,
                 *     base64 between colons). Required on every request with a body; the server recomputes
                 *     it from the raw received bytes before parsing JSON, and the request token binds it.
                 * @example sha-256=:X48E9qOokqqrvdts8nOJRJN3OWDUoyWxBf7kbu9DBPE=:
                 */
                "Content-Digest": string;
                /**
                 * @description Client-chosen request id (请求标识), echoed in the `X-Request-Id` response header and in
                 *     `requestId` of any problem body. When absent the server assigns one.
                 * @example req-20261102-091530-0001
                 */
                "X-Request-Id"?: components["schemas"]["RequestId"];
                /**
                 * @description W3C Trace Context `traceparent` (version `00`): `00-<trace-id>-<parent-id>-<flags>`.
                 *     Propagated into logs and audit records; an all-zero trace-id or parent-id is invalid
                 *     and is ignored (a new trace is started), never refused.
                 * @example 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01
                 */
                traceparent?: string;
            };
            path: {
                /**
                 * @description Encounter id (`mdtrt_id`).
                 * @example 41019926110200000123
                 */
                encounterId: components["parameters"]["EncounterIdParam"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeleteFeeLinesRequest"];
            };
        };
        responses: {
            /** @description Lines deleted (明细已撤销). */
            200: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    /**
                     * @description `true` when this response is a replay of the stored response to an earlier request
                     *     with the same `Idempotency-Key` and body (幂等重放); absent on a first execution.
                     * @example true
                     */
                    "Idempotent-Replayed"?: boolean;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeeLineDeletionResult"];
                };
            };
            /** @description Request validation failed (请求校验失败). */
            400: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request token missing or invalid (请求令牌缺失或无效). */
            401: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Operation not permitted for this client (调用方无权执行此操作). */
            403: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Resource not found (资源不存在). */
            404: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict (冲突): `ILLEGAL_TRANSITION`, `FEE_LINE_SETTLED`, `MESSAGE_ID_REUSED`, `REQUEST_IN_PROGRESS`. */
            409: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    /**
                     * @description Seconds to wait before retrying, sent with 409 `request-in-progress` only.
                     *     Same format as on 429 and 503.
                     * @example 1
                     */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request body too large (请求体过大). */
            413: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type (不支持的媒体类型). */
            415: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Business rule not met (业务校验未通过): `FEE_LINE_NOT_FOUND`, `INSURED_REGION_MISMATCH`, `IDEMPOTENCY_KEY_REUSED`. */
            422: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests (请求过于频繁). */
            429: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    /**
                     * @description Seconds to wait before retrying (RFC 9110 §10.2.3). This API always sends
                     *     delay-seconds, never an HTTP-date. Clients cap the wait and abort it on cancellation.
                     * @example 2
                     */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (服务内部错误). */
            500: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service temporarily unavailable (服务暂时不可用). */
            503: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    /**
                     * @description Seconds to wait before retrying (RFC 9110 §10.2.3). This API always sends
                     *     delay-seconds, never an HTTP-date. Clients cap the wait and abort it on cancellation.
                     * @example 2
                     */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    preSettle: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Calling client identity (调用方标识), X-Road style, in the canonical form
                 *
                 *         <instance>/<memberClass>/<uscc>/<region>/<subsystem>
                 *
                 *     - `instance`: `ZY` (production) or `ZY-TEST` (test and conformance environments);
                 *     - `memberClass`: `GOV` 党政机关 (government agency), `PUB` 事业单位 (public institution,
                 *       e.g. a hospital), `COM` 企业 (enterprise, e.g. a bank), `NGO` 社会组织;
                 *     - `uscc`: the member agency's unified social credit code (check digit verified);
                 *     - `region`: the agency's 6-digit region code (see `RegionCode`);
                 *     - `subsystem`: the calling system, lower-case `a-z0-9-`, 1-32 characters, starting
                 *       with a letter.
                 *
                 *     Example: `ZY/GOV/11410100MB00000005/410100/medical-settlement-hub`.
                 *     Must equal the `sub` (and `iss`) claim of the request token; a mismatch is 401.
                 * @example ZY/COM/91410100MA3X000109/410100/ledger-client
                 */
                "X-Client-Id": components["schemas"]["ClientId"];
                /**
                 * @description RFC 9530 digest of the exact request body bytes sent (`sha-256` or `sha-512`,
                 *     base64 between colons). Required on every request with a body; the server recomputes
                 *     it from the raw received bytes before parsing JSON, and the request token binds it.
                 * @example sha-256=:X48E9qOokqqrvdts8nOJRJN3OWDUoyWxBf7kbu9DBPE=:
                 */
                "Content-Digest": string;
                /**
                 * @description Client-chosen request id (请求标识), echoed in the `X-Request-Id` response header and in
                 *     `requestId` of any problem body. When absent the server assigns one.
                 * @example req-20261102-091530-0001
                 */
                "X-Request-Id"?: components["schemas"]["RequestId"];
                /**
                 * @description W3C Trace Context `traceparent` (version `00`): `00-<trace-id>-<parent-id>-<flags>`.
                 *     Propagated into logs and audit records; an all-zero trace-id or parent-id is invalid
                 *     and is ignored (a new trace is started), never refused.
                 * @example 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01
                 */
                traceparent?: string;
            };
            path: {
                /**
                 * @description Encounter id (`mdtrt_id`).
                 * @example 41019926110200000123
                 */
                encounterId: components["parameters"]["EncounterIdParam"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PreSettleRequest"];
            };
        };
        responses: {
            /** @description The advisory split (预结算结果). */
            200: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PreSettlement"];
                };
            };
            /** @description Request validation failed (请求校验失败). */
            400: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request token missing or invalid (请求令牌缺失或无效). */
            401: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Operation not permitted for this client (调用方无权执行此操作). */
            403: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Resource not found (资源不存在). */
            404: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict (冲突): `ILLEGAL_TRANSITION`, `MESSAGE_ID_REUSED`. */
            409: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request body too large (请求体过大). */
            413: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type (不支持的媒体类型). */
            415: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Business rule not met (业务校验未通过): `NOT_FILED`, `NOT_ELIGIBLE`, `NO_UNSETTLED_FEE_LINES`, `CREDENTIAL_REJECTED`, `INSURED_REGION_MISMATCH`. */
            422: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests (请求过于频繁). */
            429: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    /**
                     * @description Seconds to wait before retrying (RFC 9110 §10.2.3). This API always sends
                     *     delay-seconds, never an HTTP-date. Clients cap the wait and abort it on cancellation.
                     * @example 2
                     */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (服务内部错误). */
            500: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service temporarily unavailable (服务暂时不可用). */
            503: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    /**
                     * @description Seconds to wait before retrying (RFC 9110 §10.2.3). This API always sends
                     *     delay-seconds, never an HTTP-date. Clients cap the wait and abort it on cancellation.
                     * @example 2
                     */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    settle: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Calling client identity (调用方标识), X-Road style, in the canonical form
                 *
                 *         <instance>/<memberClass>/<uscc>/<region>/<subsystem>
                 *
                 *     - `instance`: `ZY` (production) or `ZY-TEST` (test and conformance environments);
                 *     - `memberClass`: `GOV` 党政机关 (government agency), `PUB` 事业单位 (public institution,
                 *       e.g. a hospital), `COM` 企业 (enterprise, e.g. a bank), `NGO` 社会组织;
                 *     - `uscc`: the member agency's unified social credit code (check digit verified);
                 *     - `region`: the agency's 6-digit region code (see `RegionCode`);
                 *     - `subsystem`: the calling system, lower-case `a-z0-9-`, 1-32 characters, starting
                 *       with a letter.
                 *
                 *     Example: `ZY/GOV/11410100MB00000005/410100/medical-settlement-hub`.
                 *     Must equal the `sub` (and `iss`) claim of the request token; a mismatch is 401.
                 * @example ZY/COM/91410100MA3X000109/410100/ledger-client
                 */
                "X-Client-Id": components["schemas"]["ClientId"];
                /**
                 * @description 幂等键. Required on every operation marked `x-idempotency: required` (operations that
                 *     move money or create records). Chosen by the client, unique per intended effect, and
                 *     kept unchanged across retries of the same request (each retry mints a new token).
                 *     Keys are scoped to the calling client (`X-Client-Id`) and kept for at least 24 hours.
                 *
                 *     - same key, same body: the stored response is replayed with `Idempotent-Replayed: true`;
                 *     - same key, different body: 422 `idempotency-key-reused`;
                 *     - same key while the first request is still running: 409 `request-in-progress` with
                 *       `Retry-After`.
                 *
                 *     A UUID (version 4 or 7) is recommended.
                 * @example 0b6f1c5e-7a3d-4f7e-9c2a-5d8e1f4a6b3c
                 */
                "Idempotency-Key": components["schemas"]["IdempotencyKey"];
                /**
                 * @description RFC 9530 digest of the exact request body bytes sent (`sha-256` or `sha-512`,
                 *     base64 between colons). Required on every request with a body; the server recomputes
                 *     it from the raw received bytes before parsing JSON, and the request token binds it.
                 * @example sha-256=:X48E9qOokqqrvdts8nOJRJN3OWDUoyWxBf7kbu9DBPE=:
                 */
                "Content-Digest": string;
                /**
                 * @description Client-chosen request id (请求标识), echoed in the `X-Request-Id` response header and in
                 *     `requestId` of any problem body. When absent the server assigns one.
                 * @example req-20261102-091530-0001
                 */
                "X-Request-Id"?: components["schemas"]["RequestId"];
                /**
                 * @description W3C Trace Context `traceparent` (version `00`): `00-<trace-id>-<parent-id>-<flags>`.
                 *     Propagated into logs and audit records; an all-zero trace-id or parent-id is invalid
                 *     and is ignored (a new trace is started), never refused.
                 * @example 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01
                 */
                traceparent?: string;
            };
            path: {
                /**
                 * @description Encounter id (`mdtrt_id`).
                 * @example 41019926110200000123
                 */
                encounterId: components["parameters"]["EncounterIdParam"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SettleRequest"];
            };
        };
        responses: {
            /** @description Settled (已结算). */
            201: {
                headers: {
                    /**
                     * @description Absolute path of the new resource, base path included (it answers a GET by the same caller).
                     * @example /medical-settlement/v1/settlements/41019926110500000456
                     */
                    Location: string;
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    /**
                     * @description `true` when this response is a replay of the stored response to an earlier request
                     *     with the same `Idempotency-Key` and body (幂等重放); absent on a first execution.
                     * @example true
                     */
                    "Idempotent-Replayed"?: boolean;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Settlement"];
                };
            };
            /** @description Request validation failed (请求校验失败). */
            400: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request token missing or invalid (请求令牌缺失或无效). */
            401: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Operation not permitted for this client (调用方无权执行此操作). */
            403: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Resource not found (资源不存在). */
            404: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict (冲突): `ILLEGAL_TRANSITION`, `ENCOUNTER_NOT_DISCHARGED`, `DUPLICATE_SETTLEMENT`, `MESSAGE_ALREADY_REVERSED`, `MESSAGE_ID_REUSED`, `REQUEST_IN_PROGRESS`. */
            409: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    /**
                     * @description Seconds to wait before retrying, sent with 409 `request-in-progress` only.
                     *     Same format as on 429 and 503.
                     * @example 1
                     */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request body too large (请求体过大). */
            413: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type (不支持的媒体类型). */
            415: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Business rule not met (业务校验未通过): `NOT_FILED`, `NOT_ELIGIBLE`, `SETTLEMENT_TOTALS_MISMATCH`, `NO_UNSETTLED_FEE_LINES`, `CREDENTIAL_REJECTED`, `INSURED_REGION_MISMATCH`, `IDEMPOTENCY_KEY_REUSED`. */
            422: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests (请求过于频繁). */
            429: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    /**
                     * @description Seconds to wait before retrying (RFC 9110 §10.2.3). This API always sends
                     *     delay-seconds, never an HTTP-date. Clients cap the wait and abort it on cancellation.
                     * @example 2
                     */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (服务内部错误). */
            500: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service temporarily unavailable (服务暂时不可用). */
            503: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    /**
                     * @description Seconds to wait before retrying (RFC 9110 §10.2.3). This API always sends
                     *     delay-seconds, never an HTTP-date. Clients cap the wait and abort it on cancellation.
                     * @example 2
                     */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Outcome unknown (交易结果未知): `OUTCOME_UNKNOWN`. Reverse the call by its message id (`createReversal`); never resend it under a new message id. */
            504: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    settleInterim: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Calling client identity (调用方标识), X-Road style, in the canonical form
                 *
                 *         <instance>/<memberClass>/<uscc>/<region>/<subsystem>
                 *
                 *     - `instance`: `ZY` (production) or `ZY-TEST` (test and conformance environments);
                 *     - `memberClass`: `GOV` 党政机关 (government agency), `PUB` 事业单位 (public institution,
                 *       e.g. a hospital), `COM` 企业 (enterprise, e.g. a bank), `NGO` 社会组织;
                 *     - `uscc`: the member agency's unified social credit code (check digit verified);
                 *     - `region`: the agency's 6-digit region code (see `RegionCode`);
                 *     - `subsystem`: the calling system, lower-case `a-z0-9-`, 1-32 characters, starting
                 *       with a letter.
                 *
                 *     Example: `ZY/GOV/11410100MB00000005/410100/medical-settlement-hub`.
                 *     Must equal the `sub` (and `iss`) claim of the request token; a mismatch is 401.
                 * @example ZY/COM/91410100MA3X000109/410100/ledger-client
                 */
                "X-Client-Id": components["schemas"]["ClientId"];
                /**
                 * @description 幂等键. Required on every operation marked `x-idempotency: required` (operations that
                 *     move money or create records). Chosen by the client, unique per intended effect, and
                 *     kept unchanged across retries of the same request (each retry mints a new token).
                 *     Keys are scoped to the calling client (`X-Client-Id`) and kept for at least 24 hours.
                 *
                 *     - same key, same body: the stored response is replayed with `Idempotent-Replayed: true`;
                 *     - same key, different body: 422 `idempotency-key-reused`;
                 *     - same key while the first request is still running: 409 `request-in-progress` with
                 *       `Retry-After`.
                 *
                 *     A UUID (version 4 or 7) is recommended.
                 * @example 0b6f1c5e-7a3d-4f7e-9c2a-5d8e1f4a6b3c
                 */
                "Idempotency-Key": components["schemas"]["IdempotencyKey"];
                /**
                 * @description RFC 9530 digest of the exact request body bytes sent (`sha-256` or `sha-512`,
                 *     base64 between colons). Required on every request with a body; the server recomputes
                 *     it from the raw received bytes before parsing JSON, and the request token binds it.
                 * @example sha-256=:X48E9qOokqqrvdts8nOJRJN3OWDUoyWxBf7kbu9DBPE=:
                 */
                "Content-Digest": string;
                /**
                 * @description Client-chosen request id (请求标识), echoed in the `X-Request-Id` response header and in
                 *     `requestId` of any problem body. When absent the server assigns one.
                 * @example req-20261102-091530-0001
                 */
                "X-Request-Id"?: components["schemas"]["RequestId"];
                /**
                 * @description W3C Trace Context `traceparent` (version `00`): `00-<trace-id>-<parent-id>-<flags>`.
                 *     Propagated into logs and audit records; an all-zero trace-id or parent-id is invalid
                 *     and is ignored (a new trace is started), never refused.
                 * @example 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01
                 */
                traceparent?: string;
            };
            path: {
                /**
                 * @description Encounter id (`mdtrt_id`).
                 * @example 41019926110200000123
                 */
                encounterId: components["parameters"]["EncounterIdParam"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SettleRequest"];
            };
        };
        responses: {
            /** @description Interim settlement made (已中途结算). */
            201: {
                headers: {
                    /**
                     * @description Absolute path of the new resource, base path included (it answers a GET by the same caller).
                     * @example /medical-settlement/v1/settlements/41019926111500000802
                     */
                    Location: string;
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    /**
                     * @description `true` when this response is a replay of the stored response to an earlier request
                     *     with the same `Idempotency-Key` and body (幂等重放); absent on a first execution.
                     * @example true
                     */
                    "Idempotent-Replayed"?: boolean;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Settlement"];
                };
            };
            /** @description Request validation failed (请求校验失败). */
            400: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request token missing or invalid (请求令牌缺失或无效). */
            401: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Operation not permitted for this client (调用方无权执行此操作). */
            403: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Resource not found (资源不存在). */
            404: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict (冲突): `ILLEGAL_TRANSITION`, `DUPLICATE_SETTLEMENT`, `MESSAGE_ALREADY_REVERSED`, `MESSAGE_ID_REUSED`, `REQUEST_IN_PROGRESS`. */
            409: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    /**
                     * @description Seconds to wait before retrying, sent with 409 `request-in-progress` only.
                     *     Same format as on 429 and 503.
                     * @example 1
                     */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request body too large (请求体过大). */
            413: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type (不支持的媒体类型). */
            415: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Business rule not met (业务校验未通过): `NOT_FILED`, `NOT_ELIGIBLE`, `SETTLEMENT_TOTALS_MISMATCH`, `NO_UNSETTLED_FEE_LINES`, `CREDENTIAL_REJECTED`, `INSURED_REGION_MISMATCH`, `IDEMPOTENCY_KEY_REUSED`. */
            422: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests (请求过于频繁). */
            429: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    /**
                     * @description Seconds to wait before retrying (RFC 9110 §10.2.3). This API always sends
                     *     delay-seconds, never an HTTP-date. Clients cap the wait and abort it on cancellation.
                     * @example 2
                     */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (服务内部错误). */
            500: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service temporarily unavailable (服务暂时不可用). */
            503: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    /**
                     * @description Seconds to wait before retrying (RFC 9110 §10.2.3). This API always sends
                     *     delay-seconds, never an HTTP-date. Clients cap the wait and abort it on cancellation.
                     * @example 2
                     */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Outcome unknown (交易结果未知): `OUTCOME_UNKNOWN`. Reverse the call by its message id (`createReversal`); never resend it under a new message id. */
            504: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listSettlements: {
        parameters: {
            query?: {
                /**
                 * @description Only the settlement created (or cancelled) by this message id.
                 * @example H41010500017202611051015000009
                 */
                messageId?: components["schemas"]["MessageId"];
                /**
                 * @description Only this encounter's settlements.
                 * @example 41019926110200000123
                 */
                encounterId?: components["schemas"]["EncounterId"];
                /**
                 * @description Only those settled on this (Beijing) day.
                 * @example 2026-11-05
                 */
                settledOn?: string;
                /**
                 * @description Only those in this state.
                 * @example settled
                 */
                status?: components["schemas"]["SettlementStatus"];
                /**
                 * @description Only this insurance type.
                 * @example 310
                 */
                insuranceType?: components["schemas"]["InsuranceType"];
                /**
                 * @description Only this clearing type.
                 * @example 21
                 */
                clearingType?: components["schemas"]["ClearingType"];
                /**
                 * @description Opaque cursor from the previous page's `nextCursor`; omit for the first page.
                 * @example eyJrIjoiZW50XzAxSkQ4WDNRNVI3VDlWMVczWTVaN0E5QzFFIn0
                 */
                cursor?: components["schemas"]["Cursor"];
                /**
                 * @description Maximum number of items on the page (1-200).
                 * @example 50
                 */
                limit?: number;
            };
            header: {
                /**
                 * @description Calling client identity (调用方标识), X-Road style, in the canonical form
                 *
                 *         <instance>/<memberClass>/<uscc>/<region>/<subsystem>
                 *
                 *     - `instance`: `ZY` (production) or `ZY-TEST` (test and conformance environments);
                 *     - `memberClass`: `GOV` 党政机关 (government agency), `PUB` 事业单位 (public institution,
                 *       e.g. a hospital), `COM` 企业 (enterprise, e.g. a bank), `NGO` 社会组织;
                 *     - `uscc`: the member agency's unified social credit code (check digit verified);
                 *     - `region`: the agency's 6-digit region code (see `RegionCode`);
                 *     - `subsystem`: the calling system, lower-case `a-z0-9-`, 1-32 characters, starting
                 *       with a letter.
                 *
                 *     Example: `ZY/GOV/11410100MB00000005/410100/medical-settlement-hub`.
                 *     Must equal the `sub` (and `iss`) claim of the request token; a mismatch is 401.
                 * @example ZY/COM/91410100MA3X000109/410100/ledger-client
                 */
                "X-Client-Id": components["schemas"]["ClientId"];
                /**
                 * @description Client-chosen request id (请求标识), echoed in the `X-Request-Id` response header and in
                 *     `requestId` of any problem body. When absent the server assigns one.
                 * @example req-20261102-091530-0001
                 */
                "X-Request-Id"?: components["schemas"]["RequestId"];
                /**
                 * @description W3C Trace Context `traceparent` (version `00`): `00-<trace-id>-<parent-id>-<flags>`.
                 *     Propagated into logs and audit records; an all-zero trace-id or parent-id is invalid
                 *     and is ignored (a new trace is started), never refused.
                 * @example 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01
                 */
                traceparent?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of settlements (一页结算信息). */
            200: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SettlementPage"];
                };
            };
            /** @description Request validation failed (请求校验失败). */
            400: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request token missing or invalid (请求令牌缺失或无效). */
            401: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Operation not permitted for this client (调用方无权执行此操作). */
            403: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests (请求过于频繁). */
            429: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    /**
                     * @description Seconds to wait before retrying (RFC 9110 §10.2.3). This API always sends
                     *     delay-seconds, never an HTTP-date. Clients cap the wait and abort it on cancellation.
                     * @example 2
                     */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (服务内部错误). */
            500: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service temporarily unavailable (服务暂时不可用). */
            503: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    /**
                     * @description Seconds to wait before retrying (RFC 9110 §10.2.3). This API always sends
                     *     delay-seconds, never an HTTP-date. Clients cap the wait and abort it on cancellation.
                     * @example 2
                     */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSettlement: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Calling client identity (调用方标识), X-Road style, in the canonical form
                 *
                 *         <instance>/<memberClass>/<uscc>/<region>/<subsystem>
                 *
                 *     - `instance`: `ZY` (production) or `ZY-TEST` (test and conformance environments);
                 *     - `memberClass`: `GOV` 党政机关 (government agency), `PUB` 事业单位 (public institution,
                 *       e.g. a hospital), `COM` 企业 (enterprise, e.g. a bank), `NGO` 社会组织;
                 *     - `uscc`: the member agency's unified social credit code (check digit verified);
                 *     - `region`: the agency's 6-digit region code (see `RegionCode`);
                 *     - `subsystem`: the calling system, lower-case `a-z0-9-`, 1-32 characters, starting
                 *       with a letter.
                 *
                 *     Example: `ZY/GOV/11410100MB00000005/410100/medical-settlement-hub`.
                 *     Must equal the `sub` (and `iss`) claim of the request token; a mismatch is 401.
                 * @example ZY/COM/91410100MA3X000109/410100/ledger-client
                 */
                "X-Client-Id": components["schemas"]["ClientId"];
                /**
                 * @description Client-chosen request id (请求标识), echoed in the `X-Request-Id` response header and in
                 *     `requestId` of any problem body. When absent the server assigns one.
                 * @example req-20261102-091530-0001
                 */
                "X-Request-Id"?: components["schemas"]["RequestId"];
                /**
                 * @description W3C Trace Context `traceparent` (version `00`): `00-<trace-id>-<parent-id>-<flags>`.
                 *     Propagated into logs and audit records; an all-zero trace-id or parent-id is invalid
                 *     and is ignored (a new trace is started), never refused.
                 * @example 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01
                 */
                traceparent?: string;
            };
            path: {
                /**
                 * @description Settlement id (`setl_id`).
                 * @example 41019926110500000456
                 */
                settlementId: components["parameters"]["SettlementIdParam"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The settlement (结算信息). */
            200: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Settlement"];
                };
            };
            /** @description Request validation failed (请求校验失败). */
            400: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request token missing or invalid (请求令牌缺失或无效). */
            401: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Operation not permitted for this client (调用方无权执行此操作). */
            403: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Resource not found (资源不存在). */
            404: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests (请求过于频繁). */
            429: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    /**
                     * @description Seconds to wait before retrying (RFC 9110 §10.2.3). This API always sends
                     *     delay-seconds, never an HTTP-date. Clients cap the wait and abort it on cancellation.
                     * @example 2
                     */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (服务内部错误). */
            500: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service temporarily unavailable (服务暂时不可用). */
            503: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    /**
                     * @description Seconds to wait before retrying (RFC 9110 §10.2.3). This API always sends
                     *     delay-seconds, never an HTTP-date. Clients cap the wait and abort it on cancellation.
                     * @example 2
                     */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    cancelSettlement: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Calling client identity (调用方标识), X-Road style, in the canonical form
                 *
                 *         <instance>/<memberClass>/<uscc>/<region>/<subsystem>
                 *
                 *     - `instance`: `ZY` (production) or `ZY-TEST` (test and conformance environments);
                 *     - `memberClass`: `GOV` 党政机关 (government agency), `PUB` 事业单位 (public institution,
                 *       e.g. a hospital), `COM` 企业 (enterprise, e.g. a bank), `NGO` 社会组织;
                 *     - `uscc`: the member agency's unified social credit code (check digit verified);
                 *     - `region`: the agency's 6-digit region code (see `RegionCode`);
                 *     - `subsystem`: the calling system, lower-case `a-z0-9-`, 1-32 characters, starting
                 *       with a letter.
                 *
                 *     Example: `ZY/GOV/11410100MB00000005/410100/medical-settlement-hub`.
                 *     Must equal the `sub` (and `iss`) claim of the request token; a mismatch is 401.
                 * @example ZY/COM/91410100MA3X000109/410100/ledger-client
                 */
                "X-Client-Id": components["schemas"]["ClientId"];
                /**
                 * @description 幂等键. Required on every operation marked `x-idempotency: required` (operations that
                 *     move money or create records). Chosen by the client, unique per intended effect, and
                 *     kept unchanged across retries of the same request (each retry mints a new token).
                 *     Keys are scoped to the calling client (`X-Client-Id`) and kept for at least 24 hours.
                 *
                 *     - same key, same body: the stored response is replayed with `Idempotent-Replayed: true`;
                 *     - same key, different body: 422 `idempotency-key-reused`;
                 *     - same key while the first request is still running: 409 `request-in-progress` with
                 *       `Retry-After`.
                 *
                 *     A UUID (version 4 or 7) is recommended.
                 * @example 0b6f1c5e-7a3d-4f7e-9c2a-5d8e1f4a6b3c
                 */
                "Idempotency-Key": components["schemas"]["IdempotencyKey"];
                /**
                 * @description RFC 9530 digest of the exact request body bytes sent (`sha-256` or `sha-512`,
                 *     base64 between colons). Required on every request with a body; the server recomputes
                 *     it from the raw received bytes before parsing JSON, and the request token binds it.
                 * @example sha-256=:X48E9qOokqqrvdts8nOJRJN3OWDUoyWxBf7kbu9DBPE=:
                 */
                "Content-Digest": string;
                /**
                 * @description Client-chosen request id (请求标识), echoed in the `X-Request-Id` response header and in
                 *     `requestId` of any problem body. When absent the server assigns one.
                 * @example req-20261102-091530-0001
                 */
                "X-Request-Id"?: components["schemas"]["RequestId"];
                /**
                 * @description W3C Trace Context `traceparent` (version `00`): `00-<trace-id>-<parent-id>-<flags>`.
                 *     Propagated into logs and audit records; an all-zero trace-id or parent-id is invalid
                 *     and is ignored (a new trace is started), never refused.
                 * @example 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01
                 */
                traceparent?: string;
            };
            path: {
                /**
                 * @description Settlement id (`setl_id`).
                 * @example 41019926110500000456
                 */
                settlementId: components["parameters"]["SettlementIdParam"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CancellationRequest"];
            };
        };
        responses: {
            /** @description Settlement cancelled (结算已撤销). */
            200: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    /**
                     * @description `true` when this response is a replay of the stored response to an earlier request
                     *     with the same `Idempotency-Key` and body (幂等重放); absent on a first execution.
                     * @example true
                     */
                    "Idempotent-Replayed"?: boolean;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Settlement"];
                };
            };
            /** @description Request validation failed (请求校验失败). */
            400: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request token missing or invalid (请求令牌缺失或无效). */
            401: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Operation not permitted for this client (调用方无权执行此操作). */
            403: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Resource not found (资源不存在). */
            404: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict (冲突): `SETTLEMENT_ALREADY_CANCELLED`, `SETTLEMENT_ALREADY_REVERSED`, `SETTLEMENT_ALREADY_CLEARED`, `MESSAGE_ALREADY_REVERSED`, `MESSAGE_ID_REUSED`, `REQUEST_IN_PROGRESS`. */
            409: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    /**
                     * @description Seconds to wait before retrying, sent with 409 `request-in-progress` only.
                     *     Same format as on 429 and 503.
                     * @example 1
                     */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request body too large (请求体过大). */
            413: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type (不支持的媒体类型). */
            415: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Business rule not met (业务校验未通过): `INSURED_REGION_MISMATCH`, `IDEMPOTENCY_KEY_REUSED`. */
            422: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests (请求过于频繁). */
            429: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    /**
                     * @description Seconds to wait before retrying (RFC 9110 §10.2.3). This API always sends
                     *     delay-seconds, never an HTTP-date. Clients cap the wait and abort it on cancellation.
                     * @example 2
                     */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (服务内部错误). */
            500: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service temporarily unavailable (服务暂时不可用). */
            503: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    /**
                     * @description Seconds to wait before retrying (RFC 9110 §10.2.3). This API always sends
                     *     delay-seconds, never an HTTP-date. Clients cap the wait and abort it on cancellation.
                     * @example 2
                     */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Outcome unknown (交易结果未知): `OUTCOME_UNKNOWN`. Reverse the call by its message id (`createReversal`); never resend it under a new message id. */
            504: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createReversal: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Calling client identity (调用方标识), X-Road style, in the canonical form
                 *
                 *         <instance>/<memberClass>/<uscc>/<region>/<subsystem>
                 *
                 *     - `instance`: `ZY` (production) or `ZY-TEST` (test and conformance environments);
                 *     - `memberClass`: `GOV` 党政机关 (government agency), `PUB` 事业单位 (public institution,
                 *       e.g. a hospital), `COM` 企业 (enterprise, e.g. a bank), `NGO` 社会组织;
                 *     - `uscc`: the member agency's unified social credit code (check digit verified);
                 *     - `region`: the agency's 6-digit region code (see `RegionCode`);
                 *     - `subsystem`: the calling system, lower-case `a-z0-9-`, 1-32 characters, starting
                 *       with a letter.
                 *
                 *     Example: `ZY/GOV/11410100MB00000005/410100/medical-settlement-hub`.
                 *     Must equal the `sub` (and `iss`) claim of the request token; a mismatch is 401.
                 * @example ZY/COM/91410100MA3X000109/410100/ledger-client
                 */
                "X-Client-Id": components["schemas"]["ClientId"];
                /**
                 * @description 幂等键. Required on every operation marked `x-idempotency: required` (operations that
                 *     move money or create records). Chosen by the client, unique per intended effect, and
                 *     kept unchanged across retries of the same request (each retry mints a new token).
                 *     Keys are scoped to the calling client (`X-Client-Id`) and kept for at least 24 hours.
                 *
                 *     - same key, same body: the stored response is replayed with `Idempotent-Replayed: true`;
                 *     - same key, different body: 422 `idempotency-key-reused`;
                 *     - same key while the first request is still running: 409 `request-in-progress` with
                 *       `Retry-After`.
                 *
                 *     A UUID (version 4 or 7) is recommended.
                 * @example 0b6f1c5e-7a3d-4f7e-9c2a-5d8e1f4a6b3c
                 */
                "Idempotency-Key": components["schemas"]["IdempotencyKey"];
                /**
                 * @description RFC 9530 digest of the exact request body bytes sent (`sha-256` or `sha-512`,
                 *     base64 between colons). Required on every request with a body; the server recomputes
                 *     it from the raw received bytes before parsing JSON, and the request token binds it.
                 * @example sha-256=:X48E9qOokqqrvdts8nOJRJN3OWDUoyWxBf7kbu9DBPE=:
                 */
                "Content-Digest": string;
                /**
                 * @description Client-chosen request id (请求标识), echoed in the `X-Request-Id` response header and in
                 *     `requestId` of any problem body. When absent the server assigns one.
                 * @example req-20261102-091530-0001
                 */
                "X-Request-Id"?: components["schemas"]["RequestId"];
                /**
                 * @description W3C Trace Context `traceparent` (version `00`): `00-<trace-id>-<parent-id>-<flags>`.
                 *     Propagated into logs and audit records; an all-zero trace-id or parent-id is invalid
                 *     and is ignored (a new trace is started), never refused.
                 * @example 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01
                 */
                traceparent?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateReversalRequest"];
            };
        };
        responses: {
            /** @description Original voided (已冲正). */
            201: {
                headers: {
                    /**
                     * @description Absolute path of the new resource, base path included (it answers a GET by the same caller).
                     * @example /medical-settlement/v1/reversals/rev_01JD9H7Q3S5V7X9Z1B3D5F7H9K
                     */
                    Location: string;
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    /**
                     * @description `true` when this response is a replay of the stored response to an earlier request
                     *     with the same `Idempotency-Key` and body (幂等重放); absent on a first execution.
                     * @example true
                     */
                    "Idempotent-Replayed"?: boolean;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Reversal"];
                };
            };
            /** @description Request validation failed (请求校验失败). */
            400: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request token missing or invalid (请求令牌缺失或无效). */
            401: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Operation not permitted for this client (调用方无权执行此操作). */
            403: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict (冲突): `SETTLEMENT_ALREADY_REVERSED`, `SETTLEMENT_ALREADY_CANCELLED`, `SETTLEMENT_ALREADY_CLEARED`, `MESSAGE_ID_REUSED`, `REQUEST_IN_PROGRESS`. */
            409: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    /**
                     * @description Seconds to wait before retrying, sent with 409 `request-in-progress` only.
                     *     Same format as on 429 and 503.
                     * @example 1
                     */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request body too large (请求体过大). */
            413: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type (不支持的媒体类型). */
            415: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Business rule not met (业务校验未通过): `UNKNOWN_ORIGINAL_MESSAGE`, `ORIGINAL_OPERATION_MISMATCH`, `REVERSAL_NOT_ALLOWED`, `REGION_NOT_CROSS_PROVINCE`, `INSURED_REGION_MISMATCH`, `IDEMPOTENCY_KEY_REUSED`. */
            422: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests (请求过于频繁). */
            429: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    /**
                     * @description Seconds to wait before retrying (RFC 9110 §10.2.3). This API always sends
                     *     delay-seconds, never an HTTP-date. Clients cap the wait and abort it on cancellation.
                     * @example 2
                     */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (服务内部错误). */
            500: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service temporarily unavailable (服务暂时不可用). */
            503: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    /**
                     * @description Seconds to wait before retrying (RFC 9110 §10.2.3). This API always sends
                     *     delay-seconds, never an HTTP-date. Clients cap the wait and abort it on cancellation.
                     * @example 2
                     */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReversal: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Calling client identity (调用方标识), X-Road style, in the canonical form
                 *
                 *         <instance>/<memberClass>/<uscc>/<region>/<subsystem>
                 *
                 *     - `instance`: `ZY` (production) or `ZY-TEST` (test and conformance environments);
                 *     - `memberClass`: `GOV` 党政机关 (government agency), `PUB` 事业单位 (public institution,
                 *       e.g. a hospital), `COM` 企业 (enterprise, e.g. a bank), `NGO` 社会组织;
                 *     - `uscc`: the member agency's unified social credit code (check digit verified);
                 *     - `region`: the agency's 6-digit region code (see `RegionCode`);
                 *     - `subsystem`: the calling system, lower-case `a-z0-9-`, 1-32 characters, starting
                 *       with a letter.
                 *
                 *     Example: `ZY/GOV/11410100MB00000005/410100/medical-settlement-hub`.
                 *     Must equal the `sub` (and `iss`) claim of the request token; a mismatch is 401.
                 * @example ZY/COM/91410100MA3X000109/410100/ledger-client
                 */
                "X-Client-Id": components["schemas"]["ClientId"];
                /**
                 * @description Client-chosen request id (请求标识), echoed in the `X-Request-Id` response header and in
                 *     `requestId` of any problem body. When absent the server assigns one.
                 * @example req-20261102-091530-0001
                 */
                "X-Request-Id"?: components["schemas"]["RequestId"];
                /**
                 * @description W3C Trace Context `traceparent` (version `00`): `00-<trace-id>-<parent-id>-<flags>`.
                 *     Propagated into logs and audit records; an all-zero trace-id or parent-id is invalid
                 *     and is ignored (a new trace is started), never refused.
                 * @example 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01
                 */
                traceparent?: string;
            };
            path: {
                /**
                 * @description Reversal id, as `createReversal` answered it.
                 * @example rev_01JD9H7Q3S5V7X9Z1B3D5F7H9K
                 */
                reversalId: components["parameters"]["ReversalIdParam"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The reversal record (冲正记录). */
            200: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Reversal"];
                };
            };
            /** @description Request validation failed (请求校验失败). */
            400: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request token missing or invalid (请求令牌缺失或无效). */
            401: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Operation not permitted for this client (调用方无权执行此操作). */
            403: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Resource not found (资源不存在). */
            404: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests (请求过于频繁). */
            429: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    /**
                     * @description Seconds to wait before retrying (RFC 9110 §10.2.3). This API always sends
                     *     delay-seconds, never an HTTP-date. Clients cap the wait and abort it on cancellation.
                     * @example 2
                     */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (服务内部错误). */
            500: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service temporarily unavailable (服务暂时不可用). */
            503: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    /**
                     * @description Seconds to wait before retrying (RFC 9110 §10.2.3). This API always sends
                     *     delay-seconds, never an HTTP-date. Clients cap the wait and abort it on cancellation.
                     * @example 2
                     */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    reconcileTotals: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Calling client identity (调用方标识), X-Road style, in the canonical form
                 *
                 *         <instance>/<memberClass>/<uscc>/<region>/<subsystem>
                 *
                 *     - `instance`: `ZY` (production) or `ZY-TEST` (test and conformance environments);
                 *     - `memberClass`: `GOV` 党政机关 (government agency), `PUB` 事业单位 (public institution,
                 *       e.g. a hospital), `COM` 企业 (enterprise, e.g. a bank), `NGO` 社会组织;
                 *     - `uscc`: the member agency's unified social credit code (check digit verified);
                 *     - `region`: the agency's 6-digit region code (see `RegionCode`);
                 *     - `subsystem`: the calling system, lower-case `a-z0-9-`, 1-32 characters, starting
                 *       with a letter.
                 *
                 *     Example: `ZY/GOV/11410100MB00000005/410100/medical-settlement-hub`.
                 *     Must equal the `sub` (and `iss`) claim of the request token; a mismatch is 401.
                 * @example ZY/COM/91410100MA3X000109/410100/ledger-client
                 */
                "X-Client-Id": components["schemas"]["ClientId"];
                /**
                 * @description 幂等键. Required on every operation marked `x-idempotency: required` (operations that
                 *     move money or create records). Chosen by the client, unique per intended effect, and
                 *     kept unchanged across retries of the same request (each retry mints a new token).
                 *     Keys are scoped to the calling client (`X-Client-Id`) and kept for at least 24 hours.
                 *
                 *     - same key, same body: the stored response is replayed with `Idempotent-Replayed: true`;
                 *     - same key, different body: 422 `idempotency-key-reused`;
                 *     - same key while the first request is still running: 409 `request-in-progress` with
                 *       `Retry-After`.
                 *
                 *     A UUID (version 4 or 7) is recommended.
                 * @example 0b6f1c5e-7a3d-4f7e-9c2a-5d8e1f4a6b3c
                 */
                "Idempotency-Key": components["schemas"]["IdempotencyKey"];
                /**
                 * @description RFC 9530 digest of the exact request body bytes sent (`sha-256` or `sha-512`,
                 *     base64 between colons). Required on every request with a body; the server recomputes
                 *     it from the raw received bytes before parsing JSON, and the request token binds it.
                 * @example sha-256=:X48E9qOokqqrvdts8nOJRJN3OWDUoyWxBf7kbu9DBPE=:
                 */
                "Content-Digest": string;
                /**
                 * @description Client-chosen request id (请求标识), echoed in the `X-Request-Id` response header and in
                 *     `requestId` of any problem body. When absent the server assigns one.
                 * @example req-20261102-091530-0001
                 */
                "X-Request-Id"?: components["schemas"]["RequestId"];
                /**
                 * @description W3C Trace Context `traceparent` (version `00`): `00-<trace-id>-<parent-id>-<flags>`.
                 *     Propagated into logs and audit records; an all-zero trace-id or parent-id is invalid
                 *     and is ignored (a new trace is started), never refused.
                 * @example 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01
                 */
                traceparent?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReconcileTotalsRequest"];
            };
        };
        responses: {
            /** @description Totals compared (对总账完成). */
            201: {
                headers: {
                    /**
                     * @description Absolute path of the new resource, base path included (it answers a GET by the same caller).
                     * @example /medical-settlement/v1/reconciliations/rcn_01JD9K2M4P6R8T0V2X4Z6B8D0F
                     */
                    Location: string;
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    /**
                     * @description `true` when this response is a replay of the stored response to an earlier request
                     *     with the same `Idempotency-Key` and body (幂等重放); absent on a first execution.
                     * @example true
                     */
                    "Idempotent-Replayed"?: boolean;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Reconciliation"];
                };
            };
            /** @description Request validation failed (请求校验失败). */
            400: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request token missing or invalid (请求令牌缺失或无效). */
            401: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Operation not permitted for this client (调用方无权执行此操作). */
            403: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict (冲突): `MESSAGE_ID_REUSED`, `REQUEST_IN_PROGRESS`. */
            409: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    /**
                     * @description Seconds to wait before retrying, sent with 409 `request-in-progress` only.
                     *     Same format as on 429 and 503.
                     * @example 1
                     */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request body too large (请求体过大). */
            413: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type (不支持的媒体类型). */
            415: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Idempotency key reused with a different request (幂等键已用于不同的请求). */
            422: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests (请求过于频繁). */
            429: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    /**
                     * @description Seconds to wait before retrying (RFC 9110 §10.2.3). This API always sends
                     *     delay-seconds, never an HTTP-date. Clients cap the wait and abort it on cancellation.
                     * @example 2
                     */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (服务内部错误). */
            500: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service temporarily unavailable (服务暂时不可用). */
            503: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    /**
                     * @description Seconds to wait before retrying (RFC 9110 §10.2.3). This API always sends
                     *     delay-seconds, never an HTTP-date. Clients cap the wait and abort it on cancellation.
                     * @example 2
                     */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReconciliation: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Calling client identity (调用方标识), X-Road style, in the canonical form
                 *
                 *         <instance>/<memberClass>/<uscc>/<region>/<subsystem>
                 *
                 *     - `instance`: `ZY` (production) or `ZY-TEST` (test and conformance environments);
                 *     - `memberClass`: `GOV` 党政机关 (government agency), `PUB` 事业单位 (public institution,
                 *       e.g. a hospital), `COM` 企业 (enterprise, e.g. a bank), `NGO` 社会组织;
                 *     - `uscc`: the member agency's unified social credit code (check digit verified);
                 *     - `region`: the agency's 6-digit region code (see `RegionCode`);
                 *     - `subsystem`: the calling system, lower-case `a-z0-9-`, 1-32 characters, starting
                 *       with a letter.
                 *
                 *     Example: `ZY/GOV/11410100MB00000005/410100/medical-settlement-hub`.
                 *     Must equal the `sub` (and `iss`) claim of the request token; a mismatch is 401.
                 * @example ZY/COM/91410100MA3X000109/410100/ledger-client
                 */
                "X-Client-Id": components["schemas"]["ClientId"];
                /**
                 * @description Client-chosen request id (请求标识), echoed in the `X-Request-Id` response header and in
                 *     `requestId` of any problem body. When absent the server assigns one.
                 * @example req-20261102-091530-0001
                 */
                "X-Request-Id"?: components["schemas"]["RequestId"];
                /**
                 * @description W3C Trace Context `traceparent` (version `00`): `00-<trace-id>-<parent-id>-<flags>`.
                 *     Propagated into logs and audit records; an all-zero trace-id or parent-id is invalid
                 *     and is ignored (a new trace is started), never refused.
                 * @example 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01
                 */
                traceparent?: string;
            };
            path: {
                /**
                 * @description Reconciliation run id.
                 * @example rcn_01JD9K2M4P6R8T0V2X4Z6B8D0F
                 */
                reconciliationId: components["parameters"]["ReconciliationIdParam"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The run (对账结果). */
            200: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Reconciliation"];
                };
            };
            /** @description Request validation failed (请求校验失败). */
            400: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request token missing or invalid (请求令牌缺失或无效). */
            401: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Operation not permitted for this client (调用方无权执行此操作). */
            403: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Resource not found (资源不存在). */
            404: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests (请求过于频繁). */
            429: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    /**
                     * @description Seconds to wait before retrying (RFC 9110 §10.2.3). This API always sends
                     *     delay-seconds, never an HTTP-date. Clients cap the wait and abort it on cancellation.
                     * @example 2
                     */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (服务内部错误). */
            500: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service temporarily unavailable (服务暂时不可用). */
            503: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    /**
                     * @description Seconds to wait before retrying (RFC 9110 §10.2.3). This API always sends
                     *     delay-seconds, never an HTTP-date. Clients cap the wait and abort it on cancellation.
                     * @example 2
                     */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    compareReconciliationDetail: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Calling client identity (调用方标识), X-Road style, in the canonical form
                 *
                 *         <instance>/<memberClass>/<uscc>/<region>/<subsystem>
                 *
                 *     - `instance`: `ZY` (production) or `ZY-TEST` (test and conformance environments);
                 *     - `memberClass`: `GOV` 党政机关 (government agency), `PUB` 事业单位 (public institution,
                 *       e.g. a hospital), `COM` 企业 (enterprise, e.g. a bank), `NGO` 社会组织;
                 *     - `uscc`: the member agency's unified social credit code (check digit verified);
                 *     - `region`: the agency's 6-digit region code (see `RegionCode`);
                 *     - `subsystem`: the calling system, lower-case `a-z0-9-`, 1-32 characters, starting
                 *       with a letter.
                 *
                 *     Example: `ZY/GOV/11410100MB00000005/410100/medical-settlement-hub`.
                 *     Must equal the `sub` (and `iss`) claim of the request token; a mismatch is 401.
                 * @example ZY/COM/91410100MA3X000109/410100/ledger-client
                 */
                "X-Client-Id": components["schemas"]["ClientId"];
                /**
                 * @description 幂等键. Required on every operation marked `x-idempotency: required` (operations that
                 *     move money or create records). Chosen by the client, unique per intended effect, and
                 *     kept unchanged across retries of the same request (each retry mints a new token).
                 *     Keys are scoped to the calling client (`X-Client-Id`) and kept for at least 24 hours.
                 *
                 *     - same key, same body: the stored response is replayed with `Idempotent-Replayed: true`;
                 *     - same key, different body: 422 `idempotency-key-reused`;
                 *     - same key while the first request is still running: 409 `request-in-progress` with
                 *       `Retry-After`.
                 *
                 *     A UUID (version 4 or 7) is recommended.
                 * @example 0b6f1c5e-7a3d-4f7e-9c2a-5d8e1f4a6b3c
                 */
                "Idempotency-Key": components["schemas"]["IdempotencyKey"];
                /**
                 * @description RFC 9530 digest of the exact request body bytes sent (`sha-256` or `sha-512`,
                 *     base64 between colons). Required on every request with a body; the server recomputes
                 *     it from the raw received bytes before parsing JSON, and the request token binds it.
                 * @example sha-256=:X48E9qOokqqrvdts8nOJRJN3OWDUoyWxBf7kbu9DBPE=:
                 */
                "Content-Digest": string;
                /**
                 * @description Client-chosen request id (请求标识), echoed in the `X-Request-Id` response header and in
                 *     `requestId` of any problem body. When absent the server assigns one.
                 * @example req-20261102-091530-0001
                 */
                "X-Request-Id"?: components["schemas"]["RequestId"];
                /**
                 * @description W3C Trace Context `traceparent` (version `00`): `00-<trace-id>-<parent-id>-<flags>`.
                 *     Propagated into logs and audit records; an all-zero trace-id or parent-id is invalid
                 *     and is ignored (a new trace is started), never refused.
                 * @example 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01
                 */
                traceparent?: string;
            };
            path: {
                /**
                 * @description Reconciliation run id.
                 * @example rcn_01JD9K2M4P6R8T0V2X4Z6B8D0F
                 */
                reconciliationId: components["parameters"]["ReconciliationIdParam"];
            };
            cookie?: never;
        };
        /** @description The hospital's settlement rows of the run's scope, one JSON object per line. */
        requestBody: {
            content: {
                "application/x-ndjson": components["schemas"]["ReconciliationDetailRow"];
            };
        };
        responses: {
            /** @description The differences, streamed (对明细账结果). */
            200: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    /**
                     * @description `true` when this response is a replay of the stored response to an earlier request
                     *     with the same `Idempotency-Key` and body (幂等重放); absent on a first execution.
                     * @example true
                     */
                    "Idempotent-Replayed"?: boolean;
                    [name: string]: unknown;
                };
                content: {
                    "application/x-ndjson": components["schemas"]["ReconciliationResultLine"];
                };
            };
            /** @description Request validation failed (请求校验失败). */
            400: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request token missing or invalid (请求令牌缺失或无效). */
            401: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Operation not permitted for this client (调用方无权执行此操作). */
            403: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Resource not found (资源不存在). */
            404: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict (冲突): `ILLEGAL_TRANSITION`, `RECONCILIATION_ALREADY_BALANCED`, `MESSAGE_ID_REUSED`, `REQUEST_IN_PROGRESS`. */
            409: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    /**
                     * @description Seconds to wait before retrying, sent with 409 `request-in-progress` only.
                     *     Same format as on 429 and 503.
                     * @example 1
                     */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request body too large (请求体过大). */
            413: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type (不支持的媒体类型). */
            415: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Business rule not met (业务校验未通过): `AMOUNTS_DO_NOT_ADD_UP`, `IDEMPOTENCY_KEY_REUSED`. */
            422: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests (请求过于频繁). */
            429: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    /**
                     * @description Seconds to wait before retrying (RFC 9110 §10.2.3). This API always sends
                     *     delay-seconds, never an HTTP-date. Clients cap the wait and abort it on cancellation.
                     * @example 2
                     */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (服务内部错误). */
            500: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service temporarily unavailable (服务暂时不可用). */
            503: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    /**
                     * @description Seconds to wait before retrying (RFC 9110 §10.2.3). This API always sends
                     *     delay-seconds, never an HTTP-date. Clients cap the wait and abort it on cancellation.
                     * @example 2
                     */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReconciliationDifferences: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Calling client identity (调用方标识), X-Road style, in the canonical form
                 *
                 *         <instance>/<memberClass>/<uscc>/<region>/<subsystem>
                 *
                 *     - `instance`: `ZY` (production) or `ZY-TEST` (test and conformance environments);
                 *     - `memberClass`: `GOV` 党政机关 (government agency), `PUB` 事业单位 (public institution,
                 *       e.g. a hospital), `COM` 企业 (enterprise, e.g. a bank), `NGO` 社会组织;
                 *     - `uscc`: the member agency's unified social credit code (check digit verified);
                 *     - `region`: the agency's 6-digit region code (see `RegionCode`);
                 *     - `subsystem`: the calling system, lower-case `a-z0-9-`, 1-32 characters, starting
                 *       with a letter.
                 *
                 *     Example: `ZY/GOV/11410100MB00000005/410100/medical-settlement-hub`.
                 *     Must equal the `sub` (and `iss`) claim of the request token; a mismatch is 401.
                 * @example ZY/COM/91410100MA3X000109/410100/ledger-client
                 */
                "X-Client-Id": components["schemas"]["ClientId"];
                /**
                 * @description Client-chosen request id (请求标识), echoed in the `X-Request-Id` response header and in
                 *     `requestId` of any problem body. When absent the server assigns one.
                 * @example req-20261102-091530-0001
                 */
                "X-Request-Id"?: components["schemas"]["RequestId"];
                /**
                 * @description W3C Trace Context `traceparent` (version `00`): `00-<trace-id>-<parent-id>-<flags>`.
                 *     Propagated into logs and audit records; an all-zero trace-id or parent-id is invalid
                 *     and is ignored (a new trace is started), never refused.
                 * @example 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01
                 */
                traceparent?: string;
            };
            path: {
                /**
                 * @description Reconciliation run id.
                 * @example rcn_01JD9K2M4P6R8T0V2X4Z6B8D0F
                 */
                reconciliationId: components["parameters"]["ReconciliationIdParam"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The differences, streamed (对明细账结果). */
            200: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-ndjson": components["schemas"]["ReconciliationResultLine"];
                };
            };
            /** @description Request validation failed (请求校验失败). */
            400: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request token missing or invalid (请求令牌缺失或无效). */
            401: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Operation not permitted for this client (调用方无权执行此操作). */
            403: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Resource not found (资源不存在). */
            404: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests (请求过于频繁). */
            429: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    /**
                     * @description Seconds to wait before retrying (RFC 9110 §10.2.3). This API always sends
                     *     delay-seconds, never an HTTP-date. Clients cap the wait and abort it on cancellation.
                     * @example 2
                     */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (服务内部错误). */
            500: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service temporarily unavailable (服务暂时不可用). */
            503: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    /**
                     * @description Seconds to wait before retrying (RFC 9110 §10.2.3). This API always sends
                     *     delay-seconds, never an HTTP-date. Clients cap the wait and abort it on cancellation.
                     * @example 2
                     */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    resolveReconciliation: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Calling client identity (调用方标识), X-Road style, in the canonical form
                 *
                 *         <instance>/<memberClass>/<uscc>/<region>/<subsystem>
                 *
                 *     - `instance`: `ZY` (production) or `ZY-TEST` (test and conformance environments);
                 *     - `memberClass`: `GOV` 党政机关 (government agency), `PUB` 事业单位 (public institution,
                 *       e.g. a hospital), `COM` 企业 (enterprise, e.g. a bank), `NGO` 社会组织;
                 *     - `uscc`: the member agency's unified social credit code (check digit verified);
                 *     - `region`: the agency's 6-digit region code (see `RegionCode`);
                 *     - `subsystem`: the calling system, lower-case `a-z0-9-`, 1-32 characters, starting
                 *       with a letter.
                 *
                 *     Example: `ZY/GOV/11410100MB00000005/410100/medical-settlement-hub`.
                 *     Must equal the `sub` (and `iss`) claim of the request token; a mismatch is 401.
                 * @example ZY/COM/91410100MA3X000109/410100/ledger-client
                 */
                "X-Client-Id": components["schemas"]["ClientId"];
                /**
                 * @description 幂等键. Required on every operation marked `x-idempotency: required` (operations that
                 *     move money or create records). Chosen by the client, unique per intended effect, and
                 *     kept unchanged across retries of the same request (each retry mints a new token).
                 *     Keys are scoped to the calling client (`X-Client-Id`) and kept for at least 24 hours.
                 *
                 *     - same key, same body: the stored response is replayed with `Idempotent-Replayed: true`;
                 *     - same key, different body: 422 `idempotency-key-reused`;
                 *     - same key while the first request is still running: 409 `request-in-progress` with
                 *       `Retry-After`.
                 *
                 *     A UUID (version 4 or 7) is recommended.
                 * @example 0b6f1c5e-7a3d-4f7e-9c2a-5d8e1f4a6b3c
                 */
                "Idempotency-Key": components["schemas"]["IdempotencyKey"];
                /**
                 * @description RFC 9530 digest of the exact request body bytes sent (`sha-256` or `sha-512`,
                 *     base64 between colons). Required on every request with a body; the server recomputes
                 *     it from the raw received bytes before parsing JSON, and the request token binds it.
                 * @example sha-256=:X48E9qOokqqrvdts8nOJRJN3OWDUoyWxBf7kbu9DBPE=:
                 */
                "Content-Digest": string;
                /**
                 * @description Client-chosen request id (请求标识), echoed in the `X-Request-Id` response header and in
                 *     `requestId` of any problem body. When absent the server assigns one.
                 * @example req-20261102-091530-0001
                 */
                "X-Request-Id"?: components["schemas"]["RequestId"];
                /**
                 * @description W3C Trace Context `traceparent` (version `00`): `00-<trace-id>-<parent-id>-<flags>`.
                 *     Propagated into logs and audit records; an all-zero trace-id or parent-id is invalid
                 *     and is ignored (a new trace is started), never refused.
                 * @example 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01
                 */
                traceparent?: string;
            };
            path: {
                /**
                 * @description Reconciliation run id.
                 * @example rcn_01JD9K2M4P6R8T0V2X4Z6B8D0F
                 */
                reconciliationId: components["parameters"]["ReconciliationIdParam"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResolveReconciliationRequest"];
            };
        };
        responses: {
            /** @description Run closed (已处理). */
            200: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    /**
                     * @description `true` when this response is a replay of the stored response to an earlier request
                     *     with the same `Idempotency-Key` and body (幂等重放); absent on a first execution.
                     * @example true
                     */
                    "Idempotent-Replayed"?: boolean;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Reconciliation"];
                };
            };
            /** @description Request validation failed (请求校验失败). */
            400: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request token missing or invalid (请求令牌缺失或无效). */
            401: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Operation not permitted for this client (调用方无权执行此操作). */
            403: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Resource not found (资源不存在). */
            404: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict (冲突): `ILLEGAL_TRANSITION`, `MESSAGE_ID_REUSED`, `REQUEST_IN_PROGRESS`. */
            409: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    /**
                     * @description Seconds to wait before retrying, sent with 409 `request-in-progress` only.
                     *     Same format as on 429 and 503.
                     * @example 1
                     */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request body too large (请求体过大). */
            413: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type (不支持的媒体类型). */
            415: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Idempotency key reused with a different request (幂等键已用于不同的请求). */
            422: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests (请求过于频繁). */
            429: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    /**
                     * @description Seconds to wait before retrying (RFC 9110 §10.2.3). This API always sends
                     *     delay-seconds, never an HTTP-date. Clients cap the wait and abort it on cancellation.
                     * @example 2
                     */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (服务内部错误). */
            500: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service temporarily unavailable (服务暂时不可用). */
            503: {
                headers: {
                    /**
                     * @description Request id (请求标识): the client's `X-Request-Id` when it sent one, otherwise assigned
                     *     by the server. Present on every response, success or problem.
                     * @example req-20261102-091530-0001
                     */
                    "X-Request-Id": components["schemas"]["RequestId"];
                    /**
                     * @description Seconds to wait before retrying (RFC 9110 §10.2.3). This API always sends
                     *     delay-seconds, never an HTTP-date. Clients cap the wait and abort it on cancellation.
                     * @example 2
                     */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
