/**
 * Every story, light and dark, against its baseline; the portal at 320 and 1280 px.
 * Runs on the built Storybook (storybook-static/), so it sees the same CSS a host gets.
 * The clock is frozen at the mocks' "now", so "Overdue", "this week" and dates do not move
 * from one day to the next; timers still run, so the mocks answer and play functions finish.
 *
 * Each worker keeps one page for all its stories: the mock service worker registers once
 * and Storybook's bundle compiles once, which makes the run several times faster than a
 * fresh page per story. Every story still opens in a new document, and the page's storage
 * is emptied first, so no draft or "seen" mark of one story shows in the next.
 */
import { readFileSync } from 'node:fs';
import { expect, test as base, type Page } from 'playwright/test';
import { MOCK_NOW } from '../../mocks/db';

interface IndexEntry {
  id: string;
  type: 'story' | 'docs';
  title: string;
  name: string;
  tags?: string[];
}

const index = JSON.parse(readFileSync('storybook-static/index.json', 'utf8')) as {
  entries: Record<string, IndexEntry>;
};
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story');

/** `page` shared by every test of a worker (see the file's comment). */
const test = base.extend<{ storyPage: Page }, { workerPage: Page }>({
  workerPage: [
    async ({ browser }, use) => {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.clock.setFixedTime(MOCK_NOW);
      await use(page);
      await context.close();
    },
    { scope: 'worker' },
  ],
  storyPage: async ({ workerPage }, use) => {
    await workerPage.setViewportSize({ width: 1024, height: 720 });
    await use(workerPage);
  },
});

/**
 * Opens a story and waits until its play function has finished and, unless it shows a
 * state that never settles (tagged `visual-busy`: loading, uploading), its data has arrived.
 */
async function openStory(page: Page, story: IndexEntry, scheme: 'light' | 'dark') {
  if (page.url().startsWith('http')) {
    await page.evaluate(() => {
      localStorage.clear();
      sessionStorage.clear();
    });
  }
  await page.emulateMedia({ colorScheme: scheme });
  await page.goto(`/iframe.html?id=${story.id}&viewMode=story&globals=theme:${scheme}`);
  await page.waitForFunction(
    () => {
      const phase = (window as unknown as { __STORYBOOK_PREVIEW__?: { currentRender?: { phase?: string } } })
        .__STORYBOOK_PREVIEW__?.currentRender?.phase;
      if (phase === 'errored' || phase === 'aborted') throw new Error(`story ${phase}`);
      return phase === 'finished' || phase === 'completed';
    },
    null,
    { polling: 50 },
  );
  if (!story.tags?.includes('visual-busy')) {
    await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'), null, { polling: 50 });
  }
  await page.evaluate(() => document.fonts.ready);
}

for (const story of stories) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`${story.title} › ${story.name} (${scheme})`, async ({ storyPage }) => {
      await openStory(storyPage, story, scheme);
      await expect(storyPage).toHaveScreenshot(`${story.id}--${scheme}.png`, { fullPage: true });
    });
  }
}

const portal = stories.find((story) => story.id === 'portal-connectionportal--default');
for (const width of [320, 1280]) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`ConnectionPortal at ${width} px (${scheme})`, async ({ storyPage }) => {
      if (!portal) throw new Error('the story portal-connectionportal--default is missing');
      await storyPage.setViewportSize({ width, height: 900 });
      await openStory(storyPage, portal, scheme);
      await expect(storyPage).toHaveScreenshot(`portal-${width}--${scheme}.png`, { fullPage: true });
    });
  }
}
