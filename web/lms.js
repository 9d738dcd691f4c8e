// The learning platform (LMS) that launched this page, if one did, found before
// the game starts: SCORM 1.2 (the `API` object of a frame above this one) or
// cmi5 (the launch URL's endpoint, fetch, actor, registration and activityId).
// It leaves window.sangoLms for the game (src/game/web.rs, src/game/lms.rs):
//
//   kind      "scorm12" or "cmi5"
//   name      the learner's given name, if the LMS says it (their LMS id is
//             never read, shown or kept)
//   state     the progress the LMS kept from the last session ("" at first)
//   cmi5      { activity, actor (JSON), registration, session } for cmi5
//   save(s)   keep this progress for the next session
//   report(j) SCORM 1.2 data model elements, as JSON [[name, value], ...]
//   send(j)   xAPI statements (JSON array) for cmi5's endpoint
//   finish()  the session ends (also on leaving the page)
//
// Nothing of the learner is kept in the browser: the LMS keeps the progress.

const XAPI_VERSION = "1.0.3";
const CMI5_CATEGORY = "https://w3id.org/xapi/cmi5/context/categories/cmi5";
const CMI5_SESSION = "https://w3id.org/xapi/cmi5/context/extensions/sessionid";

// SCORM's API object: in this window, a parent frame, or the window that opened
// this one (and its parents).
function findScorm12(start) {
  let win = start;
  for (let depth = 0; win && depth < 12; depth++) {
    try {
      if (win.API && typeof win.API.LMSInitialize === "function") return win.API;
    } catch (_) {
      // A frame of another site: not ours to read.
    }
    if (win.parent === win) break;
    win = win.parent;
  }
  try {
    if (start.opener && start.opener !== start) return findScorm12(start.opener);
  } catch (_) {}
  return null;
}

// "Mohamed, Amina" (SCORM's "last, first") or "Amina Mohamed": "Amina".
function givenName(full) {
  if (!full) return null;
  const given = full.includes(",") ? full.split(",").slice(1).join(",") : full.split(/\s+/)[0];
  return given.trim() || null;
}

// SCORM 1.2's session time: HHHH:MM:SS.
function scormTime(ms) {
  const s = Math.floor(ms / 1000);
  const pad = (n, w) => String(n).padStart(w, "0");
  return `${pad(Math.floor(s / 3600), 4)}:${pad(Math.floor(s / 60) % 60, 2)}:${pad(s % 60, 2)}`;
}

function scorm12(api) {
  const ok = (result) => result === true || result === "true";
  if (!ok(api.LMSInitialize(""))) {
    throw new Error("the learning platform did not start the session (" + api.LMSGetLastError() + ")");
  }
  const started = Date.now();
  const name = givenName(api.LMSGetValue("cmi.core.student_name"));
  const state = api.LMSGetValue("cmi.suspend_data") || "";
  let status = api.LMSGetValue("cmi.core.lesson_status");
  if (status === "not attempted" || status === "") {
    api.LMSSetValue("cmi.core.lesson_status", "incomplete");
    status = "incomplete";
  }
  let finished = false;
  const lms = {
    kind: "scorm12",
    name,
    state,
    cmi5: null,
    save(progress) {
      api.LMSSetValue("cmi.suspend_data", progress);
    },
    report(json) {
      for (const [element, value] of JSON.parse(json)) {
        api.LMSSetValue(element, value);
        if (element === "cmi.core.lesson_status") status = value;
      }
      api.LMSCommit("");
    },
    send() {},
    finish() {
      if (finished) return;
      finished = true;
      api.LMSSetValue("cmi.core.session_time", scormTime(Date.now() - started));
      // Not finished yet: the LMS keeps the progress for the next session.
      api.LMSSetValue("cmi.core.exit", status === "completed" ? "" : "suspend");
      api.LMSCommit("");
      api.LMSFinish("");
    },
  };
  return lms;
}

async function cmi5(params) {
  const endpoint = params.get("endpoint").replace(/\/?$/, "/");
  const actor = params.get("actor");
  const registration = params.get("registration");
  const activity = params.get("activityId");
  // The LMS's one-time token for this session.
  const token = await fetch(params.get("fetch"), { method: "POST" }).then((r) => {
    if (!r.ok) throw new Error("the learning platform gave no token (" + r.status + ")");
    return r.json();
  });
  if (token["error-code"]) throw new Error("the learning platform gave no token: " + token["error-text"]);
  const headers = {
    Authorization: "Basic " + token["auth-token"],
    "X-Experience-API-Version": XAPI_VERSION,
  };
  const stateUrl = (stateId) =>
    endpoint +
    "activities/state?" +
    new URLSearchParams({ activityId: activity, agent: actor, registration, stateId });
  // cmi5 asks a unit to read its launch data first; the game needs nothing in it.
  await fetch(stateUrl("LMS.LaunchData"), { headers }).catch(() => null);
  const state = await fetch(stateUrl("sango-progress"), { headers })
    .then((r) => (r.ok ? r.text() : ""))
    .catch(() => "");
  const session = crypto.randomUUID();
  const started = Date.now();
  const post = (body) =>
    fetch(endpoint + "statements", {
      method: "POST",
      headers: { ...headers, "Content-Type": "application/json" },
      body,
      keepalive: true,
    }).then((r) => {
      if (!r.ok) console.warn("sango: the learning platform refused statements: " + r.status);
    });
  // One after another, so `initialized` comes first and `terminated` last.
  let queue = Promise.resolve();
  const send = (body) => (queue = queue.then(() => post(body)).catch((e) => console.warn(e)));
  let finished = false;
  let parsedActor = {};
  try {
    parsedActor = JSON.parse(actor);
  } catch (_) {}
  return {
    kind: "cmi5",
    name: givenName(parsedActor.name),
    state,
    cmi5: { activity, actor, registration, session },
    save(progress) {
      fetch(stateUrl("sango-progress"), {
        method: "PUT",
        headers: { ...headers, "Content-Type": "text/plain" },
        body: progress,
        keepalive: true,
      }).catch((e) => console.warn(e));
    },
    report() {},
    send(json) {
      send(json);
    },
    finish() {
      if (finished) return;
      finished = true;
      const terminated = {
        id: crypto.randomUUID(),
        actor: parsedActor,
        verb: { id: "http://adlnet.gov/expapi/verbs/terminated", display: { "en-US": "terminated" } },
        object: { objectType: "Activity", id: activity },
        result: { duration: "PT" + Math.round((Date.now() - started) / 1000) + "S" },
        context: {
          registration,
          contextActivities: { category: [{ id: CMI5_CATEGORY }] },
          extensions: { [CMI5_SESSION]: session },
        },
        timestamp: new Date().toISOString(),
      };
      send(JSON.stringify([terminated]));
    },
  };
}

// The LMS that launched this page, or null; throws if one did but would not
// start the session (the page says so instead of playing unrecorded).
export async function launchedBy(win) {
  const params = new URLSearchParams(win.location.search);
  let lms = null;
  if (["endpoint", "fetch", "actor", "registration", "activityId"].every((k) => params.has(k))) {
    lms = await cmi5(params);
  } else {
    const api = findScorm12(win);
    if (api) lms = scorm12(api);
  }
  if (lms) {
    win.addEventListener("pagehide", () => lms.finish());
  }
  return lms;
}
