// The LMS packages, end to end, in headless Chromium (run by scripts/lms-test):
//
//   node web/lms-e2e.mjs SCORM_DIR CMI5_DIR
//
// SCORM 1.2: a page holds scorm-again's run-time as `window.API` (a real
// SCORM 1.2 implementation, from npm) and the unzipped SCORM package in a frame,
// as an LMS does. The learner comes from the LMS (no profile screen), plays the
// warm-up and a level with the keyboard, and the LMS holds the status, the
// score, the objectives and the progress; nothing is kept in the browser; a
// second session gets the progress back.
//
// cmi5: this script is the LMS (the launch URL, the one-time token, the state
// API) and Ralph is its record store ($RALPH_PORT, user sango): the unzipped cmi5
// package is launched, plays a level, and the store holds `initialized` and,
// after the page is left, `terminated`, both with cmi5's category, and between
// them the game's own statements (choices and their objectives), all with the
// registration and the session; a second launch gets the progress back.
//
// The browser build with a school's settings.ron beside it: a child's play is
// sent to the record store (Ralph) with fetch, under a random account.
import { createServer } from "node:http";
import { readFile, mkdir } from "node:fs/promises";
import { extname, join, normalize } from "node:path";
import { randomUUID } from "node:crypto";
import { TYPES, driver, launchChromium } from "./drive.mjs";

const [scormDir, cmi5Dir] = process.argv.slice(2);
const ralph = `http://127.0.0.1:${process.env.RALPH_PORT}`;
const ralphAuth = "Basic " + Buffer.from("sango:lrs-test-secret").toString("base64");
const shots = process.env.SANGO_WEB_SHOTS ?? "dist/lms-shots";

// The LMS's page for a SCORM 1.2 package: scorm-again's API, then the package.
const HARNESS = `<!doctype html><meta charset="utf-8"><title>LMS</title>
<script src="/scorm-again/scorm12.js"></script>
<script>
  const given = new URLSearchParams(location.search);
  window.API = new Scorm12API({ autocommit: false, logLevel: 5 });
  window.API.loadFromFlattenedJSON({
    "cmi.core.student_id": "lms-learner-4711",
    "cmi.core.student_name": "Mohamed, Amina",
    "cmi.suspend_data": given.get("suspend") ?? "",
  });
</script>
<iframe id="sco" src="/scorm/index.html" width="1280" height="720" style="border:0"></iframe>`;

// The cmi5 LMS's state API (Ralph keeps statements only).
const states = new Map();
const token = Buffer.from("sango:lrs-test-secret").toString("base64");

async function body(req) {
  const chunks = [];
  for await (const c of req) chunks.push(c);
  return Buffer.concat(chunks);
}

const server = createServer(async (req, res) => {
  const url = new URL(req.url, "http://x");
  const path = normalize(decodeURIComponent(url.pathname));
  try {
    if (path === "/lms.html") {
      res.writeHead(200, { "Content-Type": TYPES[".html"] });
      return res.end(HARNESS);
    }
    if (path === "/fetch" && req.method === "POST") {
      res.writeHead(200, { "Content-Type": "application/json" });
      return res.end(JSON.stringify({ "auth-token": token }));
    }
    if (path === "/xapi/activities/state") {
      const key = [...url.searchParams].filter(([k]) => k !== "agent").sort().join("&");
      if (req.method === "PUT" || req.method === "POST") {
        states.set(key, (await body(req)).toString());
        res.writeHead(204);
        return res.end();
      }
      if (!states.has(key)) {
        res.writeHead(404);
        return res.end();
      }
      res.writeHead(200, { "Content-Type": "text/plain" });
      return res.end(states.get(key));
    }
    if (path.startsWith("/xapi/")) {
      // The record store: Ralph.
      const reply = await fetch(ralph + "/xAPI/" + path.slice("/xapi/".length) + url.search, {
        method: req.method,
        headers: {
          Authorization: req.headers.authorization ?? "",
          "X-Experience-API-Version": "1.0.3",
          "Content-Type": "application/json",
        },
        body: req.method === "GET" ? undefined : await body(req),
      });
      res.writeHead(reply.status, { "Content-Type": "application/json" });
      return res.end(Buffer.from(await reply.arrayBuffer()));
    }
    let file;
    if (path.startsWith("/scorm-again/")) {
      file = join("web/node_modules/scorm-again/dist", path.slice("/scorm-again/".length));
    } else if (path.startsWith("/scorm/")) {
      file = join(scormDir, path.slice("/scorm/".length));
    } else if (path.startsWith("/cmi5/")) {
      file = join(cmi5Dir, path.slice("/cmi5/".length));
    } else if (path === "/web/settings.ron") {
      // A school's settings beside the page: its record store (through this
      // server, to Ralph).
      res.writeHead(200, { "Content-Type": TYPES[".ron"] });
      return res.end(`(lrs: (endpoint: "${origin}/xapi/", key: "sango", secret: "lrs-test-secret", school: "https://school.example"))`);
    } else if (path.startsWith("/web/")) {
      file = join(scormDir, path.slice("/web/".length));
    } else {
      throw new Error("not here");
    }
    const data = await readFile(file);
    res.writeHead(200, { "Content-Type": TYPES[extname(file)] ?? "application/octet-stream" });
    res.end(data);
  } catch {
    res.writeHead(404);
    res.end();
  }
});
await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await launchChromium();
const problems = [];
await mkdir(shots, { recursive: true });

async function open(url, frameName, shotName) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  page.on("pageerror", (e) => {
    if (!String(e).includes("Using exceptions for control flow")) problems.push(`page error: ${e}`);
  });
  await page.goto(url);
  let target = page;
  if (frameName) {
    for (let i = 0; i < 100 && !page.frame({ url: frameName }); i++) await page.waitForTimeout(100);
    target = page.frame({ url: frameName });
  }
  const drive = driver(target, page.keyboard, problems);
  await drive.waitFor((s) => s.screen === "Title", "the title");
  await target.focus("#sango-canvas");
  if (shotName) {
    await page.waitForTimeout(1500);
    await page.screenshot({ path: join(shots, `${shotName}-title.png`) });
  }
  return { context, page, target, ...drive };
}

// Play → the map (the learner is the LMS's), the warm-up, one level.
async function playALevel(game, name) {
  await game.focus("TitleAction::Play");
  await game.key("Enter");
  await game.waitFor((s) => s.screen === "Map", "the map, with no profile screen");
  await game.page.screenshot({ path: join(shots, `${name}-map.png`) });
  await mapToDebrief(game);
  await game.page.waitForTimeout(800);
  await game.page.screenshot({ path: join(shots, `${name}-debrief.png`) });
}

// From the map: a new child's warm-up, then one level to its debrief.
async function mapToDebrief(game) {
  await game.focus('MapAction::OpenLevel("contact-the-friendly-stranger")');
  await game.key("Enter");
  await game.waitFor((s) => s.screen === "Check", "the warm-up");
  await game.takeCheck();
  await game.waitFor((s) => s.screen === "Level", "the level");
  await game.playLevel();
  await game.waitFor((s) => s.screen === "Debrief", "the debrief");
}

function check(condition, what) {
  if (!condition) throw new Error(what);
}

// ---- SCORM 1.2, with scorm-again ----
const scorm = await open(`${origin}/lms.html`, /\/scorm\/index\.html/, "scorm12");
// Launched by the LMS, the title has no Teacher button (the LMS's reports are).
check(!(await scorm.state()).buttons.includes("TitleAction::OpenTeacher"), "a Teacher button in an LMS");
await playALevel(scorm, "scorm12");
const lms = await scorm.page.evaluate(() => {
  const get = (k) => window.API.LMSGetValue(k);
  const count = Number(get("cmi.objectives._count"));
  const objectives = [];
  for (let n = 0; n < count; n++) {
    objectives.push([get(`cmi.objectives.${n}.id`), get(`cmi.objectives.${n}.status`), get(`cmi.objectives.${n}.score.raw`)]);
  }
  return {
    status: get("cmi.core.lesson_status"),
    score: get("cmi.core.score.raw"),
    objectives,
    suspend: get("cmi.suspend_data"),
  };
});
console.log(`SCORM 1.2: ${lms.status}, score ${lms.score}, ${lms.objectives.length} objectives, ` +
  `suspend_data ${lms.suspend.length} characters`);
console.log(`  objectives: ${JSON.stringify(lms.objectives)}`);
check(lms.status === "incomplete", `lesson_status ${lms.status}`);
check(Number(lms.score) > 0 && Number(lms.score) < 100, `score ${lms.score}`);
check(lms.objectives.length >= 5, "the objectives");
check(lms.objectives.some(([, status]) => status === "incomplete" || status === "passed"), "an objective practised");
check(lms.suspend.startsWith("sango1:"), "the progress kept by the LMS");
const kept = await scorm.target.evaluate(() => localStorage.length);
check(kept === 0, `the browser kept ${kept} items`);
const page = await scorm.target.evaluate(() => document.documentElement.outerHTML);
check(!page.includes("lms-learner-4711"), "the LMS id is in the page");
// Leaving: the session is suspended (not finished), so the LMS keeps the progress.
await scorm.target.evaluate(() => window.sangoLms.finish());
// (cmi.core.exit is write-only to the SCO; the run-time's own JSON shows it.)
const exit = await scorm.page.evaluate(() => JSON.parse(JSON.stringify(window.API.cmi)).core.exit);
check(exit === "suspend", `cmi.core.exit ${exit}`);
await scorm.context.close();
// The next session: the progress comes back from the LMS.
const again = await open(`${origin}/lms.html?suspend=${encodeURIComponent(lms.suspend)}`, /\/scorm\/index\.html/);
await again.focus("TitleAction::Play");
await again.key("Enter");
await again.waitFor((s) => s.screen === "Map", "the map in the second session");
const second = await again.page.evaluate(() => window.API.LMSGetValue("cmi.core.score.raw"));
check(second === lms.score, `the second session's score ${second}, not ${lms.score}`);
await again.context.close();
console.log("SCORM 1.2: passed (scorm-again)");

// ---- cmi5, with Ralph as the record store ----
const registration = randomUUID();
const actor = JSON.stringify({ objectType: "Agent", name: "Amina Mohamed", account: { homePage: "https://lms.example", name: "lms-learner-4711" } });
const launch = (reg) =>
  `${origin}/cmi5/index.html?` +
  new URLSearchParams({
    endpoint: `${origin}/xapi/`,
    fetch: `${origin}/fetch`,
    actor,
    registration: reg,
    activityId: "urn:sango:au:game",
  });
const cmi5 = await open(launch(registration));
await playALevel(cmi5, "cmi5");
await cmi5.page.goto("about:blank");
await cmi5.page.waitForTimeout(1500);
await cmi5.context.close();
const statements = await fetch(`${ralph}/xAPI/statements?registration=${registration}&limit=100`, {
  headers: { Authorization: ralphAuth, "X-Experience-API-Version": "1.0.3" },
}).then((r) => r.json());
// In the order they happened (stores differ in the order they list them).
const all = statements.statements.sort((a, b) => Date.parse(a.timestamp) - Date.parse(b.timestamp));
const isDefined = (s) => JSON.stringify(s.context.contextActivities?.category ?? []).includes("cmi5");
const verbs = all.filter(isDefined).map((s) => s.verb.id.split("/").pop());
const allowed = all.filter((s) => !isDefined(s));
console.log(`cmi5: the store holds ${JSON.stringify(verbs)} and ${allowed.length} of the game's own statements`);
check(verbs[0] === "initialized", "initialized first");
check(verbs.at(-1) === "terminated", "terminated last");
check(all[0].verb.id.endsWith("initialized"), "nothing before initialized");
check(allowed.some((s) => s.verb.id.endsWith("answered")), "the choices, with their objectives");
for (const s of all) {
  check(s.context.registration === registration, "the registration");
  check(s.context.extensions["https://w3id.org/xapi/cmi5/context/extensions/sessionid"], "the session");
  check(s.actor.account.name === "lms-learner-4711", "the LMS's actor");
}
for (const s of all.filter(isDefined)) check(s.object.id === "urn:sango:au:game", "the AU");
const saved = [...states.values()].find((v) => v.startsWith("sango1:"));
check(saved, "the progress in the LMS's state document");
const back = await open(launch(registration));
const given = await back.target.evaluate(() => window.sangoLms.state);
check(given === saved, "the second launch gets the progress back");
await back.context.close();
console.log("cmi5: passed (Ralph)");

// ---- the browser build with a school's record store (settings.ron beside it) ----
const school = await open(`${origin}/web/index.html`);
await school.focus("TitleAction::Play");
await school.key("Enter");
await school.waitFor((s) => s.screen === "Profiles", "who is playing");
await school.focus("ProfilesAction::NewPlayer");
await school.key("Enter");
await school.waitFor((s) => s.screen === "NewProfile", "the new-profile form");
await school.page.keyboard.type("Web Owl", { delay: 100 });
await school.key("Enter");
await school.waitFor((s) => s.screen === "Map", "the map");
await mapToDebrief(school);
// Sent by fetch from the page; the outbox (localStorage) empties.
let waiting = -1;
for (let i = 0; i < 100 && waiting !== 0; i++) {
  await school.page.waitForTimeout(200);
  waiting = await school.page.evaluate(
    () => Object.keys(localStorage).filter((k) => k.startsWith("sango/xapi-outbox/")).length,
  );
}
check(waiting === 0, `${waiting} statements still wait in localStorage`);
const sent = await fetch(`${ralph}/xAPI/statements?limit=500`, {
  headers: { Authorization: ralphAuth, "X-Experience-API-Version": "1.0.3" },
}).then((r) => r.json());
const ours = sent.statements.filter((s) => s.actor.account?.homePage === "https://school.example");
const schoolVerbs = new Set(ours.map((s) => s.verb.id.split("/").pop()));
console.log(`the school's record store holds ${ours.length} statements from the browser: ${[...schoolVerbs]}`);
for (const verb of ["attempted", "answered", "completed"]) check(schoolVerbs.has(verb), `a statement ${verb}`);
check(!JSON.stringify(ours).includes("Web Owl"), "the nickname went to the store");
check(new Set(ours.map((s) => s.actor.account.name)).size === 1, "one random account");
await school.context.close();
console.log("the browser's statements: passed (Ralph)");

await browser.close();
server.close();
if (problems.length) {
  console.error(problems.join("\n"));
  process.exit(1);
}
console.log("LMS end-to-end: passed");
