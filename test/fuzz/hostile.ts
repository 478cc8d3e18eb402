import fc from "fast-check";

/**
 * Values a browser, a script or an attacker can send to a server action: React serialises strings,
 * numbers (NaN, ±Infinity, -0), bigints, booleans, null/undefined, Dates, Maps, Sets, registered symbols,
 * typed arrays, Blobs and FormData, nested in plain objects and arrays.
 */

/** Shared, so a megabyte string is built once, not per run. */
const HUGE = {
  tenK: "x".repeat(10_001),
  digits: "9".repeat(400),
  accents: "é".repeat(70_000),
  overMegabyte: "a".repeat(1_048_577),
};

export const unicodeTraps = [
  "\u0000",
  "a\u0000b",
  "\uD800",
  "\uDFFF",
  "x\uD83D",
  "\uDE00x",
  "\u202Eevil\u202C",
  "\u200B",
  "\uFEFF",
  "e\u0301",
  "İ",
  "ß",
  "ﬃ",
  "🏳️‍🌈",
  "\r\n",
  "\t",
  "\u2028\u2029",
  "\u00A0",
  "\u0085",
  "\u007F",
  "\u001B[31m",
  "４２",
  "٤٢",
  "Ω",
  "\uFFFF",
  "\u{10FFFF}",
];

export const injections = [
  "' OR '1'='1",
  "'; DROP TABLE investments; --",
  "1; SELECT pg_sleep(5)",
  "\" OR \"\"=\"",
  "\\",
  "\\'",
  "%",
  "_",
  "%_%",
  "$1",
  "NULL",
  "null",
  "undefined",
  "DEFAULT",
  "<script>alert(1)</script>",
  "\"><img src=x onerror=alert(1)>",
  "javascript:alert(1)",
  "{{7*7}}",
  "${7*7}",
  "<!--",
  "&amp;&lt;",
  "../../etc/passwd",
  "__proto__",
  "constructor",
  "toString",
];

export const numberTraps = [NaN, Infinity, -Infinity, 1e309, -1e309, -0, -1, -0.01, 0.001, 0.005, 1.005, 0.1 + 0.2, 1e-7, 1e-10, 5e-324, 1e21, 2 ** 31, 2 ** 31 - 1, -(2 ** 31) - 1, 2 ** 53 + 2, Number.MAX_SAFE_INTEGER, Number.MAX_VALUE, 123456789012345.67];

export const numericTextTraps = [
  "NaN",
  "Infinity",
  "-Infinity",
  "1e309",
  "-1e309",
  "1e-309",
  "0x1F",
  "0b11",
  "0o7",
  "1_000",
  "1e3",
  " 42 ",
  "42abc",
  "-0",
  "−5",
  "+5",
  ".5",
  "5.",
  "00012",
  "-5",
  "-0.01",
  "0.005",
  "0.0000000001",
  "1.005",
  "12.3456789",
  "1,2,3",
  "1.2.3",
  "1,000,000,000,000.01",
  "$-5",
  "€1e3",
  "2147483648",
  "-2147483649",
  "9223372036854775808",
  "99999999999999999999999999999",
  "0.000001",
  "1e-7",
  "999.9995",
  "999.9994",
  "100.0001",
  "0.0004",
  "0.0005",
  "0.00049",
  "1e-4",
];

export const dateTraps = ["0000-01-01", "9999-12-31", "2026-02-30", "2026-02-29", "2024-02-29", "2026-13", "2026-00", "-2026-01", "275760-09-13", "2026-1-1", "2026-01-01T00:00:00Z", "2026-01\u0000", "2026-01-01 ", "１９９９-01"];

export const idTraps = [
  "00000000-0000-0000-0000-000000000000",
  "ffffffff-ffff-ffff-ffff-ffffffffffff",
  "123e4567-e89b-12d3-a456-426614174000",
  "123E4567-E89B-12D3-A456-426614174000 ",
  "{123e4567-e89b-12d3-a456-426614174000}",
  "123e4567e89b12d3a456426614174000",
  "123e4567-e89b-12d3-a456-42661417400\u0000",
  "1' OR '1'='1",
  "../x",
  "portfolio",
];

/** Traps shaped like the value they replace: numbers for a number, dates for a date, ids for an id. */
export function trapsLike(current: unknown): fc.Arbitrary<unknown> | null {
  if (typeof current === "number" || (typeof current === "string" && /^\s*-?\d+(\.\d+)?\s*$/.test(current))) return fc.constantFrom<unknown>(...numberTraps, ...numericTextTraps);
  if (typeof current === "string" && /^\d{4}-\d{2}(-\d{2})?$/.test(current)) return fc.constantFrom(...dateTraps);
  if (typeof current === "string" && /^[0-9a-f]{8}-[0-9a-f]{4}-/i.test(current)) return fc.oneof(fc.constantFrom(...idTraps), fc.constant(current.toUpperCase()), fc.constant(`${current}\u0000`));
  return null;
}

const specialText = fc.constantFrom(...unicodeTraps, ...injections, ...numericTextTraps, ...dateTraps, ...idTraps);

/** Random text with a trap spliced in, so traps also appear mid-string and next to ordinary characters. */
const splicedText = fc.tuple(fc.string({ maxLength: 12 }), specialText, fc.string({ unit: "binary", maxLength: 12 })).map(([a, b, c]) => a + b + c);

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: specialText, weight: 6 },
  { arbitrary: splicedText, weight: 4 },
  { arbitrary: fc.string({ unit: "binary", maxLength: 40 }), weight: 2 },
  { arbitrary: fc.string({ unit: "grapheme", maxLength: 40 }), weight: 2 },
  { arbitrary: fc.constantFrom(HUGE.tenK, HUGE.digits, HUGE.accents, HUGE.overMegabyte), weight: 1 },
  { arbitrary: fc.constantFrom("", " ", "   \t\n"), weight: 1 },
);

export const hostileNumber: fc.Arbitrary<number> = fc.oneof(
  { arbitrary: fc.constantFrom(...numberTraps), weight: 4 },
  { arbitrary: fc.double(), weight: 2 },
  { arbitrary: fc.integer(), weight: 1 },
);

/** Values of types no form field has. */
export const wrongType: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, undefined, true, false, 0n, 10n ** 30n, -1n),
  fc.constant([]),
  fc.constant([[]]),
  fc.constant({}),
  fc.constant(Symbol.for("techfolio")),
  fc.constant(new Date(NaN)),
  fc.constant(new Date(0)),
  fc.constant(new Map([["a", 1]])),
  fc.constant(new Set(["x"])),
  fc.constant(new Uint8Array([0, 255])),
  fc.constant(new Blob(["x"], { type: "text/plain" })),
  fc.constant(JSON.parse('{"__proto__": {"isAdmin": true}, "constructor": {"prototype": {"x": 1}}}') as unknown),
  fc.constant(Object.create(null) as unknown),
  fc.array(specialText, { maxLength: 3 }),
  fc.dictionary(fc.oneof(specialText, fc.string({ maxLength: 5 })), specialText, { maxKeys: 3 }),
);

export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: hostileString, weight: 6 },
  { arbitrary: hostileNumber, weight: 3 },
  { arbitrary: fc.constantFrom(...numericTextTraps), weight: 2 },
  { arbitrary: wrongType, weight: 3 },
);

/** Field names a client may add: the server must ignore them or refuse, never trust them. */
export const hostileKey: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom("__proto__", "constructor", "prototype", "orgId", "org_id", "id", "userId", "role", "slug", "version", "$ACTION_ID_0", "$ACTION_REF_1", "payload", ""),
  fc.string({ maxLength: 10 }),
  specialText,
);

/** What a `payload` form field may hold instead of the JSON of a form. */
export const hostileJsonText: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom("", "{", "null", "[]", "[1,2]", "1e309", "\"text\"", "true", '{"__proto__":{"ok":true}}', '{"a":' + "[".repeat(5000) + "]".repeat(5000) + "}", "\u0000", "{\"x\":\"\\u0000\"}"),
  fc.json({ maxDepth: 3 }),
);

/** A whole argument of the wrong kind, in place of the form. */
export const wholePayload: fc.Arbitrary<unknown> = fc.oneof(
  wrongType,
  hostileString,
  hostileNumber,
  fc.constant(new FormData()),
  hostileJsonText.map((text) => {
    const form = new FormData();
    form.set("payload", text);
    return form;
  }),
);
