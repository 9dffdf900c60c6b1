import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const repoRoot = fileURLToPath(new URL("../../", import.meta.url));
const indexHtml = join(repoRoot, "docs", "api", "index.html");
const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
// Where the screenshots go: `.tmp/` is ignored by git, and CI may upload it.
const screenshotDir = join(repoRoot, ".tmp", "screenshots");
const inCi = process.env.CI === "true";

// The packages the site must list: every workspace package with an entry point.
const packages = ["schema", "parse", "dataset", "cli"].filter((name) => existsSync(join(repoRoot, "packages", name, "src", "index.ts")));

const missing = !existsSync(chromiumPath) ? `no chromium at ${chromiumPath} (apt-get install -y chromium)` : !existsSync(indexHtml) ? "docs/api is not built (npm run docs)" : null;
if (missing && inCi) throw new Error(`The browser check cannot run in CI: ${missing}`);
if (missing) console.warn(`Skipping the browser check of the API docs: ${missing}`);

describe.skipIf(missing !== null)("the API docs in a real browser (Debian chromium)", () => {
  let context: BrowserContext;
  let page: Page;
  let profile: string;

  beforeAll(async () => {
    // A fresh profile each run, so no cache or stored search state hides a broken page.
    profile = mkdtempSync(join(tmpdir(), "vnpol-docs-chromium-"));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath,
      headless: true,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
    page = context.pages()[0] ?? (await context.newPage());
    mkdirSync(screenshotDir, { recursive: true });
  });

  afterAll(async () => {
    await context?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  it("lists every package on the landing page, and each package page opens", async () => {
    await page.goto(pathToFileURL(indexHtml).href);
    await expect.poll(() => page.title()).toContain("vnpol");
    for (const name of packages) {
      // Once in the landing page's table, once in the sidebar that navigation.js fills in.
      const links = page.locator(`a[href$="modules/_vnpol_${name}.html"]`);
      await expect.poll(() => links.count(), { message: `links to @vnpol/${name}`, timeout: 10_000 }).toBeGreaterThanOrEqual(2);
    }
    await page.screenshot({ path: join(screenshotDir, "docs-landing.png"), fullPage: true });
    for (const name of packages) {
      await page.goto(pathToFileURL(join(repoRoot, "docs", "api", "modules", `_vnpol_${name}.html`)).href);
      expect(await page.locator("h1").first().innerText()).toContain(`@vnpol/${name}`);
      // A package page lists its exports; an empty one means the entry point exported nothing.
      expect(await page.locator(".col-content .tsd-member-summary-name").count(), `exports listed on the @vnpol/${name} page`).toBeGreaterThan(0);
    }
  });

  it("finds findDates with the search box and opens its page", async () => {
    await page.goto(pathToFileURL(indexHtml).href);
    await page.locator("#tsd-search-trigger").click();
    await page.locator("#tsd-search-input").fill("findDates");
    const first = page.locator("#tsd-search-results li a").first();
    await first.waitFor({ timeout: 10_000 });
    expect(await first.innerText()).toContain("findDates");
    await page.screenshot({ path: join(screenshotDir, "docs-search-findDates.png") });
    await first.click();
    await page.waitForURL(/findDates\.html$/);
    expect(await page.locator("h1").first().innerText()).toContain("findDates");
    // The @example shows on the page, as typedoc renders it.
    expect(await page.locator(".tsd-comment h4, .tsd-comment h2, .tsd-comment h3").allInnerTexts()).toEqual(expect.arrayContaining([expect.stringMatching(/Example/)]));
    await page.screenshot({ path: join(screenshotDir, "docs-findDates.png"), fullPage: true });
  });
});
