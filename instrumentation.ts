// Runs once when the server starts: the app migrates (and, on an empty database, seeds) in its own
// process, because an embedded PGlite directory must never be opened by two processes. It then serves
// as the database role that row-level security applies to.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startDatabase } = await import("./db/prepare");
  await startDatabase();
}
