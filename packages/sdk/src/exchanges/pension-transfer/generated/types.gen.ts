// Generated from specs/pension-transfer/openapi.yaml (version 0.1.0) by `pnpm generate`.
// Do not edit: change the spec and run `pnpm generate` again.

export interface paths {
    "/transfer-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the configured transfer rules
         * @description Any registered agency may call it. Returns the rule parameters this deployment applies:
         *     the pooled-fund rate and its rounding, the first pooled year, the temporary-account
         *     rule, the per-hop target in working days, the working-day calendar and the inbox
         *     retention. Several of these rules are unverified and therefore configuration, not
         *     constants; agencies compute information-form amounts with these values.
         */
        get: operations["getTransferRules"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/transfer-cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the calling agency's transfer cases
         * @description Called by either agency. Lists the cases the calling agency is a party to, most
         *     recently updated first, as summaries without personal data; filter by the caller's
         *     role, the state or overdue hops. Filters never carry personal data (to find a person's
         *     cases use `queryTransferProgress`). This is also the resynchronisation path when an
         *     inbox cursor has expired.
         */
        get: operations["listTransferCases"];
        put?: never;
        /**
         * Apply for a transfer at the new place
         * @description Called by the **new-place agency** (转入地经办机构), which becomes the case's `newPlace`
         *     party (taken from `X-Client-Id`, never from the body). Records the application
         *     (转移接续申请表) and the contribution certificate (参保缴费凭证) the person obtained
         *     from the old place, and opens the case in state `applied` under the contact-letter
         *     number the new place assigns (`aae270`). The `contactLetter` hop starts: the letter is
         *     due within 15 working days.
         *
         *     Refused, with nothing stored: a person already receiving a pension
         *     (`ALREADY_RECEIVING_PENSION`); contributions at the new place that overlap the
         *     certificate's months at the old place (`OVERLAPPING_CONTRIBUTION_MONTHS`); an old place
         *     in the caller's own pooling region (`NOT_CROSS_REGION`); a person with an open case
         *     (`OPEN_CASE_EXISTS`); a number already used (`CONTACT_LETTER_NO_TAKEN`). The gender
         *     must agree with the ID number's sequence digit (odd = male), and a temporary account
         *     (临时缴费账户) is recorded as such: it will transfer the individual account only.
         *     Creates a record: requires `Idempotency-Key`.
         */
        post: operations["createTransferCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/transfer-cases/{contactLetterNo}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The case's contact-letter number (联系函编号 `aae270`).
                 * @example 410300202600001234
                 */
                contactLetterNo: components["parameters"]["ContactLetterNoParam"];
            };
            cookie?: never;
        };
        /**
         * Get a transfer case with its documents
         * @description Called by either party. Returns the case with every current document, the document
         *     history, the transition history, the current hop with `dueAt`/`overdue`, and
         *     `allowedActions` for the calling agency. Any other agency gets 404, exactly like an
         *     unknown number.
         */
        get: operations["getTransferCase"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/transfer-cases/{contactLetterNo}/contact-letter": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The case's contact-letter number (联系函编号 `aae270`).
                 * @example 410300202600001234
                 */
                contactLetterNo: components["parameters"]["ContactLetterNoParam"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Issue the contact letter to the old place
         * @description Called by the **new-place agency** only. Issues the contact letter
         *     (基本养老保险关系转移接续联系函) to the old-place agency through the exchange, naming the
         *     new place's fund income account that the money must be paid to. The letter carries
         *     the case's contact-letter number; after an amendment the letter is issued again as
         *     the next version. Moves the case `applied` → `letterIssued`, ends the `contactLetter`
         *     hop and starts the old place's `informationFormAndPayment` hop; the old place
         *     receives a `contactLetterReceived` inbox event.
         *
         *     Refused with nothing stored when the contribution certificate on the case shows the
         *     person is not eligible: arrears (`ARREARS_OUTSTANDING`), contributions not suspended
         *     (`STILL_CONTRIBUTING`), or a pension in payment known to the exchange
         *     (`ALREADY_RECEIVING_PENSION`). Creates a document: requires `Idempotency-Key`.
         */
        post: operations["issueContactLetter"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/transfer-cases/{contactLetterNo}/contact-letter/rejection": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The case's contact-letter number (联系函编号 `aae270`).
                 * @example 410300202600001234
                 */
                contactLetterNo: components["parameters"]["ContactLetterNoParam"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reject the contact letter
         * @description Called by the **old-place agency** only. Refuses the contact letter with a reason
         *     (退回联系函): arrears (`ARREARS`), contributions not suspended (`STILL_CONTRIBUTING`),
         *     person not found (`PERSON_NOT_FOUND`), identity data that do not match
         *     (`IDENTITY_MISMATCH`), overlapping months (`OVERLAPPING_MONTHS`, with the periods), a
         *     pension in payment (`ALREADY_RECEIVING_PENSION`) or `OTHER` (with a note). Moves
         *     `letterIssued` → `letterRejected`; the new place receives a `contactLetterRejected`
         *     event and may amend the application and issue the letter again, reject the
         *     application, or withdraw the case. Creates a document: requires `Idempotency-Key`.
         */
        post: operations["rejectContactLetter"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/transfer-cases/{contactLetterNo}/application/amendment": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The case's contact-letter number (联系函编号 `aae270`).
                 * @example 410300202600001234
                 */
                contactLetterNo: components["parameters"]["ContactLetterNoParam"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Amend the application after a rejected letter
         * @description Called by the **new-place agency** only, after the old place rejected the letter
         *     (e.g. once the arrears are paid or the identity data are corrected). Records a new
         *     version of the application and, when given, of the contribution certificate, and
         *     moves `letterRejected` → `applied` under the same contact-letter number; the
         *     `contactLetter` hop starts again. The letter is then issued again with
         *     `issueContactLetter` (next version). Refused like `createTransferCase`
         *     (`ALREADY_RECEIVING_PENSION`, `OVERLAPPING_CONTRIBUTION_MONTHS`, `NOT_CROSS_REGION`).
         *     Creates a document version: requires `Idempotency-Key`.
         */
        post: operations["amendTransferApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/transfer-cases/{contactLetterNo}/rejection": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The case's contact-letter number (联系函编号 `aae270`).
                 * @example 410300202600001234
                 */
                contactLetterNo: components["parameters"]["ContactLetterNoParam"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Refuse the application at the new place
         * @description Called by the **new-place agency** only: it refuses the application (不予受理) with a
         *     reason — the person already receives a pension, the benefit-claim place rules send
         *     the relation elsewhere, documents are incomplete, the identity could not be verified,
         *     or the application duplicates another. Allowed in `applied` and, when the old place's
         *     rejection is final, in `letterRejected`; the case ends in `rejected` (terminal). The
         *     old place receives an `applicationRejected` event if it had seen the letter. Creates
         *     a record: requires `Idempotency-Key`.
         */
        post: operations["rejectTransferApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/transfer-cases/{contactLetterNo}/withdrawal": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The case's contact-letter number (联系函编号 `aae270`).
                 * @example 410300202600001234
                 */
                contactLetterNo: components["parameters"]["ContactLetterNoParam"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Withdraw the transfer application
         * @description Called by the **new-place agency** only, on the applicant's (or agent's) request or to
         *     correct an entry made in error (申请撤销). Allowed before the old place has answered
         *     with an information form: in `applied` and `letterRejected`. Once the form is issued
         *     the amounts are fixed and money may be moving, so withdrawal is refused
         *     (`ILLEGAL_TRANSITION`). The case ends in `withdrawn` (terminal). Creates a record:
         *     requires `Idempotency-Key`.
         */
        post: operations["withdrawTransferCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/transfer-cases/{contactLetterNo}/information-form": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The case's contact-letter number (联系函编号 `aae270`).
                 * @example 410300202600001234
                 */
                contactLetterNo: components["parameters"]["ContactLetterNoParam"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Issue the information form with the contribution ledger
         * @description Called by the **old-place agency** only, in answer to the contact letter. Issues the
         *     information form (参保人员基本养老保险关系转移接续信息表): the person's contribution
         *     history at the old place, the per-year contribution and account ledger
         *     (历年缴费及个人账户记账信息), and the fund amounts frozen at the transfer date
         *     (`aae035`). Moves `letterIssued` → `infoFormIssued`; the new place receives an
         *     `informationFormReceived` event. The `informationFormAndPayment` hop continues until
         *     the payment is recorded.
         *
         *     The server checks every identity of `InformationFormContent.x-amount-identities`
         *     (individual-account transfer = its three parts; total = individual + pooled; pooled =
         *     Σ per-year pooled; per-year pooled = per-year base × configured rate, rounded half up
         *     per year) and refuses with `AMOUNT_IDENTITY_VIOLATED`, naming each failing member; a
         *     temporary contribution account (临时缴费账户) with any pooled amount is refused with
         *     `TEMPORARY_ACCOUNT_INDIVIDUAL_ONLY`. It also refuses when the old place's own record
         *     shows arrears, contributions not suspended, a pension in payment, or months that
         *     overlap the new place's contributions — the old place then rejects the letter with
         *     the matching reason instead. Nothing is stored on refusal. Creates a document:
         *     requires `Idempotency-Key`.
         */
        post: operations["issueInformationForm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/transfer-cases/{contactLetterNo}/fund-transfers": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The case's contact-letter number (联系函编号 `aae270`).
                 * @example 410300202600001234
                 */
                contactLetterNo: components["parameters"]["ContactLetterNoParam"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record the fund payment to the new place
         * @description Called by the **old-place agency** only, once its finance office has paid the transfer
         *     fund (转移基金) from its fund expenditure account to the new place's income account
         *     named in the contact letter. Records the bank voucher (`aad008`), the accounts, the
         *     value date (财务付款日期) and the paying clerk (财务付款经办人). The amount must equal
         *     the information form's total (`aic102`; `AMOUNT_IDENTITY_VIOLATED` otherwise, there
         *     are no partial payments); the payee is normally the account named in the contact
         *     letter.
         *     Moves `infoFormIssued` → `fundsSent`, ends the `informationFormAndPayment` hop; the new
         *     place receives a `fundsSent` event. Moves money: requires `Idempotency-Key`.
         */
        post: operations["recordFundPayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/transfer-cases/{contactLetterNo}/fund-transfers/returns": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The case's contact-letter number (联系函编号 `aae270`).
                 * @example 410300202600001234
                 */
                contactLetterNo: components["parameters"]["ContactLetterNoParam"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a remittance returned by the bank
         * @description Called by the **old-place agency** only, when its bank returns the remittance (退汇),
         *     e.g. because the payee account was wrong or closed. The returned amount must equal the
         *     payment it returns (`AMOUNT_IDENTITY_VIOLATED` otherwise). Moves `fundsSent` →
         *     `fundsReturned` and starts the `resend` hop; the new place receives a
         *     `remittanceReturned` event (and should correct its receiving account out of band if
         *     the account was wrong). Moves money: requires `Idempotency-Key`.
         */
        post: operations["recordReturnedRemittance"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/transfer-cases/{contactLetterNo}/fund-transfers/resends": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The case's contact-letter number (联系函编号 `aae270`).
                 * @example 410300202600001234
                 */
                contactLetterNo: components["parameters"]["ContactLetterNoParam"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resend a returned remittance
         * @description Called by the **old-place agency** only, after a returned remittance: pays the
         *     information form's total again, to the corrected payee account, with a new bank
         *     voucher. The amount must equal the form's total (`AMOUNT_IDENTITY_VIOLATED`
         *     otherwise). Moves `fundsReturned` → `fundsSent`, ends the `resend` hop; the new place
         *     receives a `fundsResent` event. Moves money: requires `Idempotency-Key`.
         */
        post: operations["resendFundTransfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/transfer-cases/{contactLetterNo}/arrival": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The case's contact-letter number (联系函编号 `aae270`).
                 * @example 410300202600001234
                 */
                contactLetterNo: components["parameters"]["ContactLetterNoParam"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record the arrival of the transfer fund
         * @description Called by the **new-place agency** only, when the money has arrived on its fund income
         *     account (到账). Records the arrival booking (转移基金登帐): booking id (`yad010`),
         *     amount (`yad003`), payer account, receipt voucher (`aad008`). Moves `fundsSent` →
         *     `fundsReceived` and starts the `continuation` hop.
         *
         *     The server then matches the arrival against the information form's total (`aic102`):
         *     if they differ, it moves the case on to `amountMismatch` in the same step (automatic
         *     transition `detectAmountMismatch` of `x-state-machines`), keeps the money in suspense
         *     and books nothing; the response shows `amountMismatch` with the difference in
         *     `documents.arrivalBooking.matching`, and both parties receive an
         *     `amountMismatchDetected` event. A partial booking never happens. The old place
         *     receives a `fundsArrived` event. Moves money: requires `Idempotency-Key`.
         */
        post: operations["recordFundArrival"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/transfer-cases/{contactLetterNo}/arrival/mismatch-resolution": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The case's contact-letter number (联系函编号 `aae270`).
                 * @example 410300202600001234
                 */
                contactLetterNo: components["parameters"]["ContactLetterNoParam"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resolve an amount mismatch
         * @description Called by the **new-place agency** only, on a case in `amountMismatch`. Records one
         *     adjustment: a top-up received from the old place (`TOP_UP_RECEIVED`, positive) or an
         *     excess refunded to it (`EXCESS_REFUNDED`, negative), with its bank voucher. The
         *     adjustment must make arrived + Σ adjustments equal the form's total exactly
         *     (`ArrivalMatching.x-amount-identities`); otherwise it is refused with
         *     `AMOUNT_MISMATCH_UNRESOLVED` and nothing is stored. Moves `amountMismatch` →
         *     `fundsReceived`; the old place receives an `amountMismatchResolved` event. Moves
         *     money: requires `Idempotency-Key`.
         */
        post: operations["resolveAmountMismatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/transfer-cases/{contactLetterNo}/continuation": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The case's contact-letter number (联系函编号 `aae270`).
                 * @example 410300202600001234
                 */
                contactLetterNo: components["parameters"]["ContactLetterNoParam"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Complete the continuation at the new place
         * @description Called by the **new-place agency** only, on a case in `fundsReceived` whose arrival
         *     matches the form's total. Records the continuation (接续): the merged contribution
         *     months, the amounts booked to the individual account and the pooled fund (which must
         *     equal the form's parts and total), and when the person was notified. Moves
         *     `fundsReceived` → `completed` (terminal), ends the `continuation` hop; the old place
         *     receives a `continuationCompleted` event. A case in `amountMismatch` is refused with
         *     `AMOUNT_MISMATCH` (never a partial booking); a second completion under another key
         *     with `CASE_ALREADY_COMPLETED`. Creates a record: requires `Idempotency-Key`.
         */
        post: operations["completeContinuation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/transfer-cases/{contactLetterNo}/progress": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The case's contact-letter number (联系函编号 `aae270`).
                 * @example 410300202600001234
                 */
                contactLetterNo: components["parameters"]["ContactLetterNoParam"];
            };
            cookie?: never;
        };
        /**
         * Get the progress of a transfer case
         * @description Called by either party (e.g. a city's counter or 12333 service answering the person)
         *     to show the insured person's view of one case: each step with its dates, what is
         *     awaited now, from which agency, and by when. Contains no personal data. Any other
         *     agency gets 404.
         */
        get: operations["getTransferProgress"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/progress-queries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Look up a person's transfers by ID number
         * @description Called by an agency or a public-service platform (e.g. the national social-insurance
         *     public-service platform or 掌上12333) on behalf of the insured person, who has
         *     authorised the look-up (electronic social-security card, counter identity check).
         *     The ID number and name travel in the body, never in the URL; this is a query and
         *     changes nothing. An agency sees the person's cases it is a party to; a client
         *     registered as a public-service platform sees all of the person's cases. A name that
         *     does not match the ID number gives an empty list, not an error, so the call cannot be
         *     used to confirm identities.
         */
        post: operations["queryTransferProgress"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inbox/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Follow the calling agency's inbox
         * @description Called by either agency to sync without polling every case: a feed of the events
         *     addressed to the calling agency (letters received, letters rejected, forms received,
         *     funds sent, returned and arrived, mismatches, completions, overdue hops), oldest
         *     first, in the order they happened on each case.
         *
         *     - `sequence` increases strictly within the caller's inbox; `eventId` is unique and
         *       stable, for de-duplication by the receiver.
         *     - Pages are read with `cursor`/`nextCursor` (`x-pagination`); `nextCursor` is null
         *       when the caller has caught up.
         *     - `resumeCursor` is on every page, also the last: store it (after processing the
         *       page) and pass it as `cursor` later to receive only newer events. Resuming from a
         *       stored cursor never skips an event; after a crash between processing and storing,
         *       events may be delivered again and are recognised by `eventId`.
         *     - Inbox cursors stay valid for `inboxRetentionDays` (`getTransferRules`); an older
         *       one answers 410 `INBOX_CURSOR_EXPIRED`.
         *
         *     Events carry the contact-letter number and state, never personal data; read the case
         *     with `getTransferCase`.
         */
        get: operations["listInboxEvents"];
        put?: never;
        post?: never;
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
        /**
         * Contact-letter number (联系函编号)
         * @description The case key and cross-system correlation id (`aae270`, ≤ 20 characters), assigned by
         *     the new-place agency when it records the application and carried by every version of
         *     the contact letter. Recommended form: the new place's 6-digit region code, the
         *     4-digit year and an 8-digit sequence (18 digits, e.g. `410300202600001234`). The real
         *     numbering rule is not published, so the exchange accepts any 8-20 upper-case letters
         *     and digits and only requires uniqueness.
         */
        ContactLetterNo: string;
        /**
         * Year and month (年月)
         * @description A month written `YYYYMM`, as in `aae030`/`aae031`/`aae041`/`aae042`.
         */
        YearMonth: string;
        /**
         * Ratio in basis points (比例，万分之一)
         * @description A ratio as an integer number of basis points (1/10 000): `1200` = 12 %. Source fields
         *     write ratios as decimals with up to 4 fraction digits (`0.1200`), which convert
         *     exactly.
         */
        RateBasisPoints: number;
        /**
         * Clerk (经办人)
         * @description The clerk who handled the step (`aae011`), as identified by the acting agency's own
         *     system: an opaque operator id, never a citizen ID number or a name.
         */
        ClerkId: string;
        /**
         * Document id (单证编号)
         * @description Server-assigned id of one document version, `doc_` + a 26-character ULID.
         */
        DocumentId: string;
        /**
         * Bank voucher number (凭证编号)
         * @description A bank voucher number (付款凭证 / 实收凭证编号 `aad008`), 1-30 characters.
         */
        VoucherNo: string;
        /** Postcode (邮政编码) */
        Postcode: string;
        /**
         * Telephone number (联系电话)
         * @description Digits with optional `+`, `-` and spaces, 5-20 characters.
         */
        PhoneNumber: string;
        /**
         * Free text (说明)
         * @description Free text, 1-500 characters. Never put personal data here. Control, zero-width and
         *     bidirectional-control characters are refused.
         */
        FreeText: string;
        /**
         * Transfer-case state (转移接续业务状态)
         * @description State of machine `transferCase` (see `x-state-machines`): `applied` 已申请,
         *     `letterIssued` 联系函已发出, `letterRejected` 联系函被退回, `infoFormIssued` 信息表已上传,
         *     `fundsSent` 基金已划出, `fundsReturned` 划款被退回, `fundsReceived` 基金已到账,
         *     `amountMismatch` 到账金额不符, and the terminal `completed` 接续已办结, `rejected`
         *     不予受理, `withdrawn` 已撤销.
         * @enum {string}
         */
        TransferCaseStatus: "applied" | "letterIssued" | "letterRejected" | "infoFormIssued" | "fundsSent" | "fundsReturned" | "fundsReceived" | "amountMismatch" | "completed" | "rejected" | "withdrawn";
        /**
         * Case action (业务操作)
         * @description An `x-flow` action of machine `transferCase`; `allowedActions` lists those the calling
         *     agency may perform now. `detectAmountMismatch` is the server's own and never listed.
         * @enum {string}
         */
        CaseAction: "issueContactLetter" | "rejectApplication" | "withdraw" | "rejectContactLetter" | "amendApplication" | "issueInformationForm" | "recordFundPayment" | "recordReturnedRemittance" | "resendFundTransfer" | "recordFundArrival" | "detectAmountMismatch" | "resolveAmountMismatch" | "completeContinuation";
        /**
         * Agency role on a case (经办机构角色)
         * @description `newPlace` 转入地经办机构 (applies, issues the letter, books and continues); `oldPlace` 转出地经办机构 (answers with form and funds).
         * @enum {string}
         */
        CaseRole: "newPlace" | "oldPlace";
        /**
         * Insurance scheme (险种类型)
         * @description The pension scheme (`aae140`). Version 0.1.0 supports the enterprise employee scheme
         *     (企业职工基本养老保险, `aae140` code `110` in the MOHRSS code list — code value
         *     unverified).
         * @enum {string}
         */
        Scheme: "enterpriseEmployee";
        /**
         * Contribution account type (缴费账户类别)
         * @description `general` 一般缴费账户 or `temporary` 临时基本养老保险缴费账户 (opened for a person
         *     contributing outside the hukou place above an age threshold). For a temporary
         *     account only the individual account transfers; the pooled part is zero
         *     (`TEMPORARY_ACCOUNT_INDIVIDUAL_ONLY`). Real systems hold the flag in a local field
         *     (`aae473` or `zhlb`); the thresholds and the rule are unverified and configurable.
         * @enum {string}
         */
        AccountType: "general" | "temporary";
        /**
         * Gender (性别)
         * @description `male` / `female` (`aac004`, GB/T 2261.1 codes `1` / `2`). Must agree with the ID
         *     number's sequence digit (odd = male, even = female).
         * @enum {string}
         */
        Gender: "male" | "female";
        /**
         * Social-insurance agency (社保经办机构)
         * @description An agency taking part in the exchange, identified by its unified social credit code
         *     (the code in its `X-Client-Id`) and its region. Real documents name the agency by a
         *     local code (`yab003`) and name (`yac251` on the application).
         */
        AgencyRef: {
            uscc: components["schemas"]["Uscc"];
            /** @description The agency's pooling region (统筹区), e.g. `130400` 邯郸市. */
            regionCode: components["schemas"]["RegionCode"];
            /** @description The agency's name (经办机构名称). */
            name: string;
        };
        /**
         * Insured person (参保人)
         * @description The person whose pension relation moves. Personal data throughout.
         */
        InsuredPerson: {
            /** @description 证件号码 (社会保障号码), the portable join key across places. */
            citizenId: components["schemas"]["CitizenId"];
            name: components["schemas"]["PersonName"];
            gender: components["schemas"]["Gender"];
        };
        /**
         * Agent (代办人)
         * @description A person applying on the insured person's behalf. Personal data throughout.
         */
        Agent: {
            name: components["schemas"]["PersonName"];
            phone: components["schemas"]["PhoneNumber"];
            /**
             * @description Relation to the insured person (与参保人关系).
             * @enum {string}
             */
            relation: "spouse" | "parent" | "child" | "sibling" | "employer" | "other";
            /** @description Agent's address (代办人地址). */
            address?: string;
            postcode?: components["schemas"]["Postcode"];
        };
        /**
         * Receiving fund account (转入地基金收入户)
         * @description The new place's fund income account the transfer is paid to, as named in the contact letter.
         */
        ReceivingAccount: {
            /** @description Bank (branch) name (开户银行名称). */
            bankName: string;
            /** @description 12-digit CNAPS bank code (开户银行行号; format unverified). */
            bankCode: string;
            /** @description Account holder (开户全称), the agency's fund account name. */
            accountName: string;
            /** @description Account number (银行账号), up to 40 characters. */
            accountNo: string;
        };
        /**
         * Bank account on a fund movement (划款账户)
         * @description A payer or payee account as written on a payment or booking voucher.
         */
        BankAccount: {
            /** @description Financial-institution code (金融行业机构编码), when the voucher gives one. */
            financialInstitutionCode?: string;
            /** @description 12-digit CNAPS bank code (银行行号; format unverified). */
            bankCode: string;
            /** @description Account holder (户名). */
            accountName: string;
            /** @description Account number (账号), up to 40 characters. */
            accountNo: string;
        };
        /**
         * Range of months (月份区间)
         * @description Inclusive range of months, `fromMonth` ≤ `toMonth`.
         */
        MonthRange: {
            fromMonth: components["schemas"]["YearMonth"];
            toMonth: components["schemas"]["YearMonth"];
        };
        /**
         * Document type (单证类型)
         * @enum {string}
         */
        DocumentType: "contributionCertificate" | "application" | "contactLetter" | "contactLetterRejection" | "informationForm" | "fundTransfer" | "arrivalBooking" | "mismatchAdjustment" | "continuation" | "closure";
        /**
         * Document metadata (单证元数据)
         * @description Who issued a document version, when and how (DOMAIN §4.9): the issuing agency and its
         *     role, the clerk (`aae011`), the time of issue (`aae036`), the review flag (`aae016`)
         *     and the upload to the national transfer system (是否上传部网). Set by the server from the
         *     request and the caller's identity; read-only.
         */
        DocumentMeta: {
            documentId: components["schemas"]["DocumentId"];
            documentType: components["schemas"]["DocumentType"];
            /** @description Version of this document on the case, from 1; an amendment or re-issue adds one. */
            version: number;
            /** @description The version this one replaces, when `version` > 1. */
            supersedes?: components["schemas"]["DocumentId"];
            issuerRole: components["schemas"]["CaseRole"];
            /** @description The issuing agency (经办机构 `yab003`). */
            issuerAgency: components["schemas"]["AgencyRef"];
            clerk: components["schemas"]["ClerkId"];
            /**
             * Format: date-time
             * @description When the issuer issued the document (经办时间 `aae036`).
             */
            issuedAt: string;
            /** @description Whether a second clerk reviewed the document (复核标志 `aae016`). */
            reviewed?: boolean;
            /** @description Whether the document was also uploaded to the national transfer system (是否上传部网). */
            uploadedToNationalSystem?: boolean;
            /**
             * Format: date-time
             * @description When the exchange recorded the document.
             */
            recordedAt: string;
        };
        /**
         * Contribution certificate content (参保缴费凭证内容)
         * @description The contribution certificate (参保缴费凭证) the old place issued when the person left,
         *     as presented at or retrieved by the new place. The exchange checks eligibility from it
         *     when the letter is issued (arrears, contributions not suspended).
         */
        ContributionCertificateContent: {
            /** @description Certificate number as printed (凭证编号), 1-30 characters. */
            certificateNo: string;
            /**
             * Format: date
             * @description Print date (打印日期).
             */
            issuedOn: string;
            /** @description The person's number at the old place (原个人编号 `yac519`); local, not portable. */
            oldPersonNo?: string;
            accountType: components["schemas"]["AccountType"];
            /** @description First month contributed at the old place (`aae030`). */
            contributionStartMonth: components["schemas"]["YearMonth"];
            /** @description Last month contributed at the old place (`aae031`). */
            contributionEndMonth: components["schemas"]["YearMonth"];
            /** @description Months actually contributed at the old place (`aae201`). */
            contributionMonths: number;
            /** @description Whether contributions at the old place are suspended (已暂停缴费). */
            contributionsSuspended: boolean;
            /** @description Whether the certificate shows arrears (欠费). */
            arrearsOutstanding: boolean;
        };
        /**
         * Contribution certificate (参保缴费凭证)
         * @description Issued by the old place (`meta.issuerRole` = `oldPlace`); recorded on the case by the new place at application.
         */
        ContributionCertificate: {
            meta: components["schemas"]["DocumentMeta"];
            content: components["schemas"]["ContributionCertificateContent"];
        };
        /**
         * Contribution certificate as presented (参保缴费凭证录入)
         * @description The certificate, with the old-place clerk and time printed on it.
         */
        ContributionCertificateInput: {
            content: components["schemas"]["ContributionCertificateContent"];
            /** @description The old-place clerk printed on the certificate (`aae011`). */
            issuingClerk: components["schemas"]["ClerkId"];
            /**
             * Format: date-time
             * @description Time of issue printed on the certificate (`aae036`).
             */
            issuedAt: string;
        };
        /**
         * Application content (转移接续申请表内容)
         * @description The application form captured at the new place (yhsi3-style field names).
         */
        ApplicationContent: {
            /**
             * @description Transfer type (转移类型 `aae173`): `crossRegion` 跨统筹区转移 within the same scheme.
             *     The MOHRSS code list is unverified.
             * @enum {string}
             */
            transferType: "crossRegion";
            /**
             * @description Where the person applied (申请渠道): counter, national public-service platform, 掌上12333 app, electronic social-security card.
             * @enum {string}
             */
            channel: "counter" | "nationalPlatform" | "mobile12333" | "esscMiniProgram";
            /** @description Name of the old place as the person gave it (原参保所在地区名称). */
            oldPlaceName: string;
            /** @description Old-place agency's phone (原参保地社保机构电话). */
            oldAgencyPhone?: components["schemas"]["PhoneNumber"];
            /** @description Old-place agency's address (原参保地社保机构地址). */
            oldAgencyAddress?: string;
            /** @description Old-place agency's postcode (原参保地社保机构邮政编码). */
            oldAgencyPostcode?: components["schemas"]["Postcode"];
            /**
             * @description First month contributed at the new place (在转入地开始缴费年月); months from here
             *     on must not also be contributed at the old place.
             */
            newPlaceContributionStartMonth: components["schemas"]["YearMonth"];
            agent?: components["schemas"]["Agent"];
        };
        /**
         * Application (转移接续申请表)
         * @description Issued by the new place (`meta.issuerRole` = `newPlace`).
         */
        ApplicationForm: {
            meta: components["schemas"]["DocumentMeta"];
            content: components["schemas"]["ApplicationContent"];
        };
        /**
         * Contact-letter content (联系函内容)
         * @description What the new place fills in on the contact letter.
         */
        ContactLetterContent: {
            /** @description The new place's business serial number (业务流水号 `yae099`), internal. */
            businessSerialNo?: string;
            /** @description The person's number at the new place (个人编号 `aac001`); local, not portable. */
            newPlacePersonNo: string;
            receivingAccount: components["schemas"]["ReceivingAccount"];
            /** @description New-place agency's address (地址 `aae006`). */
            agencyAddress: string;
            agencyPostcode: components["schemas"]["Postcode"];
            agencyPhone: components["schemas"]["PhoneNumber"];
        };
        /**
         * Contact letter (基本养老保险关系转移接续联系函)
         * @description Issued by the new place (`meta.issuerRole` = `newPlace`) to the old place. Carries the
         *     case's contact-letter number, the person (from the case) and the new place's region.
         */
        ContactLetter: {
            meta: components["schemas"]["DocumentMeta"];
            contactLetterNo: components["schemas"]["ContactLetterNo"];
            /** @description System trace number (系统跟踪流水号 `aaz341`), assigned by the exchange per letter version. */
            systemTraceNo: string;
            person: components["schemas"]["InsuredPerson"];
            /** @description The new place's region (转入地行政区划). */
            newPlaceRegionCode: components["schemas"]["RegionCode"];
            content: components["schemas"]["ContactLetterContent"];
        };
        /**
         * Contact-letter rejection reason (联系函退回原因)
         * @enum {string}
         */
        ContactLetterRejectionReason: "ARREARS" | "STILL_CONTRIBUTING" | "PERSON_NOT_FOUND" | "IDENTITY_MISMATCH" | "OVERLAPPING_MONTHS" | "ALREADY_RECEIVING_PENSION" | "OTHER";
        /**
         * Contact-letter rejection content (联系函退回内容)
         * @description Why the old place refuses the letter. `overlappingPeriods` is required with
         *     `OVERLAPPING_MONTHS`; `note` is required with `OTHER`.
         */
        ContactLetterRejectionContent: {
            reasonCode: components["schemas"]["ContactLetterRejectionReason"];
            overlappingPeriods?: components["schemas"]["MonthRange"][];
            note?: components["schemas"]["FreeText"];
        };
        /**
         * Contact-letter rejection (联系函退回)
         * @description Issued by the old place (`meta.issuerRole` = `oldPlace`) for one version of the letter.
         */
        ContactLetterRejection: {
            meta: components["schemas"]["DocumentMeta"];
            /** @description The contact-letter version rejected. */
            rejectsDocumentId: components["schemas"]["DocumentId"];
            content: components["schemas"]["ContactLetterRejectionContent"];
        };
        /**
         * Ledger year (历年缴费及个人账户记账信息)
         * @description One row of the per-year contribution and individual-account ledger, and the per-year
         *     pooled-fund computation kept for audit (`pooledEligible`, `pooledBaseFen`,
         *     `pooledTransferFen`). Rates are basis points; the source writes them as decimals.
         *     A row covers months of one calendar year (`startMonth`..`endMonth` in `year`).
         */
        LedgerYear: {
            /** @description Region where the year was contributed (行政区划). */
            regionCode: components["schemas"]["RegionCode"];
            /** @description Calendar year (年度). */
            year: number;
            /** @description First month of the row (开始年月). */
            startMonth: components["schemas"]["YearMonth"];
            /** @description Last month of the row (终止年月). */
            endMonth: components["schemas"]["YearMonth"];
            /** @description Months contributed in the row (月数). */
            months: number;
            /** @description Monthly contribution base (月缴费基数), in fen. */
            monthlyBaseFen: components["schemas"]["Fen"];
            /** @description Employer contribution rate (单位缴费比例). */
            employerRateBasisPoints: components["schemas"]["RateBasisPoints"];
            /** @description Share of the base credited to the individual account (划入账户比例). */
            accountRateBasisPoints: components["schemas"]["RateBasisPoints"];
            /** @description Personal contribution rate (个人缴费比例). */
            personalRateBasisPoints: components["schemas"]["RateBasisPoints"];
            /** @description Amount credited to the account in the year (当年记账金额), in fen. */
            creditedFen: components["schemas"]["Fen"];
            /** @description Of which from personal contributions (其中个人缴费部分), in fen. */
            creditedPersonalFen: components["schemas"]["Fen"];
            /** @description Interest credited for the year (当年记账利息), in fen. */
            interestFen: components["schemas"]["Fen"];
            /** @description Of which on the personal part (其中个人缴费部分利息), in fen. */
            interestPersonalFen: components["schemas"]["Fen"];
            /** @description Cumulative balance at year end (年末累计储存额), in fen. */
            yearEndBalanceFen: components["schemas"]["Fen"];
            /** @description Of which personal (其中个人缴费部分累计储存额), in fen. */
            yearEndPersonalBalanceFen: components["schemas"]["Fen"];
            /** @description Remark (备注). */
            remark?: string;
            /**
             * @description Whether the row counts towards the pooled-fund transfer: contributions from
             *     `pooledFromYear` (1998) on, made in the transferring pool. Rows before 1998 are
             *     `false`. Which rows of an earlier place count is unverified; the old place
             *     decides and the form records its decision for audit.
             */
            pooledEligible: boolean;
            /**
             * @description Contribution-wage base of the row for the pooled part: `monthlyBaseFen × months`
             *     when `pooledEligible`, else 0 (in fen). Kept for audit.
             */
            pooledBaseFen: components["schemas"]["Fen"];
            /**
             * @description Pooled-fund transfer for the row (统筹基金转移额，分年度计算):
             *     `pooledBaseFen × pooledRateBasisPoints / 10000` rounded half up to the fen, i.e.
             *     `floor((pooledBaseFen × pooledRateBasisPoints + 5000) / 10000)`. Kept for audit.
             */
            pooledTransferFen: components["schemas"]["Fen"];
        };
        /**
         * Information-form content (信息表内容)
         * @description The old place's information form (参保人员基本养老保险关系转移接续信息表): basic
         *     contribution history, fund amounts frozen at the transfer date, and the per-year
         *     ledger with the pooled-fund computation.
         *
         *     Identities (enforced; see `x-amount-identities`):
         *     - individual-account transfer `aic083` = `aic093` + `aic089` + `aic082`;
         *     - total `aic102` = `aic083` + `aic084`;
         *     - pooled part `aic084` = Σ per-year `pooledTransferFen`;
         *     - per year: `pooledBaseFen` = `monthlyBaseFen` × `months` (0 when not
         *       `pooledEligible`), `pooledTransferFen` = `pooledBaseFen` × rate rounded half up to
         *       the fen, rate = the configured `pooledRateBasisPoints` (default 1200 = 12 %);
         *     - a temporary contribution account (`accountType` of the case = `temporary`)
         *       transfers the individual account only: `aic084` = 0 (checked against the case,
         *       `TEMPORARY_ACCOUNT_INDIVIDUAL_ONLY`).
         *
         *     Rate and rounding are unverified (国办发〔2009〕66号 not re-read; rounding not
         *     documented): both are configuration (`getTransferRules`). All amounts are integer fen
         *     mirroring 元 fields with 2 decimals (0-99 999 999.99 元 in the source).
         */
        InformationFormContent: {
            /** @description Last employer at the old place (转出单位名称). */
            employerName: string;
            /** @description Month the person started work (参加工作时间). */
            workStartMonth?: components["schemas"]["YearMonth"];
            /** @description When the first place of insurance introduced individual contributions (首次参保地实行个人缴费时间). */
            firstPlaceIndividualContributionMonth?: components["schemas"]["YearMonth"];
            /** @description The person's first contribution month (本人首次缴费时间). */
            firstContributionMonth?: components["schemas"]["YearMonth"];
            /** @description When the individual account was established (本人建立个人账户时间). */
            accountEstablishedMonth?: components["schemas"]["YearMonth"];
            /** @description First month contributed at the old place (在本地缴费起始时间). */
            localContributionStartMonth: components["schemas"]["YearMonth"];
            /** @description Last month contributed at the old place (在本地缴费终止时间). */
            localContributionEndMonth: components["schemas"]["YearMonth"];
            /** @description Months actually contributed at the old place (在本地实际缴费月数). */
            localContributionMonths: number;
            /**
             * Format: date
             * @description Transfer date; amounts are frozen at this date and not re-valued later (转移时间).
             */
            transferDate: string;
            /** @description Personal contributions accumulated in the account before 1998-01-01 (1998年1月1日前个人缴费累计储存额), in fen. */
            preReformPersonalBalanceFen: components["schemas"]["Fen"];
            /** @description Account balance accumulated from 1998-01-01 to the end of the year before the transfer (1998年1月1日至调转上年末个人账户累计储存额), in fen. */
            accumulatedBalanceFen: components["schemas"]["Fen"];
            /** @description Principal credited in the transfer year (调转当年记入个人账户本金金额), in fen. */
            currentYearPrincipalFen: components["schemas"]["Fen"];
            /** @description Individual-account transfer (个人账户基金转移额) = the three parts above, in fen. */
            individualAccountTransferFen: components["schemas"]["Fen"];
            /** @description Pooled-fund transfer (统筹基金转移额) = Σ per-year `pooledTransferFen`; 0 for a temporary account; in fen. */
            pooledFundTransferFen: components["schemas"]["Fen"];
            /** @description Total transfer fund (转移基金总额) = individual + pooled, in fen; what is paid and must arrive. */
            totalTransferFen: components["schemas"]["Fen"];
            /**
             * @description Rate the pooled part was computed with; must equal the configured rate
             *     (`getTransferRules`, default 1200 = 12 %). Unverified rule, hence configuration.
             */
            pooledRateBasisPoints: components["schemas"]["RateBasisPoints"];
            /** @description Per-year ledger (历年缴费及个人账户记账信息), oldest year first. */
            ledger: components["schemas"]["LedgerYear"][];
        };
        /**
         * Information form (参保人员基本养老保险关系转移接续信息表)
         * @description Issued by the old place (`meta.issuerRole` = `oldPlace`). `meta.uploadedToNationalSystem`
         *     records the upload to the national transfer system (是否上传部网).
         */
        InformationForm: {
            meta: components["schemas"]["DocumentMeta"];
            /** @description The case's account type, copied for the temporary-account identity. */
            accountType: components["schemas"]["AccountType"];
            /**
             * @description Rounding the exchange applied to the per-year pooled amounts (configured).
             * @enum {string}
             */
            pooledRounding: "halfUpPerYear";
            content: components["schemas"]["InformationFormContent"];
        };
        /**
         * Fund payment content (基金划转内容)
         * @description A payment (or resend) of the transfer fund by the old place's finance office (财务付款).
         */
        FundPaymentContent: {
            /** @description Amount paid, in fen; must equal the information form's total (`aic102`). */
            amountFen: components["schemas"]["Fen"];
            /** @description Payment voucher number. */
            voucherNo: components["schemas"]["VoucherNo"];
            /** @description The old place's fund expenditure account (社保基金支出户). */
            payerAccount: components["schemas"]["BankAccount"];
            /** @description The new place's fund income account, as named in the contact letter. */
            payeeAccount: components["schemas"]["BankAccount"];
            /**
             * Format: date
             * @description Payment date (财务付款日期).
             */
            valueDate: string;
        };
        /**
         * Returned-remittance reason (退汇原因)
         * @enum {string}
         */
        ReturnedRemittanceReason: "WRONG_ACCOUNT" | "ACCOUNT_CLOSED" | "NAME_MISMATCH" | "OTHER";
        /** Returned remittance content (退汇内容) */
        ReturnedRemittanceContent: {
            /** @description Amount returned, in fen; equals the payment it returns. */
            amountFen: components["schemas"]["Fen"];
            /** @description The bank's return voucher number (退汇凭证编号). */
            voucherNo: components["schemas"]["VoucherNo"];
            /**
             * Format: date
             * @description Date the money came back (退汇日期).
             */
            returnedOn: string;
            reasonCode: components["schemas"]["ReturnedRemittanceReason"];
            note?: components["schemas"]["FreeText"];
        };
        /**
         * Fund-transfer record kind (划款记录类别)
         * @description `payment` 首次划款, `returnedRemittance` 退汇, `resend` 重新划款.
         * @enum {string}
         */
        FundTransferKind: "payment" | "returnedRemittance" | "resend";
        /**
         * Fund transfer record (基金划转记录)
         * @description One movement of the transfer fund recorded by the old place (`meta.issuerRole` =
         *     `oldPlace`): `payment` and `resend` carry `payment`; `returnedRemittance` carries
         *     `returnedRemittance` and `returnsDocumentId`.
         */
        FundTransfer: {
            meta: components["schemas"]["DocumentMeta"];
            kind: components["schemas"]["FundTransferKind"];
            payment?: components["schemas"]["FundPaymentContent"];
            returnedRemittance?: components["schemas"]["ReturnedRemittanceContent"];
            /** @description The payment or resend that came back. */
            returnsDocumentId?: components["schemas"]["DocumentId"];
        };
        /**
         * Arrival content (到账登帐内容)
         * @description The arrival on the new place's income account, as booked (转移基金登帐).
         */
        ArrivalContent: {
            /** @description The new place's booking id (登帐ID `yad010`). */
            bookingId: string;
            /** @description Amount that arrived (金额 `yad003`), in fen. */
            arrivedFen: components["schemas"]["Fen"];
            /** @description Receipt voucher number (实收凭证编号). */
            voucherNo: components["schemas"]["VoucherNo"];
            /** @description Collection-notice id (征集通知ID `aaz288`), when the new place's finance system issues one. */
            collectionNoticeId?: string;
            /** @description The paying account as shown on the receipt. */
            payerAccount: components["schemas"]["BankAccount"];
            /**
             * Format: date
             * @description Date the money arrived (到账日期).
             */
            arrivedOn: string;
        };
        /**
         * Mismatch adjustment kind (差额处理方式)
         * @description `TOP_UP_RECEIVED` 补足差额已到账 (positive), `EXCESS_REFUNDED` 多转部分已退回 (negative).
         * @enum {string}
         */
        MismatchAdjustmentKind: "TOP_UP_RECEIVED" | "EXCESS_REFUNDED";
        /**
         * Mismatch adjustment content (差额处理内容)
         * @description One adjustment resolving a difference. `adjustmentFen` is positive for
         *     `TOP_UP_RECEIVED` and negative for `EXCESS_REFUNDED`.
         */
        MismatchAdjustmentContent: {
            kind: components["schemas"]["MismatchAdjustmentKind"];
            /** @description Signed adjustment in fen (money in positive, money refunded negative). */
            adjustmentFen: components["schemas"]["SignedFen"];
            voucherNo: components["schemas"]["VoucherNo"];
            /**
             * Format: date
             * @description Date of the top-up or refund.
             */
            valueDate: string;
            note?: components["schemas"]["FreeText"];
        };
        /**
         * Mismatch adjustment (差额处理)
         * @description Recorded by the new place (`meta.issuerRole` = `newPlace`).
         */
        MismatchAdjustment: {
            meta: components["schemas"]["DocumentMeta"];
            content: components["schemas"]["MismatchAdjustmentContent"];
        };
        /**
         * Arrival matching (到账核对)
         * @description The server's matching of the arrival against the information form's total; read-only.
         *     `differenceFen` = arrived + Σ adjustments − expected; the case can complete only when
         *     it is 0 (`matched`).
         */
        ArrivalMatching: {
            /** @description The information form's total (`aic102`), in fen. */
            expectedFen: components["schemas"]["Fen"];
            /** @description The first arrival (`yad003`), in fen. */
            arrivedFen: components["schemas"]["Fen"];
            /** @description Arrived plus all adjustments, in fen. */
            settledFen: components["schemas"]["SignedFen"];
            /** @description settled − expected, in fen; negative when money is missing. */
            differenceFen: components["schemas"]["SignedFen"];
            /** @description Whether `differenceFen` is 0. */
            matched: boolean;
            adjustments: components["schemas"]["MismatchAdjustment"][];
        };
        /**
         * Arrival booking (转移基金登帐)
         * @description Recorded by the new place (`meta.issuerRole` = `newPlace`).
         */
        ArrivalBooking: {
            meta: components["schemas"]["DocumentMeta"];
            content: components["schemas"]["ArrivalContent"];
            matching: components["schemas"]["ArrivalMatching"];
        };
        /**
         * Continuation content (接续内容)
         * @description What the new place booked when it merged the record. The booked amounts must equal the
         *     information form's parts (`x-amount-identities`).
         */
        ContinuationContent: {
            /**
             * Format: date
             * @description Date the record was merged (接续日期).
             */
            continuedOn: string;
            /** @description Contribution months taken over from the old place (转入缴费月数). */
            mergedMonths: number;
            /** @description Booked to the individual account, in fen (= `aic083`). */
            individualAccountBookedFen: components["schemas"]["Fen"];
            /** @description Booked to the pooled fund, in fen (= `aic084`). */
            pooledFundBookedFen: components["schemas"]["Fen"];
            /** @description Total booked, in fen (= `aic102`). */
            totalBookedFen: components["schemas"]["Fen"];
            /**
             * Format: date-time
             * @description When the person was told the transfer is complete (告知参保人).
             */
            personNotifiedAt: string;
        };
        /**
         * Continuation record (接续记录)
         * @description Recorded by the new place (`meta.issuerRole` = `newPlace`).
         */
        ContinuationRecord: {
            meta: components["schemas"]["DocumentMeta"];
            content: components["schemas"]["ContinuationContent"];
        };
        /**
         * Application rejection reason (不予受理原因)
         * @enum {string}
         */
        ApplicationRejectionReason: "ALREADY_RECEIVING_PENSION" | "BENEFIT_PLACE_ELSEWHERE" | "INCOMPLETE_DOCUMENTS" | "IDENTITY_NOT_VERIFIED" | "DUPLICATE_APPLICATION" | "OTHER";
        /**
         * Withdrawal reason (撤销原因)
         * @enum {string}
         */
        WithdrawalReason: "APPLICANT_REQUEST" | "AGENT_REQUEST" | "ENTERED_IN_ERROR" | "OTHER";
        /**
         * Case closure (业务终止)
         * @description How a case ended without continuation, recorded by the new place: `rejected` with a
         *     `rejectionReason`, or `withdrawn` with a `withdrawalReason`.
         */
        CaseClosure: {
            meta: components["schemas"]["DocumentMeta"];
            /** @enum {string} */
            outcome: "rejected" | "withdrawn";
            rejectionReason?: components["schemas"]["ApplicationRejectionReason"];
            withdrawalReason?: components["schemas"]["WithdrawalReason"];
            note?: components["schemas"]["FreeText"];
        };
        /**
         * Case documents (业务单证)
         * @description The current version of each typed document on the case; lists hold every record of
         *     that type in order. Earlier versions are in `TransferCase.documentHistory`. Set by the
         *     server from the action requests; read-only.
         */
        CaseDocuments: {
            contributionCertificate: components["schemas"]["ContributionCertificate"];
            application: components["schemas"]["ApplicationForm"];
            contactLetter?: components["schemas"]["ContactLetter"];
            contactLetterRejections: components["schemas"]["ContactLetterRejection"][];
            informationForm?: components["schemas"]["InformationForm"];
            fundTransfers: components["schemas"]["FundTransfer"][];
            arrivalBooking?: components["schemas"]["ArrivalBooking"];
            continuation?: components["schemas"]["ContinuationRecord"];
            closure?: components["schemas"]["CaseClosure"];
        };
        /**
         * Hop (环节)
         * @description A leg of the case with a service target: `contactLetter` (new place issues the letter),
         *     `informationFormAndPayment` (old place answers with form and payment), `resend` (old
         *     place resends a returned remittance), `continuation` (new place completes after
         *     arrival).
         * @enum {string}
         */
        HopName: "contactLetter" | "informationFormAndPayment" | "resend" | "continuation";
        /**
         * Hop with deadline (环节时限)
         * @description One hop and its service target of `hopTargetWorkingDays` (15) working days, computed by
         *     the server from its clock and working-day calendar: `dueAt` is the end (23:59:59,
         *     UTC+08:00) of the 15th working day after the day the hop started. `overdue` is true
         *     when the hop is still open after `dueAt`, or ended after it. Nothing is cancelled
         *     automatically. Read-only.
         */
        CaseHop: {
            hop: components["schemas"]["HopName"];
            awaitedRole: components["schemas"]["CaseRole"];
            awaitedAgency: components["schemas"]["AgencyRef"];
            /** Format: date-time */
            startedAt: string;
            /** Format: date-time */
            dueAt: string;
            /**
             * Format: date-time
             * @description Absent while the hop is open.
             */
            completedAt?: string;
            overdue: boolean;
        };
        /**
         * Case transition (状态变更记录)
         * @description One transition of the case, for audit. Read-only.
         */
        CaseTransition: {
            /**
             * @description The `x-flow` action, or `apply` for the creation.
             * @enum {string}
             */
            action: "apply" | "issueContactLetter" | "rejectApplication" | "withdraw" | "rejectContactLetter" | "amendApplication" | "issueInformationForm" | "recordFundPayment" | "recordReturnedRemittance" | "resendFundTransfer" | "recordFundArrival" | "detectAmountMismatch" | "resolveAmountMismatch" | "completeContinuation";
            /** @description Absent for the creation. */
            from?: components["schemas"]["TransferCaseStatus"];
            to: components["schemas"]["TransferCaseStatus"];
            /** Format: date-time */
            at: string;
            /**
             * @description The party that acted, or `exchange` for an automatic transition.
             * @enum {string}
             */
            role: "newPlace" | "oldPlace" | "exchange";
            clerk?: components["schemas"]["ClerkId"];
            /** @description The document the action created, if any. */
            documentId?: components["schemas"]["DocumentId"];
        };
        /**
         * Transfer case (转移接续业务)
         * @description The case, keyed by the contact-letter number, with its parties, typed documents,
         *     deadlines and history. Everything but the documents' business content is set by the
         *     server; `status`, `callerRole`, `allowedActions`, `dueAt`, `overdue` and the hops are
         *     read-only and refused in requests. Visible only to its two parties.
         */
        TransferCase: {
            contactLetterNo: components["schemas"]["ContactLetterNo"];
            scheme: components["schemas"]["Scheme"];
            accountType: components["schemas"]["AccountType"];
            person: components["schemas"]["InsuredPerson"];
            /** @description 转入地经办机构 (the agency that applied). */
            newPlaceAgency: components["schemas"]["AgencyRef"];
            /** @description 转出地经办机构. */
            oldPlaceAgency: components["schemas"]["AgencyRef"];
            status: components["schemas"]["TransferCaseStatus"];
            /** @description The calling agency's role on this case. */
            callerRole: components["schemas"]["CaseRole"];
            /** @description Actions the calling agency may perform now (empty in terminal states and while the other party is awaited). */
            allowedActions: components["schemas"]["CaseAction"][];
            /** @description The open hop; absent when none is open (money in transit, terminal states). */
            currentHop?: components["schemas"]["CaseHop"];
            /**
             * Format: date-time
             * @description `currentHop.dueAt`, absent when no hop is open.
             */
            dueAt?: string;
            /** @description `currentHop.overdue`; false when no hop is open. */
            overdue: boolean;
            /** @description Every hop so far, oldest first. */
            hops: components["schemas"]["CaseHop"][];
            documents: components["schemas"]["CaseDocuments"];
            /** @description Metadata of every document version on the case, oldest first (audit). */
            documentHistory: components["schemas"]["DocumentMeta"][];
            /** @description Every transition, oldest first (audit). */
            history: components["schemas"]["CaseTransition"][];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        /**
         * Transfer-case summary (转移接续业务摘要)
         * @description A case in a list, without personal data or documents.
         */
        TransferCaseSummary: {
            contactLetterNo: components["schemas"]["ContactLetterNo"];
            newPlaceAgency: components["schemas"]["AgencyRef"];
            oldPlaceAgency: components["schemas"]["AgencyRef"];
            status: components["schemas"]["TransferCaseStatus"];
            callerRole: components["schemas"]["CaseRole"];
            allowedActions: components["schemas"]["CaseAction"][];
            currentHop?: components["schemas"]["CaseHop"];
            /** Format: date-time */
            dueAt?: string;
            overdue: boolean;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        /** Page of transfer cases (转移接续业务分页) */
        TransferCasePage: {
            items: components["schemas"]["TransferCaseSummary"][];
            nextCursor: components["schemas"]["NextCursor"];
        };
        /**
         * Transfer application (转移接续申请)
         * @description What the new place records when the person applies. The new-place agency is the
         *     caller; server-set members (`status`, `allowedActions`, deadlines, documents' `meta`)
         *     are refused.
         */
        CreateTransferCaseRequest: {
            contactLetterNo: components["schemas"]["ContactLetterNo"];
            scheme: components["schemas"]["Scheme"];
            person: components["schemas"]["InsuredPerson"];
            /** @description The old-place agency (原参保地社保机构, `yac250`/`yac251`); must be registered on the exchange. */
            oldPlaceAgency: components["schemas"]["AgencyRef"];
            application: components["schemas"]["ApplicationContent"];
            contributionCertificate: components["schemas"]["ContributionCertificateInput"];
            clerk: components["schemas"]["ClerkId"];
            /** @description Whether the application was reviewed by a second clerk (`aae016`); absent means no. */
            reviewed?: boolean;
        };
        /**
         * Application amendment (转移申请修改)
         * @description A new version of the application and, when given, of the contribution certificate.
         */
        AmendTransferApplicationRequest: {
            /** @description Corrected identity data, when the letter was rejected for an identity mismatch. */
            person?: components["schemas"]["InsuredPerson"];
            application: components["schemas"]["ApplicationContent"];
            contributionCertificate?: components["schemas"]["ContributionCertificateInput"];
            clerk: components["schemas"]["ClerkId"];
            /** @description Whether a second clerk reviewed the document (复核标志 `aae016`); absent means no. */
            reviewed?: boolean;
            note?: components["schemas"]["FreeText"];
        };
        /** Contact letter to issue (发出联系函) */
        IssueContactLetterRequest: {
            content: components["schemas"]["ContactLetterContent"];
            clerk: components["schemas"]["ClerkId"];
            /** @description Whether a second clerk reviewed the document (复核标志 `aae016`); absent means no. */
            reviewed?: boolean;
        };
        /** Contact-letter rejection (退回联系函) */
        RejectContactLetterRequest: {
            content: components["schemas"]["ContactLetterRejectionContent"];
            clerk: components["schemas"]["ClerkId"];
        };
        /** Application refusal (不予受理) */
        RejectTransferApplicationRequest: {
            reasonCode: components["schemas"]["ApplicationRejectionReason"];
            note?: components["schemas"]["FreeText"];
            clerk: components["schemas"]["ClerkId"];
        };
        /** Withdrawal (撤销申请) */
        WithdrawTransferCaseRequest: {
            reasonCode: components["schemas"]["WithdrawalReason"];
            note?: components["schemas"]["FreeText"];
            clerk: components["schemas"]["ClerkId"];
        };
        /** Information form to issue (上传信息表) */
        IssueInformationFormRequest: {
            content: components["schemas"]["InformationFormContent"];
            clerk: components["schemas"]["ClerkId"];
            /** @description Whether a second clerk reviewed the document (复核标志 `aae016`); absent means no. */
            reviewed?: boolean;
            /** @description Whether the form was also uploaded to the national transfer system (是否上传部网); absent means no. */
            uploadedToNationalSystem?: boolean;
        };
        /** Fund payment to record (登记基金划转) */
        RecordFundPaymentRequest: {
            content: components["schemas"]["FundPaymentContent"];
            /** @description The finance clerk who made the payment (财务付款经办人). */
            clerk: components["schemas"]["ClerkId"];
        };
        /** Returned remittance to record (登记退汇) */
        RecordReturnedRemittanceRequest: {
            content: components["schemas"]["ReturnedRemittanceContent"];
            clerk: components["schemas"]["ClerkId"];
        };
        /** Resend to record (登记重新划款) */
        ResendFundTransferRequest: {
            content: components["schemas"]["FundPaymentContent"];
            clerk: components["schemas"]["ClerkId"];
        };
        /** Arrival to record (登记到账) */
        RecordFundArrivalRequest: {
            content: components["schemas"]["ArrivalContent"];
            clerk: components["schemas"]["ClerkId"];
        };
        /** Mismatch resolution to record (登记差额处理) */
        ResolveAmountMismatchRequest: {
            content: components["schemas"]["MismatchAdjustmentContent"];
            clerk: components["schemas"]["ClerkId"];
        };
        /** Continuation to record (办结接续) */
        CompleteContinuationRequest: {
            content: components["schemas"]["ContinuationContent"];
            clerk: components["schemas"]["ClerkId"];
            /** @description Whether a second clerk reviewed the document (复核标志 `aae016`); absent means no. */
            reviewed?: boolean;
        };
        /**
         * Person's authorisation (本人授权)
         * @description How the person authorised the look-up (DOMAIN §4.9).
         */
        ProgressConsent: {
            /**
             * @description `essc` 电子社保卡授权, `counterIdentityCheck` 窗口核验身份, `faceVerification` 人脸核验.
             * @enum {string}
             */
            method: "essc" | "counterIdentityCheck" | "faceVerification";
            /** @description The authorisation's reference in the calling system (opaque, no personal data). */
            reference: string;
        };
        /** Progress look-up (转移进度查询) */
        QueryTransferProgressRequest: {
            citizenId: components["schemas"]["CitizenId"];
            name: components["schemas"]["PersonName"];
            consent: components["schemas"]["ProgressConsent"];
        };
        /**
         * Progress step (办理环节)
         * @description `application` 转入申请, `contactLetter` 联系函, `informationForm` 信息表,
         *     `fundTransfer` 基金划转, `fundArrival` 基金到账, `continuation` 接续办结.
         * @enum {string}
         */
        ProgressStepName: "application" | "contactLetter" | "informationForm" | "fundTransfer" | "fundArrival" | "continuation";
        /** Progress step (办理环节进度) */
        ProgressStep: {
            step: components["schemas"]["ProgressStepName"];
            /**
             * @description `done` 已完成, `inProgress` 办理中, `notStarted` 未开始, `stopped` 已终止 (case rejected or withdrawn), `returned` 已退回 (letter rejected or remittance returned).
             * @enum {string}
             */
            state: "done" | "inProgress" | "notStarted" | "stopped" | "returned";
            agencyRole: components["schemas"]["CaseRole"];
            /** @description The agency handling the step. */
            agencyName: string;
            /** Format: date-time */
            completedAt?: string;
            /**
             * Format: date-time
             * @description Service target of the step while it is in progress.
             */
            dueAt?: string;
            overdue?: boolean;
        };
        /** What is awaited (当前等待事项) */
        ProgressAwaiting: {
            action: components["schemas"]["CaseAction"];
            /** @description What is awaited, in Chinese, for display to the person. */
            descriptionZh: string;
            fromRole: components["schemas"]["CaseRole"];
            fromAgency: components["schemas"]["AgencyRef"];
            /** Format: date-time */
            since: string;
            /**
             * Format: date-time
             * @description Absent while money is in transit between banks (no service target).
             */
            dueAt?: string;
            overdue?: boolean;
        };
        /**
         * Transfer progress (转移进度)
         * @description The insured person's view of one case. No personal data.
         */
        TransferProgress: {
            contactLetterNo: components["schemas"]["ContactLetterNo"];
            status: components["schemas"]["TransferCaseStatus"];
            oldPlaceAgency: components["schemas"]["AgencyRef"];
            newPlaceAgency: components["schemas"]["AgencyRef"];
            steps: components["schemas"]["ProgressStep"][];
            /** @description Absent in terminal states. */
            awaiting?: components["schemas"]["ProgressAwaiting"];
            /** Format: date-time */
            appliedAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        /** A person's transfers (本人转移业务) */
        TransferProgressList: {
            items: components["schemas"]["TransferProgress"][];
        };
        /**
         * Inbox event type (待办事件类型)
         * @description To the old place: `contactLetterReceived` 收到联系函, `applicationRejected` 转入地不予受理,
         *     `caseWithdrawn` 申请已撤销, `fundsArrived` 基金已到账, `amountMismatchResolved` 差额已处理,
         *     `continuationCompleted` 接续已办结. To the new place: `contactLetterRejected` 联系函被退回,
         *     `informationFormReceived` 收到信息表, `fundsSent` 基金已划出, `remittanceReturned` 退汇,
         *     `fundsResent` 已重新划款. To both: `amountMismatchDetected` 到账金额不符, `hopOverdue`
         *     环节超时.
         * @enum {string}
         */
        InboxEventType: "contactLetterReceived" | "applicationRejected" | "caseWithdrawn" | "fundsArrived" | "amountMismatchResolved" | "continuationCompleted" | "contactLetterRejected" | "informationFormReceived" | "fundsSent" | "remittanceReturned" | "fundsResent" | "amountMismatchDetected" | "hopOverdue";
        /**
         * Inbox event (待办事件)
         * @description An event addressed to the calling agency. No personal data.
         */
        InboxEvent: {
            /** @description Unique, stable id (`evt_` + ULID); de-duplicate on it. */
            eventId: string;
            /** @description Position in the caller's inbox; strictly increasing. */
            sequence: number;
            type: components["schemas"]["InboxEventType"];
            /** Format: date-time */
            occurredAt: string;
            contactLetterNo: components["schemas"]["ContactLetterNo"];
            /** @description The case's state right after the event. */
            caseStatus: components["schemas"]["TransferCaseStatus"];
            /** @description The agency whose action caused the event (for `hopOverdue`, the agency awaited). */
            fromAgency: components["schemas"]["AgencyRef"];
            /** @description The document the event is about, if any. */
            documentId?: components["schemas"]["DocumentId"];
            documentVersion?: number;
            /** @description For `hopOverdue`, the overdue hop. */
            hop?: components["schemas"]["HopName"];
            /**
             * Format: date-time
             * @description For `hopOverdue`, the missed target; otherwise the caller's next target on the case, if any.
             */
            dueAt?: string;
        };
        /** Page of inbox events (待办事件分页) */
        InboxEventPage: {
            items: components["schemas"]["InboxEvent"][];
            nextCursor: components["schemas"]["NextCursor"];
            /**
             * @description Cursor after the last event of this page (or the one passed in, when the page is
             *     empty). Store it and pass it as `cursor` to receive only later events.
             */
            resumeCursor: string;
        };
        /**
         * Transfer rules (转移规则参数)
         * @description Parameters this deployment applies. Every value marked `x-unverified` is a reading of
         *     rules we could not confirm in a primary source (DOMAIN §11), hence configuration.
         */
        TransferRules: {
            /** @description Pooled-fund rate on each year's contribution-wage base (default 1200 = 12 %). */
            pooledRateBasisPoints: components["schemas"]["RateBasisPoints"];
            /** @description First year whose contributions carry a pooled-fund transfer (default 1998). */
            pooledFromYear: number;
            /**
             * @description `halfUpPerYear`: each year rounded half up to the fen, then summed.
             * @enum {string}
             */
            pooledRounding: "halfUpPerYear";
            /** @description Whether a temporary contribution account also transfers a pooled part (default false). */
            temporaryAccountTransfersPooledFund: boolean;
            /** @description Service target per hop in working days (default 15). */
            hopTargetWorkingDays: number;
            /** @description The working-day calendar in force (Monday-Friday less public holidays plus adjusted working days 调休), by id. */
            workingDayCalendar: string;
            /**
             * @description Time zone of deadlines (IANA name).
             * @enum {string}
             */
            timeZone: "Asia/Shanghai";
            /** @description How long inbox events and cursors are kept. */
            inboxRetentionDays: number;
        };
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
        /**
         * Client identity (调用方标识)
         * @description `<instance>/<memberClass>/<uscc>/<region>/<subsystem>`, see `X-Client-Id`.
         * @example ZY/COM/91410100MA3X000109/410100/ledger-client
         */
        ClientId: string;
        /** Page cursor (分页游标) */
        Cursor: string;
        /**
         * Amount in fen (金额，单位：分)
         * @description Non-negative amount of money in fen (分; 1 元 = 100 分), an integer from 0 to
         *     9007199254740991. Fractions, negative values, numbers written with an exponent or a
         *     fraction part (`12.0`), and strings are refused.
         * @example 1234567
         */
        Fen: number;
        /** Idempotency key (幂等键) */
        IdempotencyKey: string;
        /**
         * Next page cursor (下一页游标)
         * @description Cursor of the next page, or null on the last page.
         */
        NextCursor: string | null;
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
        /** Request id (请求标识) */
        RequestId: string;
        /**
         * Signed amount in fen (带符号金额，单位：分)
         * @description Amount of money in fen that may be negative: refunds (退费), reversals (冲正) and
         *     differences between two totals (差额). Integer from -9007199254740991 to
         *     9007199254740991. A negative value means money flowing back to the payer.
         * @example -2500
         */
        SignedFen: number;
        /**
         * Unified social credit code (统一社会信用代码)
         * @description 18-character unified social credit code of a legal person or other organisation,
         *     GB 32100-2015.
         *
         *     Structure: position 1 registration authority (登记管理部门代码), position 2 organisation
         *     category (机构类别代码), positions 3-8 the registering authority's GB/T 2260 region code,
         *     positions 9-17 the organisation code (组织机构代码, GB 11714-1997, see `OrgCode`),
         *     position 18 the check character.
         *
         *     Character set (31 characters, excludes `I O S V Z`): `0123456789ABCDEFGHJKLMNPQRTUWXY`;
         *     a character's value is its index in that string (`A`=10 … `X`=29, `Y`=30).
         *
         *     Check (GB 32100, MOD 31): weights `W_i = 3^(i-1) mod 31`
         *     (`1 3 9 27 19 26 16 17 20 29 25 13 8 24 10 30 28`) over positions 1-17,
         *     `S = Σ value(c_i) × W_i`, check value `(31 - S mod 31) mod 31`, check character =
         *     the character set at that index.
         *
         *     The embedded organisation code (positions 9-17) must also pass its own GB 11714 check,
         *     which uses a different character table (`A`=10 … `Z`=35, so `X`=33 there).
         * @example 91410100MA3X000109
         * @example 52419001MJY00001XR
         */
        Uscc: string;
    };
    responses: {
        /**
         * @description The action belongs to the other party of the case (该操作应由另一方办理), or the client
         *     is not registered for this exchange at all.
         */
        WrongRole: {
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
        /**
         * @description Conflict on application (受理冲突): the person has an open case, the contact-letter
         *     number is taken, or the same idempotency key is still in progress (with
         *     `Retry-After`).
         */
        ApplyConflict: {
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
        /**
         * @description State conflict (状态冲突): the action is not allowed in the case's state, the case is
         *     closed or completed, or the same idempotency key is still in progress (with
         *     `Retry-After`). `currentState` and the caller's `allowedActions` are given.
         */
        CaseConflict: {
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
        /**
         * @description Conflict on completion (办结冲突): the arrival does not match the form's total
         *     (`AMOUNT_MISMATCH`), the case is already completed, closed, or in another state, or
         *     the same idempotency key is still in progress (with `Retry-After`).
         */
        CompletionConflict: {
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
        /**
         * @description The application is refused (不予受理的申请): a pension in payment, overlapping months,
         *     or no cross-region transfer; or the idempotency key was used for another request.
         *     Nothing is stored.
         */
        ApplicationRefused: {
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
        /**
         * @description The letter cannot be issued (不能发出联系函): the contribution certificate shows arrears
         *     or contributions not suspended, or a pension is in payment; or the idempotency key was
         *     used for another request. Nothing is stored.
         */
        LetterRefused: {
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
        /**
         * @description The information form is refused (信息表不予接收): its amounts do not add up, a
         *     temporary account carries a pooled part, or the old place's record shows the person
         *     is not eligible; or the idempotency key was used for another request. Nothing is
         *     stored.
         */
        FormRefused: {
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
        /**
         * @description An amount is not the one it must equal (金额不符): a payment or resend that is not the
         *     form's total, a return that is not the returned payment, booked amounts that are not
         *     the form's parts; or the idempotency key was used for another request. Nothing is
         *     stored.
         */
        AmountRefused: {
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
        /**
         * @description The adjustment does not close the difference (差额处理后仍不符); or the idempotency key
         *     was used for another request. Nothing is stored.
         */
        ResolutionRefused: {
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
        /** @description The inbox cursor is older than the retention period (待办箱游标已过期). */
        InboxCursorExpired: {
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
    parameters: {
        /**
         * @description The case's contact-letter number (联系函编号 `aae270`).
         * @example 410300202600001234
         */
        ContactLetterNoParam: components["schemas"]["ContactLetterNo"];
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getTransferRules: {
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
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The rule parameters (转移规则参数). */
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
                    "application/json": components["schemas"]["TransferRules"];
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
    listTransferCases: {
        parameters: {
            query?: {
                /**
                 * @description Only cases where the calling agency has this role.
                 * @example oldPlace
                 */
                role?: components["schemas"]["CaseRole"];
                /**
                 * @description Only cases in this state.
                 * @example letterIssued
                 */
                status?: components["schemas"]["TransferCaseStatus"];
                /**
                 * @description Only cases whose current hop is (`true`) or is not (`false`) overdue.
                 * @example true
                 */
                overdue?: boolean;
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
            /** @description One page of case summaries (一页转移接续业务). */
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
                    "application/json": components["schemas"]["TransferCasePage"];
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
    createTransferCase: {
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
                "application/json": components["schemas"]["CreateTransferCaseRequest"];
            };
        };
        responses: {
            /** @description Case opened in state `applied` (已受理). */
            201: {
                headers: {
                    /**
                     * @description Absolute path of the new case, base path included (it answers a GET by the same caller).
                     * @example /pension-transfer/v1/transfer-cases/410300202600001234
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
                    "application/json": components["schemas"]["TransferCase"];
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
            409: components["responses"]["ApplyConflict"];
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
            422: components["responses"]["ApplicationRefused"];
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
    getTransferCase: {
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
                 * @description The case's contact-letter number (联系函编号 `aae270`).
                 * @example 410300202600001234
                 */
                contactLetterNo: components["parameters"]["ContactLetterNoParam"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The case (转移接续业务). */
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
                    "application/json": components["schemas"]["TransferCase"];
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
    issueContactLetter: {
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
                 * @description The case's contact-letter number (联系函编号 `aae270`).
                 * @example 410300202600001234
                 */
                contactLetterNo: components["parameters"]["ContactLetterNoParam"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IssueContactLetterRequest"];
            };
        };
        responses: {
            /** @description Letter issued; case `letterIssued` (联系函已发出). */
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
                    "application/json": components["schemas"]["TransferCase"];
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
            403: components["responses"]["WrongRole"];
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
            409: components["responses"]["CaseConflict"];
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
            422: components["responses"]["LetterRefused"];
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
    rejectContactLetter: {
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
                 * @description The case's contact-letter number (联系函编号 `aae270`).
                 * @example 410300202600001234
                 */
                contactLetterNo: components["parameters"]["ContactLetterNoParam"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RejectContactLetterRequest"];
            };
        };
        responses: {
            /** @description Letter rejected; case `letterRejected` (联系函被退回). */
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
                    "application/json": components["schemas"]["TransferCase"];
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
            403: components["responses"]["WrongRole"];
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
            409: components["responses"]["CaseConflict"];
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
    amendTransferApplication: {
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
                 * @description The case's contact-letter number (联系函编号 `aae270`).
                 * @example 410300202600001234
                 */
                contactLetterNo: components["parameters"]["ContactLetterNoParam"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AmendTransferApplicationRequest"];
            };
        };
        responses: {
            /** @description Application amended; case `applied` again (重新受理). */
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
                    "application/json": components["schemas"]["TransferCase"];
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
            403: components["responses"]["WrongRole"];
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
            409: components["responses"]["CaseConflict"];
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
            422: components["responses"]["ApplicationRefused"];
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
    rejectTransferApplication: {
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
                 * @description The case's contact-letter number (联系函编号 `aae270`).
                 * @example 410300202600001234
                 */
                contactLetterNo: components["parameters"]["ContactLetterNoParam"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RejectTransferApplicationRequest"];
            };
        };
        responses: {
            /** @description Application refused; case `rejected` (不予受理). */
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
                    "application/json": components["schemas"]["TransferCase"];
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
            403: components["responses"]["WrongRole"];
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
            409: components["responses"]["CaseConflict"];
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
    withdrawTransferCase: {
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
                 * @description The case's contact-letter number (联系函编号 `aae270`).
                 * @example 410300202600001234
                 */
                contactLetterNo: components["parameters"]["ContactLetterNoParam"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WithdrawTransferCaseRequest"];
            };
        };
        responses: {
            /** @description Case withdrawn (已撤销). */
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
                    "application/json": components["schemas"]["TransferCase"];
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
            403: components["responses"]["WrongRole"];
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
            409: components["responses"]["CaseConflict"];
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
    issueInformationForm: {
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
                 * @description The case's contact-letter number (联系函编号 `aae270`).
                 * @example 410300202600001234
                 */
                contactLetterNo: components["parameters"]["ContactLetterNoParam"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IssueInformationFormRequest"];
            };
        };
        responses: {
            /** @description Form issued; case `infoFormIssued` (信息表已上传). */
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
                    "application/json": components["schemas"]["TransferCase"];
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
            403: components["responses"]["WrongRole"];
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
            409: components["responses"]["CaseConflict"];
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
            422: components["responses"]["FormRefused"];
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
    recordFundPayment: {
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
                 * @description The case's contact-letter number (联系函编号 `aae270`).
                 * @example 410300202600001234
                 */
                contactLetterNo: components["parameters"]["ContactLetterNoParam"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordFundPaymentRequest"];
            };
        };
        responses: {
            /** @description Payment recorded; case `fundsSent` (基金已划出). */
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
                    "application/json": components["schemas"]["TransferCase"];
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
            403: components["responses"]["WrongRole"];
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
            409: components["responses"]["CaseConflict"];
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
            422: components["responses"]["AmountRefused"];
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
    recordReturnedRemittance: {
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
                 * @description The case's contact-letter number (联系函编号 `aae270`).
                 * @example 410300202600001234
                 */
                contactLetterNo: components["parameters"]["ContactLetterNoParam"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordReturnedRemittanceRequest"];
            };
        };
        responses: {
            /** @description Return recorded; case `fundsReturned` (划款被退回). */
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
                    "application/json": components["schemas"]["TransferCase"];
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
            403: components["responses"]["WrongRole"];
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
            409: components["responses"]["CaseConflict"];
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
            422: components["responses"]["AmountRefused"];
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
    resendFundTransfer: {
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
                 * @description The case's contact-letter number (联系函编号 `aae270`).
                 * @example 410300202600001234
                 */
                contactLetterNo: components["parameters"]["ContactLetterNoParam"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResendFundTransferRequest"];
            };
        };
        responses: {
            /** @description Resend recorded; case `fundsSent` again (已重新划款). */
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
                    "application/json": components["schemas"]["TransferCase"];
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
            403: components["responses"]["WrongRole"];
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
            409: components["responses"]["CaseConflict"];
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
            422: components["responses"]["AmountRefused"];
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
    recordFundArrival: {
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
                 * @description The case's contact-letter number (联系函编号 `aae270`).
                 * @example 410300202600001234
                 */
                contactLetterNo: components["parameters"]["ContactLetterNoParam"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordFundArrivalRequest"];
            };
        };
        responses: {
            /**
             * @description Arrival recorded; case `fundsReceived` (基金已到账), or `amountMismatch` (到账金额不符)
             *     when the amount differs from the form's total.
             */
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
                    "application/json": components["schemas"]["TransferCase"];
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
            403: components["responses"]["WrongRole"];
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
            409: components["responses"]["CaseConflict"];
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
    resolveAmountMismatch: {
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
                 * @description The case's contact-letter number (联系函编号 `aae270`).
                 * @example 410300202600001234
                 */
                contactLetterNo: components["parameters"]["ContactLetterNoParam"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResolveAmountMismatchRequest"];
            };
        };
        responses: {
            /** @description Mismatch resolved; case `fundsReceived` (差额已处理，基金已到账). */
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
                    "application/json": components["schemas"]["TransferCase"];
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
            403: components["responses"]["WrongRole"];
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
            409: components["responses"]["CaseConflict"];
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
            422: components["responses"]["ResolutionRefused"];
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
    completeContinuation: {
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
                 * @description The case's contact-letter number (联系函编号 `aae270`).
                 * @example 410300202600001234
                 */
                contactLetterNo: components["parameters"]["ContactLetterNoParam"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CompleteContinuationRequest"];
            };
        };
        responses: {
            /** @description Continuation completed; case `completed` (接续已办结). */
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
                    "application/json": components["schemas"]["TransferCase"];
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
            403: components["responses"]["WrongRole"];
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
            409: components["responses"]["CompletionConflict"];
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
            422: components["responses"]["AmountRefused"];
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
    getTransferProgress: {
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
                 * @description The case's contact-letter number (联系函编号 `aae270`).
                 * @example 410300202600001234
                 */
                contactLetterNo: components["parameters"]["ContactLetterNoParam"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The case's progress (转移进度). */
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
                    "application/json": components["schemas"]["TransferProgress"];
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
    queryTransferProgress: {
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
                "application/json": components["schemas"]["QueryTransferProgressRequest"];
            };
        };
        responses: {
            /** @description The person's transfers, newest first (本人转移进度). */
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
                    "application/json": components["schemas"]["TransferProgressList"];
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
    listInboxEvents: {
        parameters: {
            query?: {
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
            /** @description One page of inbox events (一页待办事件). */
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
                    "application/json": components["schemas"]["InboxEventPage"];
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
            410: components["responses"]["InboxCursorExpired"];
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
