import type { Locator, Page } from "@playwright/test";
import { readFile } from "node:fs/promises";

/** A page of one workspace: `/w/<slug>/<path>`. */
export abstract class Section {
  protected abstract readonly path: string;

  constructor(
    readonly page: Page,
    readonly workspace: string,
  ) {}

  get url(): string {
    return `${this.workspace}/${this.path}`;
  }

  /** Opens the page, optionally with a query (`{ month: "2026-05" }`); resolves to the HTTP response. */
  async open(query: Record<string, string> = {}) {
    const search = new URLSearchParams(query).toString();
    return this.page.goto(search ? `${this.url}?${search}` : this.url);
  }

  protected testId(id: string): Locator {
    return this.page.getByTestId(id);
  }
}

export interface Downloaded {
  path: string;
  name: string;
  text(): Promise<string>;
}

/** Clicks what starts a download and waits for the file. */
export async function download(page: Page, trigger: Locator): Promise<Downloaded> {
  const [file] = await Promise.all([page.waitForEvent("download"), trigger.click()]);
  const path = await file.path();
  return { path, name: file.suggestedFilename(), text: async () => (await readFile(path, "utf8")).replace(/^\uFEFF/, "") };
}
