import { hash, verify } from "@node-rs/argon2";

// Argon2id with the library's defaults (19 MiB, 2 passes): OWASP's minimum, ~60 ms here.
// Unlike bcrypt it reads the whole password, so long passphrases are not silently truncated.
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  return verify(passwordHash, password).catch(() => false);
}

/** Verified against when the email is unknown, so a miss costs as long as a wrong password. */
export const DUMMY_HASH = "$argon2id$v=19$m=19456,t=2,p=1$lRkX0fsy0yUVpXO851HmvQ$IfgK+z2zprI1QJeqY0Lk5AVrLftYeyH4Szkzy+FaM8o";
