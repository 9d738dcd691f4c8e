//! Pictures: the art a scene shows, as the linter and the game need to know it.
//!
//! A picture is an SVG file, `assets/pictures/{name}.svg`. Its size (its `width`
//! and `height`) is the picture's own coordinate system: hotspots (a clue card
//! part's `area`) and word boxes are written in it. The art holds no words: a box
//! with the id `words-{slot}` (words from its start edge, right in Arabic) or
//! `label-{slot}` (centred, for buttons and badges) is where the game lays the
//! words the scene gives for that slot, from the .ftl files. A box is a plain
//! `<rect>` with no `transform` on it or around it, so its numbers are where it is.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// A rectangle in a picture's own units: from its left (`x`) and top (`y`).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Area {
    pub x: f32,
    pub y: f32,
    pub w: f32,
    pub h: f32,
}

impl Area {
    /// Whether it has a size and lies wholly inside a picture of this size.
    pub fn fits(&self, width: f32, height: f32) -> bool {
        let finite = [self.x, self.y, self.w, self.h]
            .iter()
            .all(|v| v.is_finite());
        finite
            && self.w > 0.0
            && self.h > 0.0
            && self.x >= 0.0
            && self.y >= 0.0
            && self.x + self.w <= width
            && self.y + self.h <= height
    }

    /// Whether the two share more than an edge.
    pub fn overlaps(&self, other: &Area) -> bool {
        self.x < other.x + other.w
            && other.x < self.x + self.w
            && self.y < other.y + other.h
            && other.y < self.y + self.h
    }
}

/// How a slot's words sit in their box.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Align {
    /// From the start edge: left, or right in a right-to-left language.
    Start,
    /// Centred: a button's or a badge's words.
    Centre,
}

/// A box in the art where the game lays words.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Slot {
    pub name: String,
    pub area: Area,
    pub align: Align,
}

/// What the game and the linter need to know of a picture's art.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Art {
    pub width: f32,
    pub height: f32,
    pub slots: Vec<Slot>,
}

impl Art {
    pub fn slot(&self, name: &str) -> Option<&Slot> {
        self.slots.iter().find(|s| s.name == name)
    }
}

#[cfg(feature = "svg")]
impl Art {
    /// Reads an SVG: it must be one a renderer draws (usvg parses it, as the
    /// game's will), and its word boxes must be plain rectangles.
    pub fn read(svg: &str) -> Result<Art, String> {
        Self::read_tree(svg).map(|(art, _)| art)
    }

    /// As [`Art::read`], with the parsed SVG for a renderer to draw (the game's
    /// loader draws the same tree it checked).
    pub fn read_tree(svg: &str) -> Result<(Art, usvg::Tree), String> {
        let tree = usvg::Tree::from_str(svg, &usvg::Options::default())
            .map_err(|e| format!("it is not an SVG the game can draw: {e}"))?;
        let size = tree.size();
        let doc = roxmltree::Document::parse(svg).map_err(|e| e.to_string())?;
        let mut slots = Vec::new();
        for node in doc.descendants().filter(|n| n.is_element()) {
            if matches!(node.tag_name().name(), "text" | "image" | "foreignObject") {
                return Err(format!(
                    "it has an <{}>: words go in word boxes, so they can be translated, and art is drawn, not pasted",
                    node.tag_name().name()
                ));
            }
            let Some(id) = node.attribute("id") else {
                continue;
            };
            let (name, align) = if let Some(name) = id.strip_prefix("words-") {
                (name, Align::Start)
            } else if let Some(name) = id.strip_prefix("label-") {
                (name, Align::Centre)
            } else {
                continue;
            };
            if node.tag_name().name() != "rect" {
                return Err(format!("the word box `{id}` must be a <rect>"));
            }
            if node.ancestors().any(|a| a.attribute("transform").is_some()) {
                return Err(format!(
                    "the word box `{id}` is moved by a `transform`: write its x and y instead"
                ));
            }
            let number = |attr: &str| -> Result<f32, String> {
                let raw = node.attribute(attr).unwrap_or("0");
                raw.trim_end_matches("px")
                    .parse::<f32>()
                    .map_err(|_| format!("the word box `{id}` has {attr}=\"{raw}\", not a number"))
            };
            let area = Area {
                x: number("x")?,
                y: number("y")?,
                w: number("width")?,
                h: number("height")?,
            };
            slots.push(Slot {
                name: name.to_string(),
                area,
                align,
            });
        }
        let art = Art {
            width: size.width(),
            height: size.height(),
            slots,
        };
        Ok((art, tree))
    }
}

/// The first line of a picture drawn ahead of time.
const DRAWN_MAGIC: &str = "sango-picture 1";

/// A picture drawn ahead of time, as the web build ships it (`sango
/// draw-pictures`): so the browser needs no SVG renderer. One file: a line
/// naming the format, a line with the art (its size and word boxes) in RON, then
/// the pixels as a PNG.
pub fn pack_drawn(art: &Art, png: &[u8]) -> Result<Vec<u8>, String> {
    let ron = ron::to_string(art).map_err(|e| e.to_string())?;
    let mut out = format!("{DRAWN_MAGIC}\n{ron}\n").into_bytes();
    out.extend_from_slice(png);
    Ok(out)
}

/// The art and the PNG of a picture drawn ahead of time.
pub fn unpack_drawn(bytes: &[u8]) -> Result<(Art, &[u8]), String> {
    let mut lines = bytes.splitn(3, |b| *b == b'\n');
    if lines.next() != Some(DRAWN_MAGIC.as_bytes()) {
        return Err("not a picture drawn by `sango draw-pictures`".into());
    }
    let art = lines
        .next()
        .and_then(|l| std::str::from_utf8(l).ok())
        .ok_or("its art is missing")?;
    let art: Art = ron::from_str(art).map_err(|e| format!("its art: {e}"))?;
    let png = lines
        .next()
        .filter(|p| !p.is_empty())
        .ok_or("its pixels are missing")?;
    Ok((art, png))
}

/// The file of a picture, under the assets folder.
pub fn asset_path(name: &str) -> String {
    format!("pictures/{name}.svg")
}

/// The file of a picture drawn ahead of time (the web build's), under the assets
/// folder.
pub fn drawn_path(name: &str) -> String {
    format!("pictures/{name}.pic")
}

/// A picture's name with each `{var}` filled in by the key chosen for it.
pub fn fill(name: &str, vars: &[(String, String)]) -> String {
    let mut out = name.to_string();
    for (var, key) in vars {
        out = out.replace(&format!("{{{var}}}"), key);
    }
    out
}

/// Every name a picture reference can become: one per option of each variable it
/// uses (a picture that varies with `cartoon` is drawn once per cartoon).
pub fn every_fill(name: &str, vary: &BTreeMap<String, Vec<String>>) -> Vec<String> {
    let mut names = vec![name.to_string()];
    for (var, options) in vary {
        let marker = format!("{{{var}}}");
        if !name.contains(&marker) {
            continue;
        }
        names = names
            .iter()
            .flat_map(|n| options.iter().map(|o| n.replace(&marker, o)))
            .collect();
    }
    names
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(feature = "svg")]
    const ART: &str = r##"<svg xmlns="http://www.w3.org/2000/svg" width="400" height="300" viewBox="0 0 400 300">
        <rect width="400" height="300" fill="#eef"/>
        <rect id="words-title" x="20" y="200" width="300" height="30" fill="none"/>
        <rect id="label-button" x="20" y="250" width="100" height="30" rx="8" fill="#36c"/>
    </svg>"##;

    #[test]
    fn a_drawn_picture_keeps_its_art_and_pixels() {
        let art = Art {
            width: 480.0,
            height: 300.0,
            slots: vec![Slot {
                name: "title".into(),
                area: Area {
                    x: 1.5,
                    y: 2.0,
                    w: 30.0,
                    h: 12.0,
                },
                align: Align::Centre,
            }],
        };
        let png = b"\x89PNG\r\n\x1a\nrest, newlines\n and all";
        let packed = pack_drawn(&art, png).unwrap();
        let (back, pixels) = unpack_drawn(&packed).unwrap();
        assert_eq!(back, art);
        assert_eq!(pixels, png);
        assert!(unpack_drawn(b"<svg>").is_err());
        assert!(unpack_drawn(format!("{DRAWN_MAGIC}\n(width: 1)\n").as_bytes()).is_err());
        let no_pixels = pack_drawn(&art, b"").unwrap();
        assert!(unpack_drawn(&no_pixels).unwrap_err().contains("pixels"));
    }

    #[cfg(feature = "svg")]
    #[test]
    fn reads_size_and_word_boxes() {
        let art = Art::read(ART).unwrap();
        assert_eq!((art.width, art.height), (400.0, 300.0));
        let title = art.slot("title").unwrap();
        assert_eq!(title.align, Align::Start);
        assert_eq!(
            title.area,
            Area {
                x: 20.0,
                y: 200.0,
                w: 300.0,
                h: 30.0
            }
        );
        assert_eq!(art.slot("button").unwrap().align, Align::Centre);
        assert!(art.slot("price").is_none());
    }

    #[cfg(feature = "svg")]
    #[test]
    fn refuses_what_it_cannot_place() {
        assert!(Art::read("<svg").is_err());
        assert!(Art::read("not svg at all").is_err());
        let moved = ART.replace(
            r#"<rect id="words-title""#,
            r#"<rect transform="scale(2)" id="words-title""#,
        );
        assert!(Art::read(&moved).unwrap_err().contains("transform"));
        let words = ART.replace("</svg>", "<text>Hello</text></svg>");
        assert!(Art::read(&words).unwrap_err().contains("<text>"));
        let circle = r#"<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><circle id="words-x" r="3"/></svg>"#;
        assert!(Art::read(circle).unwrap_err().contains("<rect>"));
    }

    #[test]
    fn areas_fit_and_overlap() {
        let a = Area {
            x: 0.0,
            y: 0.0,
            w: 10.0,
            h: 10.0,
        };
        assert!(a.fits(10.0, 10.0));
        assert!(!a.fits(9.0, 10.0));
        assert!(!Area { w: 0.0, ..a }.fits(10.0, 10.0));
        assert!(!Area { x: f32::NAN, ..a }.fits(10.0, 10.0));
        assert!(a.overlaps(&Area { x: 5.0, ..a }));
        // Sharing an edge is not overlapping.
        assert!(!a.overlaps(&Area { x: 10.0, ..a }));
    }

    #[test]
    fn names_fill_from_vary() {
        let vary = BTreeMap::from([(
            "cartoon".to_string(),
            vec!["cartoon-bunnies".to_string(), "cartoon-robots".to_string()],
        )]);
        assert_eq!(
            every_fill("thumb-{cartoon}", &vary),
            ["thumb-cartoon-bunnies", "thumb-cartoon-robots"]
        );
        assert_eq!(every_fill("store", &vary), ["store"]);
        let chosen = [("cartoon".to_string(), "cartoon-robots".to_string())];
        assert_eq!(fill("thumb-{cartoon}", &chosen), "thumb-cartoon-robots");
    }
}
