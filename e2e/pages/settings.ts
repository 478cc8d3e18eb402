import { expect } from "@playwright/test";
import type { roles } from "../../lib/domain/values";
import { download, Section } from "./section";

/** The workspace's settings form: `/settings`. */
export class SettingsPage extends Section {
  protected readonly path = "settings";
  readonly form = this.testId("settings-form");
  readonly name = this.page.getByLabel("Workspace name");
  readonly message = this.testId("settings-message");

  /** Changes the given selects (`currency`, `locale`) and saves, waiting for the confirmation. */
  async change(selects: { currency?: string; locale?: string }) {
    for (const [id, value] of Object.entries(selects)) await this.page.locator(`#${id}`).selectOption(value);
    await this.save();
    await expect(this.message).toContainText("Settings saved");
  }

  async save() {
    await this.testId("settings-save").click();
  }
}

/** Members and invitations: `/settings/members`. */
export class MembersPage extends Section {
  protected readonly path = "settings/members";
  readonly invitations = this.testId("invitation-row");

  /** Invites someone and resolves to the invitation link's path. */
  async invite(email: string, role: (typeof roles)[number]): Promise<string> {
    await this.testId("invite-email").fill(email);
    await this.testId("invite-role").selectOption(role);
    await this.testId("invite-submit").click();
    return new URL(await this.testId("invite-link").inputValue()).pathname;
  }
}

/** Export, import and deletion of a whole workspace: `/settings/data`. */
export class WorkspaceDataPage extends Section {
  protected readonly path = "settings/data";

  exportJson() {
    return download(this.page, this.testId("export-json"));
  }

  async importAs(file: string, name: string) {
    await this.testId("import-file").setInputFiles(file);
    await this.page.locator("#import-name").fill(name);
    await this.testId("import-submit").click();
  }

  /** Deletes the workspace, typing its exact name to confirm. */
  async deleteWorkspace(name: string) {
    await this.testId("delete-workspace").click();
    await this.testId("delete-confirm-name").fill(name);
    await this.testId("delete-confirm").click();
  }
}

/** The audit log: `/settings/audit`. */
export class AuditPage extends Section {
  protected readonly path = "settings/audit";
  readonly rows = this.testId("audit-row");
}
