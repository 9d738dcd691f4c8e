// Playing the web build with the keyboard alone, as a child would, for the
// browser tests (web/e2e.mjs, web/lms-e2e.mjs). `target` is the page, or the
// frame the game is in (an LMS shows it in a frame); `keyboard` is the page's.
// The game says what it shows in window.sangoState (src/game/web.rs).

import { chromium } from "playwright-core";

// What the test servers send each kind of file as.
export const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".wasm": "application/wasm",
  ".ttf": "font/ttf",
  ".otf": "font/otf",
  ".wav": "audio/wav",
  ".txt": "text/plain",
  ".ftl": "text/plain; charset=utf-8",
  ".ron": "text/plain; charset=utf-8",
  ".xml": "text/xml",
};

// Debian's Chromium, headless, drawing WebGL in software; none of its own
// connections (this machine's network is closed to them).
export function launchChromium() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--use-angle=swiftshader",
      "--enable-unsafe-swiftshader",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-quic",
    ],
  });
}

export function driver(target, keyboard, problems) {
  async function state() {
    const text = await target.evaluate(() => window.sangoState ?? null);
    return text ? JSON.parse(text) : null;
  }

  async function waitFor(test, what, timeout = 120000) {
    const end = Date.now() + timeout;
    for (;;) {
      const s = await state();
      if (s && test(s)) return s;
      if (problems.length) throw new Error(problems.join("\n"));
      if (Date.now() > end) throw new Error(`timed out waiting for ${what}; last state ${JSON.stringify(s)}`);
      await target.waitForTimeout(100);
    }
  }

  // A key press, then the frame that shows its effect (software WebGL draws
  // slowly): every key these tests press changes the focus or the screen.
  async function key(name) {
    const before = await target.evaluate(() => window.sangoState);
    await keyboard.press(name);
    const end = Date.now() + 10000;
    while (Date.now() < end) {
      await target.waitForTimeout(50);
      if ((await target.evaluate(() => window.sangoState)) !== before) {
        // The press is handled; one more frame draws what it changed.
        await target.waitForTimeout(100);
        return;
      }
    }
    throw new Error(`${name} changed nothing: ${before}`);
  }

  // Tab until the focused button's action (its kind and value, as
  // `TitleAction::Play`) starts with `prefix`.
  async function focus(prefix) {
    for (let i = 0; i < 60; i++) {
      const s = await state();
      if (s.focus && s.focus.startsWith(prefix)) return;
      await key("Tab");
    }
    throw new Error(`could not reach ${prefix} with Tab: ${JSON.stringify(await state())}`);
  }

  // A check (the warm-up): Enter on what is focused each time (let's start; a
  // judgement, then how sure, for each situation; then on).
  async function takeCheck() {
    for (let i = 0; i < 80; i++) {
      if ((await state()).screen !== "Check") return;
      await key("Enter");
    }
    throw new Error("the check did not end");
  }

  // The level shown, to its end: Continue, or the first choice, or done with
  // the card or the feed. `each(i)` runs before every step.
  async function playLevel(each = async () => {}) {
    for (let i = 0; i < 80; i++) {
      const s = await state();
      if (s.screen !== "Level") return;
      const has = (p) => s.buttons.some((b) => b.startsWith(p));
      if (process.env.SANGO_E2E_VERBOSE) console.log(JSON.stringify(s));
      await each(i);
      if (has("LevelAction::Continue")) await focus("LevelAction::Continue");
      else if (has("LevelAction::Choose")) await focus("LevelAction::Choose");
      else if (has("LevelAction::FinishSpot")) await focus("LevelAction::FinishSpot");
      else if (has("LevelAction::Place")) await focus("LevelAction::Place");
      else if (has("LevelAction::FinishSort")) await focus("LevelAction::FinishSort");
      await key("Enter");
    }
    throw new Error("the level did not end");
  }

  return { state, waitFor, key, focus, takeCheck, playLevel };
}
