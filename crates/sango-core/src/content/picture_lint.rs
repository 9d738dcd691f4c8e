//! The pictures' rules (E0029 to E0035, W0019 to W0021, in docs/LINT.md): every
//! picture a scenario names is there and drawable, its words go in boxes the art
//! has, a clue card's hotspots lie on it, apart, each with a name, and the people
//! in a chat or a feed have faces.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use super::diagnostic::{Diagnostic, SourceMap, closest};
use super::load::{Library, ScenarioFile};
use super::picture::{Art, asset_path, every_fill};
use super::schema::{Node, Scenario, Speaker, Stage, is_plain_id};

/// Reads a picture's text; the game's own reader on the desktop, a map in tests.
pub type Read<'a> = &'a dyn Fn(&Path) -> std::io::Result<String>;

/// Lints every scenario's pictures against the art in `assets` (the folder
/// holding `pictures/`).
pub fn lint_pictures(library: &Library, assets: &Path, read: Read) -> Vec<Diagnostic> {
    let mut arts = Arts {
        assets,
        read,
        seen: BTreeMap::new(),
    };
    let mut out = Vec::new();
    for file in &library.scenarios {
        lint_scenario(file, &mut arts, &mut out);
    }
    out
}

/// The art read so far, by name: each file read once, its problem kept.
struct Arts<'a> {
    assets: &'a Path,
    read: Read<'a>,
    seen: BTreeMap<String, Result<Art, String>>,
}

impl Arts<'_> {
    fn get(&mut self, name: &str) -> &Result<Art, String> {
        let (assets, read) = (self.assets, self.read);
        self.seen.entry(name.to_string()).or_insert_with(|| {
            if !is_plain_id(name) {
                return Err(format!(
                    "`{name}` is not a plain name (lowercase letters, digits and `-`)"
                ));
            }
            let path: PathBuf = assets.join(asset_path(name));
            let text =
                read(&path).map_err(|e| format!("{} cannot be read: {e}", path.display()))?;
            Art::read(&text).map_err(|e| format!("{}: {e}", path.display()))
        })
    }
}

fn lint_scenario(file: &ScenarioFile, arts: &mut Arts, out: &mut Vec<Diagnostic>) {
    let s = &file.scenario;
    let map = SourceMap::new(&file.source);
    for (beat, name) in s.pictures() {
        for filled in every_fill(name, &s.vary) {
            let art = match arts.get(&filled) {
                Ok(art) => art.clone(),
                Err(why) => {
                    out.push(
                        Diagnostic::error(
                            "E0029",
                            &file.path,
                            map.first_quoted(name),
                            format!("picture `{filled}` cannot be shown: {why}"),
                        )
                        .with_hint(format!(
                            "draw it as assets/{} (see docs/AUTHORING.md, \"Pictures\")",
                            asset_path(&filled)
                        )),
                    );
                    continue;
                }
            };
            // The scene of the beat that names this picture (a feed to sort has
            // one per post).
            let scene = beat.and_then(|beat| {
                let s = &file.scenario;
                s.scene(beat)
                    .into_iter()
                    .chain(s.post_scenes(beat).into_iter().flatten())
                    .find(|scene| scene.name == name)
                    .map(|scene| (beat, scene))
            });
            if let Some((beat, scene)) = scene {
                lint_scene(file, &map, (beat, scene), &filled, &art, out);
            }
        }
    }
    lint_hotspots(file, &map, arts, out);
    lint_faces(file, &map, out);
}

/// The words of a scene go in boxes its art has; every box gets words.
fn lint_scene(
    file: &ScenarioFile,
    map: &SourceMap,
    (beat, scene): (&str, crate::content::Scene),
    name: &str,
    art: &Art,
    out: &mut Vec<Diagnostic>,
) {
    for (slot, key) in scene.words {
        if art.slot(slot).is_none() {
            let mut d = Diagnostic::error(
                "E0030",
                &file.path,
                map.first_quoted(key),
                format!("picture `{name}` has no word box `{slot}` (beat `{beat}`)"),
            );
            d = match closest(slot, art.slots.iter().map(|s| s.name.as_str())) {
                Some(near) => d.with_hint(format!("did you mean `{near}`?")),
                None => d.with_hint(format!(
                    "add a <rect id=\"words-{slot}\"> where the words go in the art"
                )),
            };
            out.push(d);
        }
    }
    for slot in art
        .slots
        .iter()
        .filter(|s| !scene.words.contains_key(&s.name))
    {
        out.push(
            Diagnostic::warning(
                "W0019",
                &file.path,
                map.first_quoted(scene.name),
                format!(
                    "picture `{name}` has a word box `{}` that beat `{beat}` gives no words",
                    slot.name
                ),
            )
            .with_hint(format!(
                "add `\"{}\": \"some-key\"` to the beat's `words`",
                slot.name
            )),
        );
    }
}

/// A clue card on a picture: every part a hotspot inside it, apart from the
/// others, with a name. A card with no picture is told in words: a warning.
fn lint_hotspots(file: &ScenarioFile, map: &SourceMap, arts: &mut Arts, out: &mut Vec<Diagnostic>) {
    let s = &file.scenario;
    for (beat, node) in s.beats.iter() {
        let Node::Spot(spot) = node else { continue };
        let Some(name) = spot.card.picture.as_deref() else {
            out.push(
                Diagnostic::warning(
                    "W0020",
                    &file.path,
                    map.first_quoted(&spot.card.title),
                    format!(
                        "the clue card of beat `{beat}` has no picture: its parts are only words"
                    ),
                )
                .with_hint("give the card a `picture` and each part an `area` on it"),
            );
            for part in spot.parts.iter().filter(|p| p.area.is_some()) {
                out.push(Diagnostic::error(
                    "E0031",
                    &file.path,
                    map.first_quoted(&part.text),
                    format!(
                        "part `{}` has an `area` but its card has no `picture`",
                        part.text
                    ),
                ));
            }
            continue;
        };
        // Every drawing of the card (one per `vary` option) must hold the hotspots.
        let sizes: Vec<(String, f32, f32)> = every_fill(name, &s.vary)
            .into_iter()
            .filter_map(|n| {
                let art = arts.get(&n).as_ref().ok()?;
                Some((n, art.width, art.height))
            })
            .collect();
        for (i, part) in spot.parts.iter().enumerate() {
            let at = map.first_quoted(&part.text);
            if part.text.trim().is_empty() {
                out.push(
                    Diagnostic::error(
                        "E0034",
                        &file.path,
                        at,
                        format!("a hotspot of beat `{beat}` has no name"),
                    )
                    .with_hint("its `text` is what a screen reader says: name what is there"),
                );
            }
            let Some(area) = part.area else {
                out.push(
                    Diagnostic::error(
                        "E0031",
                        &file.path,
                        at,
                        format!("part `{}` of beat `{beat}` has no `area` on the card's picture", part.text),
                    )
                    .with_hint("add `area: (x: 0, y: 0, w: 100, h: 40)` in the picture's units; `sango play --show-hotspots` draws them"),
                );
                continue;
            };
            for (n, w, h) in sizes.iter().filter(|(_, w, h)| !area.fits(*w, *h)) {
                out.push(Diagnostic::error(
                    "E0032",
                    &file.path,
                    at,
                    format!(
                        "hotspot `{}` ({}, {}, {} x {}) is not inside picture `{n}` ({w} x {h})",
                        part.text, area.x, area.y, area.w, area.h
                    ),
                ));
            }
            // A card is drawn 40 % of the window high: a tenth of its height is 24
            // pixels on a 600-pixel netbook screen, WCAG 2.2's smallest target.
            let tallest = sizes.iter().map(|(_, _, h)| *h).fold(0.0, f32::max);
            let least = tallest * MIN_HOTSPOT;
            if area.w > 0.0 && area.h > 0.0 && area.w.min(area.h) < least {
                out.push(
                    Diagnostic::warning(
                        "W0022",
                        &file.path,
                        at,
                        format!(
                            "hotspot `{}` ({} x {}) is too small to tap: make each side at least {least}",
                            part.text, area.w, area.h
                        ),
                    )
                    .with_hint("a child's finger needs room: a tenth of the picture's height, each way"),
                );
            }
            for other in spot.parts[..i].iter() {
                if other.area.is_some_and(|o| o.overlaps(&area)) {
                    out.push(
                        Diagnostic::error(
                            "E0033",
                            &file.path,
                            at,
                            format!("hotspots `{}` and `{}` overlap", other.text, part.text),
                        )
                        .with_hint("a tap must find one part: move them apart"),
                    );
                }
            }
        }
    }
}

/// The smallest side of a hotspot, as a share of its picture's height.
const MIN_HOTSPOT: f32 = 0.1;

/// Who the stage draws (a chat's and a feed's people) has a face; a face is for
/// someone who speaks.
fn lint_faces(file: &ScenarioFile, map: &SourceMap, out: &mut Vec<Diagnostic>) {
    let s = &file.scenario;
    let speakers = speakers(s);
    if matches!(s.stage, Stage::Chat { .. } | Stage::Feed { .. }) {
        for who in speakers.iter().filter(|w| !s.faces.contains_key(**w)) {
            out.push(
                Diagnostic::error(
                    "E0035",
                    &file.path,
                    map.first_quoted(who),
                    format!("`{who}` speaks in the app but has no face"),
                )
                .with_hint(format!(
                    "add `faces: {{ \"{who}\": \"face-...\" }}` (the faces are in assets/pictures/)"
                )),
            );
        }
    }
    for who in s.faces.keys().filter(|w| !speakers.contains(&w.as_str())) {
        out.push(Diagnostic::warning(
            "W0021",
            &file.path,
            map.first_quoted(who),
            format!("`faces` gives `{who}` a face, but `{who}` never speaks"),
        ));
    }
}

/// The characters who speak, each once.
fn speakers(s: &Scenario) -> Vec<&str> {
    let mut out: Vec<&str> = Vec::new();
    for (_, node) in s.beats.iter() {
        let Some(speaker) = node.speaker() else {
            continue;
        };
        if let Speaker::Npc(who) = speaker
            && !out.contains(&who.as_str())
        {
            out.push(who);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::load::parse;

    /// A clue card on a 480 x 300 picture, its hotspots written in `AREAS`.
    const CARD: &str = r#"Scenario(
    id: "s",
    risk: Contract,
    ages: [Ages9To12],
    objectives: ["spot-tricks-and-costs"],
    stage: Feed(app: "app"),
    faces: {"npc-friend": "face-a"},
    start: "look",
    beats: {
        "look": Spot(speaker: Npc("npc-friend"), text: "look",
            card: Card(title: "title", body: "body", picture: "card", words: {"price": "pic-price"}),
            parts: [
                Part(text: "part-a", clue: true, feedback: "fa", area: AREA_A),
                Part(text: "part-b", clue: false, feedback: "fb", area: AREA_B),
            ],
            next: "end"),
        "end": Ending(outcome: Safe, text: "end"),
    },
)"#;

    const ART: &str = r##"<svg xmlns="http://www.w3.org/2000/svg" width="480" height="300">
        <rect width="480" height="300" fill="#eef"/>
        <rect id="words-price" x="10" y="250" width="200" height="30" fill="none"/>
    </svg>"##;
    const FACE: &str = r#"<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64"><circle cx="32" cy="32" r="32"/></svg>"#;

    fn codes_for(source: &str) -> Vec<&'static str> {
        let file = ScenarioFile {
            path: PathBuf::from("s.ron"),
            source: source.to_string(),
            scenario: parse(Path::new("s.ron"), source).expect("test scenario parses"),
        };
        let library = Library {
            scenarios: vec![file],
            ..Library::default()
        };
        let read = |path: &Path| -> std::io::Result<String> {
            match path.file_name().and_then(|n| n.to_str()) {
                Some("card.svg") => Ok(ART.to_string()),
                Some("face-a.svg") => Ok(FACE.to_string()),
                Some("broken.svg") => Ok("<svg".to_string()),
                _ => Err(std::io::ErrorKind::NotFound.into()),
            }
        };
        let mut codes: Vec<_> = lint_pictures(&library, Path::new("assets"), &read)
            .iter()
            .map(|d| d.code)
            .collect();
        codes.sort();
        codes
    }

    fn card(a: &str, b: &str) -> String {
        CARD.replace("AREA_A", a).replace("AREA_B", b)
    }

    const LEFT: &str = "(x: 10, y: 10, w: 100, h: 60)";
    const RIGHT: &str = "(x: 200, y: 10, w: 100, h: 60)";

    #[test]
    fn a_card_on_its_picture_is_clean() {
        assert_eq!(codes_for(&card(LEFT, RIGHT)), Vec::<&str>::new());
    }

    #[test]
    fn hotspots_lie_inside_apart_and_named() {
        // Past the right edge; below the bottom; no size.
        for outside in [
            "(x: 400, y: 10, w: 100, h: 60)",
            "(x: 10, y: 280, w: 50, h: 60)",
            "(x: 10, y: 10, w: 0, h: 60)",
        ] {
            assert_eq!(codes_for(&card(outside, RIGHT)), ["E0032"], "{outside}");
        }
        assert_eq!(
            codes_for(&card(LEFT, "(x: 50, y: 40, w: 100, h: 60)")),
            ["E0033"]
        );
        // 30 units is a tenth of the 300-unit picture: just big enough.
        assert_eq!(
            codes_for(&card("(x: 10, y: 10, w: 30, h: 30)", RIGHT)),
            Vec::<&str>::new()
        );
        assert_eq!(
            codes_for(&card("(x: 10, y: 10, w: 100, h: 29)", RIGHT)),
            ["W0022"]
        );
        let unnamed = card(LEFT, RIGHT).replace("text: \"part-b\"", "text: \"\"");
        assert_eq!(codes_for(&unnamed), ["E0034"]);
        let missing = card(LEFT, RIGHT).replace(&format!(", area: {RIGHT}"), "");
        assert_eq!(codes_for(&missing), ["E0031"]);
    }

    #[test]
    fn pictures_and_their_words_exist() {
        let clean = card(LEFT, RIGHT);
        assert_eq!(
            codes_for(&clean.replace("picture: \"card\"", "picture: \"nowhere\"")),
            ["E0029"]
        );
        assert_eq!(
            codes_for(&clean.replace("picture: \"card\"", "picture: \"broken\"")),
            ["E0029"]
        );
        assert_eq!(
            codes_for(&clean.replace("picture: \"card\"", "picture: \"../card\"")),
            ["E0029"]
        );
        // A box the art lacks; a box left empty.
        assert_eq!(
            codes_for(&clean.replace("\"price\": \"pic-price\"", "\"prize\": \"pic-price\"")),
            ["E0030", "W0019"]
        );
        // No picture at all: told in words, a warning; an area then is an error.
        let words_only =
            clean.replace(", picture: \"card\", words: {\"price\": \"pic-price\"}", "");
        assert_eq!(codes_for(&words_only), ["E0031", "E0031", "W0020"]);
    }

    #[test]
    fn people_in_a_feed_have_faces() {
        let clean = card(LEFT, RIGHT);
        let faceless = clean.replace("faces: {\"npc-friend\": \"face-a\"},", "");
        assert_eq!(codes_for(&faceless), ["E0035"]);
        let stranger = clean.replace(
            "faces: {\"npc-friend\": \"face-a\"}",
            "faces: {\"npc-friend\": \"face-a\", \"npc-ghost\": \"face-a\"}",
        );
        assert_eq!(codes_for(&stranger), ["W0021"]);
    }
}
