// The web build, end to end, in headless Chromium: serve dist/web on localhost,
// load the page, wait for the title, make a profile, take the warm-up and play one level with the
// keyboard alone, reload, and find the progress kept; choose Russian (its words are
// fetched then) and find it kept too; open the game in an Arabic browser (the
// loading screen on a slow network, then the title in Arabic at once). Screenshots
// along the way go
// to $SANGO_WEB_SHOTS (default dist/web-shots). Any page error fails the test.
// Run by scripts/web-test.
import { createServer } from "node:http";
import { readFile, mkdir, stat } from "node:fs/promises";
import { extname, join, normalize } from "node:path";
import { TYPES, driver, launchChromium } from "./drive.mjs";

const root = process.argv[2] ?? "dist/web";
const shots = process.env.SANGO_WEB_SHOTS ?? "dist/web-shots";

// Bytes served, per path, until the title first shows: the first load.
const served = new Map();
const server = createServer(async (req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url, "http://x").pathname));
  const file = join(root, path.endsWith("/") ? path + "index.html" : path);
  try {
    const body = await readFile(file);
    res.writeHead(200, {
      "Content-Type": TYPES[extname(file)] ?? "application/octet-stream",
      "Content-Length": body.length,
    });
    res.end(body);
    served.set(path, body.length);
  } catch {
    console.log(`404 ${path}`);
    res.writeHead(404);
    res.end();
  }
});
await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
const url = `http://127.0.0.1:${server.address().port}/`;

const browser = await launchChromium();
const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
// The browser's speech, as the page sees it: a voice for English that speaks on
// this computer, and every line the game asks it to say, kept to be checked.
// (Headless Chromium's own speechSynthesis has no voices.)
await context.addInitScript(() => {
  const voices = [
    { name: "Test English", lang: "en-US", localService: true, default: true, voiceURI: "test-en" },
    { name: "Remote English", lang: "en-GB", localService: false, default: false, voiceURI: "remote" },
  ];
  window.sangoSpoken = [];
  window.SpeechSynthesisUtterance = class {
    constructor(text) {
      Object.assign(this, { text, lang: "", rate: 1, voice: null });
    }
  };
  Object.defineProperty(window, "speechSynthesis", {
    value: {
      getVoices: () => voices,
      speak: (u) => window.sangoSpoken.push({ text: u.text, lang: u.lang, rate: u.rate, voice: u.voice && u.voice.name }),
      cancel: () => {},
    },
  });
});
const page = await context.newPage();
const problems = [];
page.on("pageerror", (e) => {
  // winit leaves its event loop on the web by throwing this, on purpose.
  if (!String(e).includes("Using exceptions for control flow")) problems.push(`page error: ${e}`);
});
page.on("console", (m) => {
  if (m.type() === "error" && !m.text().includes("Using exceptions for control flow")) {
    problems.push(`console error: ${m.text()}`);
  }
});
await mkdir(shots, { recursive: true });

let step = 0;
async function shot(name) {
  step += 1;
  const path = join(shots, `${String(step).padStart(2, "0")}-${name}.png`);
  await page.screenshot({ path });
  console.log(`screenshot ${path}`);
}

const { state, waitFor, key, focus, takeCheck, playLevel } = driver(page, page.keyboard, problems);

const started = Date.now();
await page.goto(url);
await waitFor((s) => s.screen === "Title", "the title");
// The levels' English words are asked for in the frame the title shows, after
// it: they are not part of the first load.
const levelWords = (p) => p.startsWith("/locales/en/");
const beforeTitle = [...served].filter(([p]) => !levelWords(p));
const firstLoad = beforeTitle.reduce((a, [, b]) => a + b, 0);
console.log(`title after ${Date.now() - started} ms; first load ${firstLoad} bytes in ${beforeTitle.length} files:`);
for (const [path, bytes] of beforeTitle.sort()) console.log(`  ${bytes}\t${path}`);
if (beforeTitle.some(([p]) => p.startsWith("/locales/"))) {
  throw new Error("an English browser fetched another language's words");
}
await waitFor(() => served.has("/locales/en/contact-the-friendly-stranger.ftl"), "the levels' English words, after the title");
await page.waitForTimeout(1500);
await shot("title");

// A child starts: Play, I'm new here, a nickname, Enter.
await page.focus("#sango-canvas");
await focus("TitleAction::Play");
await key("Enter");
await waitFor((s) => s.screen === "Profiles", "who is playing");
await focus("ProfilesAction::NewPlayer");
await key("Enter");
await waitFor((s) => s.screen === "NewProfile", "the new-profile form");
await page.keyboard.type("Web Fox", { delay: 100 });
await page.waitForTimeout(1000);
await shot("new-profile");
await key("Enter");
await waitFor((s) => s.screen === "Map", "the map");
await page.waitForTimeout(800);
await shot("map");

// A chat level (no spot-the-clue card), then every step with the keyboard.
const level = "MapAction::OpenLevel(\"contact-the-friendly-stranger\")";
await focus(level);
await key("Enter");
// The warm-up with Sango comes first: Enter on what is focused each time (let's
// start; a judgement, then how sure, for each of its 20 situations; then play
// the level).
await waitFor((s) => s.screen === "Check", "the warm-up");
await page.waitForTimeout(800);
await shot("warm-up");
await takeCheck();
await waitFor((s) => s.screen === "Level", "the level");
const warmedUp = await page.evaluate(() => localStorage.getItem("sango/profiles/1.ron"));
if (!warmedUp || !warmedUp.includes("warm_up")) throw new Error(`the warm-up is not saved: ${warmedUp}`);
// The level's pictures come with it, drawn ahead of time (no SVG in the browser).
await waitFor(() => [...served.keys()].some((p) => /^\/assets\/pictures\/.+\.pic$/.test(p)), "the level's pictures");
if ([...served.keys()].some((p) => p.endsWith(".svg"))) throw new Error("the browser fetched an SVG");
const pictures = [...served].filter(([p]) => p.startsWith("/assets/pictures/"));
console.log(`the level's pictures: ${pictures.length} files, ${pictures.reduce((a, [, b]) => a + b, 0)} bytes`);
await page.waitForTimeout(800);
await shot("level");
// Screen readers: the page's live region says the line. Listen reads it with the
// browser's own voice (the one that speaks on this computer, never the one that
// would send the words to a server), and fetches no voice file.
const live = await page.evaluate(() => document.getElementById("sango-live").textContent);
if (!live || live.length < 20) throw new Error(`the live region said too little: ${live}`);
console.log(`live region: ${live}`);
await focus("Listen");
await key("Enter");
const spokenAt = Date.now() + 10000;
let spoken = [];
while (!spoken.length && Date.now() < spokenAt) {
  await page.waitForTimeout(100);
  spoken = await page.evaluate(() => window.sangoSpoken);
}
console.log(`spoken by the browser: ${JSON.stringify(spoken)}`);
if (spoken.length !== 1) throw new Error(`Listen said ${spoken.length} lines through the browser's speech`);
if (spoken[0].lang !== "en" || spoken[0].voice !== "Test English" || spoken[0].text.length < 20) {
  throw new Error(`Listen read the wrong line or voice: ${JSON.stringify(spoken[0])}`);
}
if ([...served.keys()].some((p) => p.startsWith("/assets/voice/"))) {
  throw new Error("a voice file was fetched although the browser has a voice");
}
// A few steps in, the chat shows its people's faces (pictures drawn ahead).
await playLevel(async (i) => {
  if (i === 1 || i === 2) {
    await page.waitForTimeout(800);
    await shot(`level-faces-${i}`);
  }
});
await waitFor((s) => s.screen === "Debrief", "the debrief");
await page.waitForTimeout(800);
await shot("debrief");
const saved = await page.evaluate(() => localStorage.getItem("sango/profiles/1.ron"));
if (!saved || !saved.includes("Web Fox") || !saved.includes("contact-the-friendly-stranger")) {
  throw new Error(`the result is not in localStorage: ${saved}`);
}

// Reload: the child is still there, with the level done.
await page.reload();
await waitFor((s) => s.screen === "Title", "the title after reloading");
await page.focus("#sango-canvas");
await focus("TitleAction::Play");
await key("Enter");
await waitFor((s) => s.screen === "Profiles" && s.buttons.includes("ProfilesAction::Pick(1)"), "the saved profile");
await page.waitForTimeout(800);
await shot("profiles-after-reload");
await focus("ProfilesAction::Pick(1)");
await key("Enter");
await waitFor((s) => s.screen === "Map", "the map after reloading");
await page.waitForTimeout(800);
await shot("map-after-reload");

// Russian, chosen on the title: its words are fetched then, and kept for next time.
await page.reload();
await waitFor((s) => s.screen === "Title", "the title before choosing Russian");
await page.focus("#sango-canvas");
await focus('SetLanguage("ru")');
await key("Enter");
await waitFor((s) => s.language === "ru", "Russian");
if (!served.has("/locales/ru/ui.ftl")) throw new Error("Russian came without fetching its words");
await page.waitForTimeout(1500);
await shot("title-ru");
await page.reload();
const back = await waitFor((s) => s.screen === "Title", "the title after reloading in Russian");
if (back.language !== "ru") throw new Error(`the title came back in ${back.language}, not Russian`);
await page.waitForTimeout(1500);
await shot("title-ru-after-reload");

// A child whose browser speaks Arabic, on a slow school network: the loading
// screen first, then the title in Arabic (no English in between).
const arabic = await browser.newContext({ viewport: { width: 1280, height: 720 }, locale: "ar-EG" });
const arPage = await arabic.newPage();
arPage.on("pageerror", (e) => {
  if (!String(e).includes("Using exceptions for control flow")) problems.push(`page error: ${e}`);
});
const cdp = await arabic.newCDPSession(arPage);
await cdp.send("Network.emulateNetworkConditions", {
  offline: false,
  latency: 20,
  downloadThroughput: 3 * 1024 * 1024,
  uploadThroughput: 1024 * 1024,
});
await arPage.goto(url);
await arPage.waitForTimeout(2500);
step += 1;
await arPage.screenshot({ path: join(shots, `${String(step).padStart(2, "0")}-loading.png`) });
const percent = await arPage.evaluate(() =>
  document.querySelector("[role=progressbar]").getAttribute("aria-valuenow"));
console.log(`loading screen at ${percent} %`);
if (!(Number(percent) > 0 && Number(percent) < 100)) throw new Error(`the progress bar showed ${percent} %`);
const firstAr = await (async () => {
  const end = Date.now() + 180000;
  for (;;) {
    const text = await arPage.evaluate(() => window.sangoState ?? null);
    if (text) return JSON.parse(text);
    if (Date.now() > end) throw new Error("the Arabic title never came");
    await arPage.waitForTimeout(100);
  }
})();
if (firstAr.screen !== "Title" || firstAr.language !== "ar") {
  throw new Error(`an Arabic browser first saw ${JSON.stringify(firstAr)}`);
}
await arPage.waitForTimeout(1500);
step += 1;
await arPage.screenshot({ path: join(shots, `${String(step).padStart(2, "0")}-title-ar.png`) });
await arabic.close();

await browser.close();
server.close();
if (problems.length) {
  console.error(problems.join("\n"));
  process.exit(1);
}
const wasm = await stat(join(root, "sango_bg.wasm"));
console.log(`web end-to-end: passed (wasm ${wasm.size} bytes)`);
