// Runs once when the server starts: the app migrates (and, on an empty database, seeds) in its own
// process, because an embedded PGlite directory must never be opened by two processes.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { prepareDatabase } = await import("./db/prepare");
  await prepareDatabase();
}
