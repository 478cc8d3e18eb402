import { mkdirSync } from "node:fs";
import path from "node:path";
import { authFile, test as setup } from "./fixtures";
import type { Role } from "./pages/auth";

// Signs each demo user in once, through the form, and keeps the session for the specs that start signed in.
for (const role of ["consultant", "owner", "viewer"] as const satisfies Role[]) {
  setup(`sign in as the ${role}`, async ({ app, page }) => {
    await app.signInPage.signInAs(role);
    mkdirSync(path.dirname(authFile(role)), { recursive: true });
    await page.context().storageState({ path: authFile(role) });
  });
}
