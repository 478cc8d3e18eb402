import fc from "fast-check";
import { hostileJsonText, hostileKey, hostileString, hostileValue, trapsLike, wholePayload } from "./hostile";
import { csvFile, optionalFields, validFor } from "./valid";

/** Draws one value from an arbitrary inside a property (fast-check's `fc.gen()`), so draws can depend on the payload. */
export type Draw = <T>(arbitrary: fc.Arbitrary<T>) => T;
export const drawWith =
  (g: fc.GeneratorValue): Draw =>
  (arbitrary) =>
    g(() => arbitrary);

/** How the payload reaches the action: as an object, as plain form fields, as a form with a JSON `payload`, or not as a form at all. */
export type Transport = "object" | "form-fields" | "form-payload" | "wrong-type";
export type TransportWeights = Record<Transport, number>;
export const ACTION_TRANSPORTS: TransportWeights = { object: 60, "form-payload": 20, "form-fields": 12, "wrong-type": 8 };

type Fields = Record<string, unknown>;

const weighted = <T>(options: [T, number][]) => fc.oneof(...options.map(([value, weight]) => ({ arbitrary: fc.constant(value), weight })));

const isFields = (value: unknown): value is Fields => value !== null && typeof value === "object" && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype;

/** A deep copy of plain objects and lists; other values (a Date, a Blob, a Map) are kept as they are. */
function copy<T>(value: T): T {
  if (Array.isArray(value)) return value.map(copy) as T;
  return isFields(value) ? (Object.fromEntries(Object.entries(value).map(([k, v]) => [k, copy(v)])) as T) : value;
}

/**
 * An own property even for "__proto__", as JSON.parse would make it. The value is copied: arbitraries
 * hand out the same constant object every time, and a later edit inside it must not change the next run's.
 */
function setField(target: Fields | unknown[], key: string | number, value: unknown) {
  Object.defineProperty(target, key, { value: copy(value), enumerable: true, writable: true, configurable: true });
}

/** A hostile value: half the time one shaped like the current one (a number trap for a number), and for CSV text a file with hostile cells. */
function hostileFor(draw: Draw, current: unknown): unknown {
  if (typeof current === "string" && current.includes("\n") && current.includes(",") && draw(fc.boolean())) return draw(csvFile(hostileString));
  const shaped = trapsLike(current);
  return shaped && draw(fc.boolean()) ? draw(shaped) : draw(hostileValue);
}

/** Edits inside the repeated rows of a list field: a cell, a dropped cell, many copies, a stray element. */
function editRows(draw: Draw, list: unknown[]): unknown {
  const op = draw(weighted<string>([["cell", 5], ["valid-cell", 3], ["drop-cell", 2], ["copies", 2], ["stray", 2], ["empty", 1], ["nested", 1], ["not-a-list", 1]]));
  const i = list.length ? draw(fc.nat({ max: list.length - 1 })) : 0;
  const row = list[i];
  const isRow = isFields(row);
  switch (op) {
    case "cell":
    case "valid-cell":
    case "drop-cell": {
      if (!isRow) return [...list, copy(draw(hostileValue))];
      if (op === "cell" && draw(fc.nat({ max: 3 })) === 0) {
        // Any edit of the row, nested objects (a benefit's calculator) included.
        const next = copy(row as Fields);
        editOnce(draw, next);
        return list.map((r, j) => (j === i ? next : r));
      }
      const keys = Object.keys(row as Fields);
      const key = keys.length && draw(fc.nat({ max: 4 })) > 0 ? draw(fc.constantFrom(...keys)) : draw(hostileKey);
      const next = { ...(row as Fields) };
      if (op === "drop-cell") delete next[key];
      else setField(next, key, op === "cell" ? hostileFor(draw, next[key]) : draw(validFor(key, next[key])));
      return list.map((r, j) => (j === i ? next : r));
    }
    case "copies": {
      const n = draw(fc.constantFrom(2, 3, 51, 501, 2001));
      return [...list, ...Array.from({ length: n }, () => copy(row))];
    }
    case "stray":
      return [...list, copy(draw(fc.oneof(hostileValue, fc.constant([list[i]]), fc.constant([[[]]]))))];
    case "empty":
      return [];
    case "nested":
      return list.map((r, j) => (j === i ? [r] : r));
    default:
      return copy(draw(hostileValue));
  }
}

/** One edit of the form: a field replaced (hostile or valid-looking), dropped or added, its repeated rows or a nested object edited. */
function editOnce(draw: Draw, fields: Fields): void {
  const keys = Object.keys(fields);
  const lists = keys.filter((k) => Array.isArray(fields[k]));
  const objects = keys.filter((k) => isFields(fields[k]));
  const op = draw(
    weighted<string>(
      ([["hostile", 38], ["valid", 10], ["drop", 10], ["add-hostile", 12], ["add-known", 8], ["rows", lists.length ? 22 : 0], ["inner", objects.length ? 10 : 0]] as [string, number][]).filter(([, w]) => w),
    ),
  );
  if (op === "inner") return editOnce(draw, fields[draw(fc.constantFrom(...objects))] as Fields);
  if (op === "add-hostile" || keys.length === 0) return setField(fields, draw(hostileKey), draw(hostileValue));
  if (op === "add-known") {
    const key = draw(fc.constantFrom(...Object.keys(optionalFields)));
    return setField(fields, key, draw(optionalFields[key]));
  }
  if (op === "rows") {
    const key = draw(fc.constantFrom(...lists));
    return setField(fields, key, editRows(draw, fields[key] as unknown[]));
  }
  const key = draw(fc.constantFrom(...keys));
  if (op === "drop") delete fields[key];
  else setField(fields, key, op === "hostile" ? hostileFor(draw, fields[key]) : draw(validFor(key, fields[key])));
}

/**
 * JSON as a browser would send it; values JSON has no form for (bigint, symbol) become text, and a value
 * met again inside itself (a mutation can nest a payload in its own field) becomes null.
 */
export function toJson(value: unknown): string {
  const open: unknown[] = [];
  return (
    JSON.stringify(value, function (this: unknown, _key, v: unknown) {
      if (typeof v === "bigint" || typeof v === "symbol") return String(v);
      if (v === null || typeof v !== "object") return v;
      // `this` is the object holding `v`: drop the ancestors JSON.stringify has already left.
      while (open.length && open.at(-1) !== this) open.pop();
      if (open.includes(v)) return null;
      open.push(v);
      return v;
    }) ?? "null"
  );
}

function formFieldText(value: unknown): string | Blob | undefined {
  if (value === undefined) return undefined;
  if (typeof value === "string" || value instanceof Blob) return value;
  if (value === null || typeof value !== "object") return String(value);
  return toJson(value);
}

function asFormFields(draw: Draw, fields: Fields): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) {
    const text = formFieldText(value);
    if (text !== undefined) form.append(key, text);
  }
  // Repeated names, and the framework's own fields: the action reads one value and ignores the rest.
  if (draw(fc.nat({ max: 9 })) === 0) for (const key of Object.keys(fields).slice(0, 1)) form.append(key, draw(hostileString));
  if (draw(fc.nat({ max: 9 })) === 0) form.append("$ACTION_ID_abc", "1");
  return form;
}

function asFormPayload(draw: Draw, fields: Fields): FormData {
  const form = new FormData();
  form.set("payload", draw(fc.nat({ max: 9 })) === 0 ? draw(hostileJsonText) : toJson(fields));
  return form;
}

export type Mutated = { transport: Transport; input: unknown; shown: unknown };

/**
 * The valid payload after 0–6 edits, sent the way the drawn transport sends it. `shown` is what a failure
 * prints: the object before it became a form.
 */
export function mutate(draw: Draw, payload: Fields, weights: TransportWeights = ACTION_TRANSPORTS): Mutated {
  const transport = draw(weighted(Object.entries(weights).filter(([, w]) => w > 0) as [Transport, number][]));
  if (transport === "wrong-type") {
    const input = copy(draw(wholePayload));
    return { transport, input, shown: input };
  }
  const fields = copy(payload);
  const edits = draw(weighted([[0, 4], [1, 40], [2, 28], [3, 16], [6, 12]]));
  for (let i = 0; i < edits; i++) editOnce(draw, fields);
  const input = transport === "object" ? fields : transport === "form-fields" ? asFormFields(draw, fields) : asFormPayload(draw, fields);
  return { transport, input, shown: fields };
}
