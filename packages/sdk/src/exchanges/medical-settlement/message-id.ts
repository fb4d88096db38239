/**
 * NHSA message ids (发送方报文ID `msgid`): the facility code (12) + the local sending time `yyyyMMddHHmmss` (14) +
 * a 4-digit sequence. Unique per sender: the sequence counts within one second, and when 10,000 ids are drawn in
 * one second the generator moves on to the next second rather than repeat one.
 *
 * @module
 */

/** Options of {@link createMessageIdGenerator}. */
export interface MessageIdGeneratorOptions {
  /** The sending facility's code (`fixmedins_code`), `H` or `P` + 11 digits, e.g. `H41010500017`. */
  readonly facilityCode: string;
  /** Milliseconds since the epoch. @default Date.now */
  readonly now?: () => number;
  /** Offset of the local time written in the id, minutes east of UTC. @default 480 (Beijing time) */
  readonly utcOffsetMinutes?: number;
  /**
   * The last id this facility issued (e.g. read back from the message ledger after a restart): the generator never
   * issues an id at or before it.
   */
  readonly after?: string;
}

/** Draws message ids. */
export type MessageIdGenerator = () => string;

const FACILITY = /^[HP][0-9]{11}$/;

/**
 * Create a message-id generator for one facility.
 *
 * @example
 * const nextMessageId = createMessageIdGenerator({ facilityCode: 'H41010500017' });
 * nextMessageId(); // 'H41010500017' + '20261102090000' + '0001'
 */
export function createMessageIdGenerator(options: MessageIdGeneratorOptions): MessageIdGenerator {
  if (!FACILITY.test(options.facilityCode)) throw new RangeError('facilityCode must be H or P followed by 11 digits');
  const now = options.now ?? Date.now;
  const offset = (options.utcOffsetMinutes ?? 480) * 60_000;
  let second = 0;
  let sequence = 0;
  if (options.after !== undefined) {
    const parsed = parseMessageId(options.after);
    if (parsed === undefined || parsed.facilityCode !== options.facilityCode) throw new RangeError('after must be an id of this facility');
    second = Math.floor((parsed.sentAt.getTime() - offset) / 1000);
    sequence = parsed.sequence;
  }
  return () => {
    const current = Math.floor(now() / 1000);
    if (current > second) {
      second = current;
      sequence = 1;
    } else if (sequence >= 9999) {
      second += 1;
      sequence = 1;
    } else {
      sequence += 1;
    }
    const local = new Date(second * 1000 + offset).toISOString();
    const time = local.slice(0, 19).replace(/[-T:]/g, '');
    return `${options.facilityCode}${time}${String(sequence).padStart(4, '0')}`;
  };
}

/** The parts of a message id. */
export interface ParsedMessageId {
  readonly facilityCode: string;
  /** The local time written in the id, read as if it were UTC (compare ids of one generator only). */
  readonly sentAt: Date;
  readonly sequence: number;
}

const MESSAGE_ID = /^([HP][0-9]{11})([0-9]{4})([0-9]{2})([0-9]{2})([0-9]{2})([0-9]{2})([0-9]{2})([0-9]{4})$/;

/** Split a message id into its parts, or `undefined` when it is not one. */
export function parseMessageId(value: string): ParsedMessageId | undefined {
  const m = MESSAGE_ID.exec(value);
  if (m === null) return undefined;
  const [, facilityCode, y, mo, d, h, mi, s, seq] = m;
  const sentAt = new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}Z`);
  if (Number.isNaN(sentAt.getTime()) || sentAt.toISOString().slice(0, 19) !== `${y}-${mo}-${d}T${h}:${mi}:${s}`) return undefined;
  return { facilityCode: facilityCode!, sentAt, sequence: Number(seq) };
}
