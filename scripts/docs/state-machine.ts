/**
 * The state machines of an exchange as the spec declares them (`x-state-machines`), completed by the
 * operations' `x-flow` annotations: an operation whose transition the machine does not list adds it.
 *
 * @module
 */

/** One state. */
export interface MachineState {
  readonly name: string;
  readonly titleZh: string | undefined;
  readonly description: string | undefined;
  /** Exists only in the client's ledger, never on the server. */
  readonly clientSide: boolean;
}

/** One transition; `from` is empty for a creation. */
export interface MachineTransition {
  readonly from: readonly string[];
  readonly to: string;
  readonly action: string;
  readonly operationId: string | undefined;
  /** Who makes it, when it is not a caller of the API (e.g. `insuredPlaceAgency`, `timer`). */
  readonly by: string | undefined;
  readonly clientSide: boolean;
}

/** A state machine. */
export interface StateMachine {
  readonly name: string;
  readonly description: string | undefined;
  readonly resource: string | undefined;
  readonly states: readonly MachineState[];
  readonly initial: readonly string[];
  readonly terminal: readonly string[];
  readonly transitions: readonly MachineTransition[];
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/**
 * The route of an operation in the Redoc reference page: `#/<first tag>/<operationId in lower case>` (Redoc 3
 * routes by tag and operation slug).
 */
export function referenceRoute(doc: Json, operationId: string): string {
  const found = operationsOf(doc).find((o) => o.operationId === operationId);
  const tags = found?.op['tags'];
  const tag = Array.isArray(tags) && typeof tags[0] === 'string' ? tags[0] : '';
  const slug = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return tag === '' ? `#/${slug(operationId)}` : `#/${slug(tag)}/${slug(operationId)}`;
}

/** Every operation of a document with its method, path and extensions. */
export function operationsOf(doc: Json): { operationId: string; method: string; path: string; op: Json }[] {
  const out: { operationId: string; method: string; path: string; op: Json }[] = [];
  const paths = isObject(doc['paths']) ? doc['paths'] : {};
  for (const [path, item] of Object.entries(paths)) {
    if (!isObject(item)) continue;
    for (const [method, op] of Object.entries(item)) {
      if (!isObject(op) || typeof op['operationId'] !== 'string') continue;
      out.push({ operationId: op['operationId'], method: method.toUpperCase(), path, op });
    }
  }
  return out;
}

/** The machines of a (dereferenced) exchange spec. */
export function stateMachines(doc: Json): StateMachine[] {
  const declared = isObject(doc['x-state-machines']) ? doc['x-state-machines'] : {};
  const machines: StateMachine[] = [];
  for (const [name, raw] of Object.entries(declared)) {
    if (!isObject(raw)) continue;
    const states = (Array.isArray(raw['states']) ? raw['states'] : []).filter(isObject).map(
      (s): MachineState => ({
        name: str(s['name']) ?? '?',
        titleZh: str(s['titleZh']),
        description: str(s['description']),
        clientSide: s['clientSide'] === true,
      }),
    );
    const transitions = (Array.isArray(raw['transitions']) ? raw['transitions'] : []).filter(isObject).map(
      (t): MachineTransition => ({
        from: strings(t['from']),
        to: str(t['to']) ?? '?',
        action: str(t['action']) ?? '?',
        operationId: str(t['operationId']),
        by: str(t['by']) ?? str(t['role']),
        clientSide: t['clientSide'] === true,
      }),
    );
    for (const { operationId, op } of operationsOf(doc)) {
      const flow = op['x-flow'];
      if (!isObject(flow) || flow['machine'] !== name) continue;
      const to = str(flow['to']) ?? '?';
      const action = str(flow['action']) ?? operationId;
      const known = transitions.findIndex((t) => t.to === to && t.action === action);
      const from = strings(flow['from']);
      if (known === -1) transitions.push({ from, to, action, operationId, by: undefined, clientSide: false });
      else if (transitions[known]?.operationId === undefined) transitions[known] = { ...transitions[known]!, operationId };
    }
    machines.push({
      name,
      description: str(raw['description']),
      resource: str(raw['resource']),
      states,
      initial: strings(raw['initial']),
      terminal: strings(raw['terminal']),
      transitions,
    });
  }
  return machines;
}
