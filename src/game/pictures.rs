//! Pictures: a scene's SVG art, rasterised once when its level loads it (on a
//! loading task, never per frame), with the scene's words laid over it by the game
//! in the child's language, right to left in Arabic. The art's size and word boxes
//! are the core's [`Art`]; this module draws them.
//!
//! A level asks for its pictures when it opens ([`load_level_pictures`]), so the
//! web build fetches them with the level. A step drawn before its picture has
//! arrived is drawn in words, and drawn again when the picture lands.

use bevy::asset::io::Reader;
use bevy::asset::{AssetLoader, LoadContext, RenderAssetUsages};
use bevy::prelude::*;
#[cfg(not(target_arch = "wasm32"))]
use bevy::render::render_resource::{Extent3d, TextureDimension, TextureFormat};

use crate::content::picture::{Align, Art, Slot, fill};
use crate::content::{Scenario, Speaker};
use crate::game::theme::{Localized, Theme, palette};

pub(super) fn plugin(app: &mut App) {
    if app.world().contains_resource::<AssetServer>() {
        app.init_asset::<Picture>()
            .register_asset_loader(DrawnLoader);
        #[cfg(not(target_arch = "wasm32"))]
        app.register_asset_loader(SvgLoader);
    } else {
        // Without an asset server (the headless tests) no picture ever arrives;
        // the level listens all the same and draws its scenes in words.
        app.add_message::<AssetEvent<Picture>>()
            .add_message::<bevy::asset::AssetLoadFailedEvent<Picture>>();
    }
    app.init_resource::<ShowHotspots>().add_systems(
        Update,
        (fit_words, shrink_overflowing_words)
            .chain()
            .after(crate::game::theme::TextSystems::Relocalize),
    );
}

/// The longest side of a rasterised picture, in pixels, unless the level asks for
/// a size that fits its window: sharp at 2560 x 1440, where a card's picture is
/// drawn about 580 pixels tall.
const RASTER_LONGEST: f32 = 1200.0;
/// The smallest a level asks for.
const RASTER_SMALLEST: f32 = 480.0;
/// Small art (a face) is not blown up past this.
#[cfg(not(target_arch = "wasm32"))]
const RASTER_MAX_SCALE: f32 = 3.0;
/// Words are drawn this high in their box.
const WORDS_IN_BOX: f32 = 0.62;

/// A picture ready to draw: its pixels, and its size and word boxes.
#[derive(Asset, TypePath, Debug)]
pub struct Picture {
    #[dependency]
    pub image: Handle<Image>,
    pub art: Art,
}

/// `sango --show-hotspots`: a clue card's hotspots are outlined and named, for
/// authors placing them.
#[derive(Resource, Default, Debug, Clone, Copy)]
pub struct ShowHotspots(pub bool);

/// Why a picture could not be loaded; the level then tells the scene in words.
#[derive(Debug)]
pub struct PictureError(String);

impl std::fmt::Display for PictureError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for PictureError {}

/// The file a picture is loaded from: its SVG on the desktop, drawn ahead of
/// time in the browser (`sango draw-pictures`), which then needs no SVG renderer.
pub fn picture_file(name: &str) -> String {
    #[cfg(not(target_arch = "wasm32"))]
    return crate::content::picture::asset_path(name);
    #[cfg(target_arch = "wasm32")]
    return crate::content::picture::drawn_path(name);
}

/// Loads `.pic` files, pictures drawn ahead of time, as [`Picture`]s.
#[derive(Default, TypePath)]
pub struct DrawnLoader;

impl AssetLoader for DrawnLoader {
    type Asset = Picture;
    type Settings = PictureSettings;
    type Error = PictureError;

    async fn load(
        &self,
        reader: &mut dyn Reader,
        _settings: &PictureSettings,
        load_context: &mut LoadContext<'_>,
    ) -> Result<Picture, PictureError> {
        let bytes = read_all(reader).await?;
        let (art, image) = decode_drawn(&bytes).map_err(PictureError)?;
        let image = load_context.add_labeled_asset("image", image);
        Ok(Picture { image, art })
    }

    fn extensions(&self) -> &[&str] {
        &["pic"]
    }
}

/// A picture file's bytes, as both loaders read it.
async fn read_all(reader: &mut dyn Reader) -> Result<Vec<u8>, PictureError> {
    let mut bytes = Vec::new();
    reader
        .read_to_end(&mut bytes)
        .await
        .map_err(|e| PictureError(e.to_string()))?;
    Ok(bytes)
}

/// A picture drawn ahead of time: its art, and its pixels ready for the screen.
pub fn decode_drawn(bytes: &[u8]) -> Result<(Art, Image), String> {
    let (art, png) = crate::content::picture::unpack_drawn(bytes)?;
    let image = Image::from_buffer(
        png,
        bevy::image::ImageType::Extension("png"),
        bevy::image::CompressedImageFormats::NONE,
        true,
        bevy::image::ImageSampler::Default,
        RenderAssetUsages::RENDER_WORLD,
    )
    .map_err(|e| format!("its pixels: {e}"))?;
    Ok((art, image))
}

/// Draws an SVG ahead of time for the web build: its longest side `longest`
/// pixels, as a `.pic` file's bytes.
#[cfg(not(target_arch = "wasm32"))]
pub fn draw_ahead(svg: &str, longest: f32) -> Result<Vec<u8>, String> {
    let (art, tree) = Art::read_tree(svg)?;
    let image = rasterise(&tree, longest)?;
    use image::ImageEncoder;
    let pixels = image.data.ok_or("nothing was drawn")?;
    let mut png = Vec::new();
    image::codecs::png::PngEncoder::new_with_quality(
        &mut png,
        image::codecs::png::CompressionType::Best,
        image::codecs::png::FilterType::Adaptive,
    )
    .write_image(
        &pixels,
        image.texture_descriptor.size.width,
        image.texture_descriptor.size.height,
        image::ExtendedColorType::Rgba8,
    )
    .map_err(|e| e.to_string())?;
    crate::content::picture::pack_drawn(&art, &png)
}

/// Loads `.svg` files as [`Picture`]s.
#[cfg(not(target_arch = "wasm32"))]
#[derive(Default, TypePath)]
pub struct SvgLoader;

/// How big to rasterise a picture.
#[derive(Debug, Clone, Copy, Default, serde::Serialize, serde::Deserialize)]
pub struct PictureSettings {
    /// The longest side in pixels; 0 for [`RASTER_LONGEST`].
    pub longest: u32,
}

#[cfg(not(target_arch = "wasm32"))]
impl AssetLoader for SvgLoader {
    type Asset = Picture;
    type Settings = PictureSettings;
    type Error = PictureError;

    async fn load(
        &self,
        reader: &mut dyn Reader,
        settings: &PictureSettings,
        load_context: &mut LoadContext<'_>,
    ) -> Result<Picture, PictureError> {
        let bytes = read_all(reader).await?;
        let text = String::from_utf8(bytes).map_err(|e| PictureError(e.to_string()))?;
        let (art, tree) = Art::read_tree(&text).map_err(PictureError)?;
        let longest = match settings.longest {
            0 => RASTER_LONGEST,
            n => n as f32,
        };
        let image = rasterise(&tree, longest).map_err(PictureError)?;
        let image = load_context.add_labeled_asset("image", image);
        Ok(Picture { image, art })
    }

    fn extensions(&self) -> &[&str] {
        &["svg"]
    }
}

/// Draws an SVG into an image, its longest side `longest` pixels (small art at
/// most [`RASTER_MAX_SCALE`] times its size).
#[cfg(not(target_arch = "wasm32"))]
pub fn rasterise(tree: &resvg::usvg::Tree, longest: f32) -> Result<Image, String> {
    let size = tree.size();
    let scale = (longest / size.width().max(size.height())).min(RASTER_MAX_SCALE);
    let (width, height) = (
        (size.width() * scale).ceil().max(1.0) as u32,
        (size.height() * scale).ceil().max(1.0) as u32,
    );
    let mut pixmap = resvg::tiny_skia::Pixmap::new(width, height)
        .ok_or_else(|| format!("a picture of {width} x {height} pixels is too big"))?;
    resvg::render(
        tree,
        resvg::tiny_skia::Transform::from_scale(scale, scale),
        &mut pixmap.as_mut(),
    );
    Ok(Image::new(
        Extent3d {
            width,
            height,
            depth_or_array_layers: 1,
        },
        TextureDimension::D2,
        pixmap.take_demultiplied(),
        TextureFormat::Rgba8UnormSrgb,
        RenderAssetUsages::RENDER_WORLD,
    ))
}

/// The open level's pictures, kept loaded while it is played.
#[derive(Resource, Default)]
pub struct LevelPictures {
    kept: Vec<Handle<Picture>>,
}

impl LevelPictures {
    pub fn len(&self) -> usize {
        self.kept.len()
    }

    pub fn is_empty(&self) -> bool {
        self.kept.is_empty()
    }

    /// Whether every one has arrived (or failed: nothing more will come).
    pub fn settled(&self, assets: &AssetServer) -> bool {
        self.kept.iter().all(|h| {
            assets.is_loaded_with_dependencies(h)
                || matches!(
                    assets.get_load_state(h),
                    Some(bevy::asset::LoadState::Failed(_)) | None
                )
        })
    }
}

/// Asks for every picture the scenario can show with this play's details: the
/// scenes' and the faces', drawn as big as a window `window_height` pixels tall
/// shows them (a card's picture is 40 % of it high, 1.6 times as wide), so a
/// netbook does not keep 2560 x 1440 pixels for each.
pub fn load_level_pictures(
    commands: &mut Commands,
    assets: Option<&AssetServer>,
    scenario: &Scenario,
    vars: &[(String, String)],
    window_height: f32,
) {
    let Some(assets) = assets else { return };
    let longest = (window_height * 0.75).clamp(RASTER_SMALLEST, RASTER_LONGEST) as u32;
    let handles = scenario
        .pictures()
        .into_iter()
        .map(|(_, name)| {
            assets
                .load_builder()
                .with_settings(move |s: &mut PictureSettings| s.longest = longest)
                .load(picture_file(&fill(name, vars)))
        })
        .collect();
    commands.insert_resource(LevelPictures { kept: handles });
}

/// What the step drawing knows of pictures.
#[derive(bevy::ecs::system::SystemParam)]
pub struct Pictures<'w> {
    assets: Option<Res<'w, AssetServer>>,
    pictures: Option<Res<'w, Assets<Picture>>>,
    pub show_hotspots: Res<'w, ShowHotspots>,
}

impl Pictures<'_> {
    /// A picture by name, if it has arrived (none without an asset server).
    pub fn get(&self, name: &str) -> Option<&Picture> {
        let assets = self.assets.as_ref()?;
        let handle: Handle<Picture> = assets.get_handle(picture_file(name))?;
        self.pictures.as_ref()?.get(&handle)
    }

    /// The face a character shows in this play, if it has arrived.
    pub fn face(
        &self,
        scenario: &Scenario,
        vars: &[(String, String)],
        speaker: &Speaker,
    ) -> Option<Handle<Image>> {
        let Speaker::Npc(who) = speaker else {
            return None;
        };
        let name = scenario.faces.get(who)?;
        Some(self.get(&fill(name, vars))?.image.clone())
    }
}

/// Words laid in a picture's box.
#[derive(Component, Debug, Clone, Copy)]
pub struct BoxWords {
    /// The box's size in the picture's units.
    pub size: Vec2,
    /// How tall one of the picture's units is drawn, in hundredths of the window's
    /// height (the picture's height is too).
    pub vh_per_unit: f32,
}

/// A picture `vh` hundredths of the window's height tall (its width follows), with
/// its words laid over it. Returns the picture's node, for hotspots to be added to.
pub fn picture<'a>(
    parent: &'a mut ChildSpawnerCommands,
    theme: &Theme,
    picture: &Picture,
    vh: f32,
    words: &[(String, Localized)],
) -> EntityCommands<'a> {
    let art = &picture.art;
    let vh_per_unit = vh / art.height;
    let mut frame = parent.spawn((
        Name::new("Picture"),
        ImageNode::new(picture.image.clone()),
        Node {
            height: Val::Vh(vh),
            max_width: percent(100),
            aspect_ratio: Some(art.width / art.height),
            flex_shrink: 0.0,
            border_radius: BorderRadius::all(px(8)),
            ..default()
        },
    ));
    frame.with_children(|f| {
        for (slot, words) in words {
            if let Some(slot) = art.slot(slot) {
                box_words(f, theme, art, slot, words.clone(), vh_per_unit);
            }
        }
    });
    frame
}

/// Where a rectangle of the art is, as a child node placed over it.
pub fn placed(art: &Art, area: crate::content::picture::Area) -> Node {
    Node {
        position_type: PositionType::Absolute,
        left: percent(area.x / art.width * 100.0),
        top: percent(area.y / art.height * 100.0),
        width: percent(area.w / art.width * 100.0),
        height: percent(area.h / art.height * 100.0),
        ..default()
    }
}

fn box_words(
    f: &mut ChildSpawnerCommands,
    theme: &Theme,
    art: &Art,
    slot: &Slot,
    words: Localized,
    vh_per_unit: f32,
) {
    let (justify, color, align) = match slot.align {
        Align::Start => (Justify::Left, palette::INK, JustifyContent::FlexStart),
        Align::Centre => (Justify::Center, Color::WHITE, JustifyContent::Center),
    };
    f.spawn((
        Name::new(format!("Picture words {}", slot.name)),
        crate::game::Mirror,
        Node {
            align_items: AlignItems::Center,
            justify_content: align,
            overflow: Overflow::clip(),
            ..placed(art, slot.area)
        },
    ))
    .with_child((
        Text::new(""),
        theme.text_font(slot.align == Align::Centre, 12.0),
        TextColor(color),
        // One line, as on a screen: a box is a line's height, and a long
        // translation is made smaller rather than wrapped out of its box.
        TextLayout::new(justify, LineBreak::NoWrap),
        BoxWords {
            size: Vec2::new(slot.area.w, slot.area.h),
            vh_per_unit,
        },
        words,
    ));
}

/// Sizes the words in a picture to the picture: a box's words fill about
/// [`WORDS_IN_BOX`] of its height, smaller when they are too long for its width.
/// In hundredths of the window's height, like the picture, so they grow and shrink
/// with it on any screen.
fn fit_words(mut words: Query<(&BoxWords, &Text, &mut TextFont), Changed<Text>>) {
    for (words, text, mut font) in &mut words {
        let size = FontSize::Vh(fitted_size(&text.0, words.size) * words.vh_per_unit);
        if font.font_size != size {
            font.font_size = size;
        }
    }
}

/// Words laid out wider than their box (a font's letters wider than
/// [`fitted_size`] guessed, as bold Cyrillic's are) are made smaller by what they
/// overflow, measured: the next layout fits.
fn shrink_overflowing_words(
    mut words: Query<(Ref<Text>, &ComputedNode, &ChildOf, &mut TextFont), With<BoxWords>>,
    boxes: Query<&ComputedNode, Without<BoxWords>>,
) {
    for (text, laid_out, child_of, mut font) in &mut words {
        // Words just changed were sized by guess and not laid out yet.
        if text.is_changed() {
            continue;
        }
        let FontSize::Vh(size) = font.font_size else {
            continue;
        };
        let Ok(room) = boxes.get(child_of.parent()) else {
            continue;
        };
        if let Some(smaller) = shrunk(size, laid_out.size().x, room.size().x) {
            font.font_size = FontSize::Vh(smaller);
        }
    }
}

/// A size that makes words `have` wide fit `room` (both in the same pixels), or
/// `None` when they fit already or nothing is laid out yet.
pub fn shrunk(size: f32, have: f32, room: f32) -> Option<f32> {
    if room <= 0.0 || have <= room * 1.01 {
        return None;
    }
    // Text width grows with its size; a little under, for the rounding of glyphs.
    Some(size * room / have * 0.97)
}

/// The words' size in the picture's units: [`WORDS_IN_BOX`] of the box's height,
/// or less, so that the words fit its width (a wide character, Chinese, counts as
/// almost two narrow ones).
pub fn fitted_size(text: &str, in_box: Vec2) -> f32 {
    let by_height = in_box.y * WORDS_IN_BOX;
    let widths: f32 = text
        .chars()
        .filter(|c| !c.is_control() && !matches!(c, '\u{200E}' | '\u{200F}'))
        .map(|c| if (c as u32) >= 0x2E80 { 1.08 } else { 0.57 })
        .sum();
    if widths <= 0.0 {
        return by_height;
    }
    by_height.min(in_box.x / widths)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_wider_than_their_box_shrink_by_what_they_overflow() {
        assert_eq!(super::shrunk(2.0, 90.0, 100.0), None, "fits");
        assert_eq!(
            super::shrunk(2.0, 100.5, 100.0),
            None,
            "fits, but for rounding"
        );
        assert_eq!(super::shrunk(2.0, 50.0, 0.0), None, "not laid out yet");
        let smaller = super::shrunk(2.0, 125.0, 100.0).unwrap();
        assert!((smaller - 2.0 * 0.8 * 0.97).abs() < 1e-6);
        assert_eq!(
            super::shrunk(smaller, 125.0 * 0.8 * 0.97, 100.0),
            None,
            "then fits"
        );
    }

    #[test]
    fn long_words_shrink_to_their_box() {
        let room = Vec2::new(200.0, 30.0);
        assert_eq!(fitted_size("Hi", room), 30.0 * WORDS_IN_BOX);
        let long = fitted_size("A very long title that cannot fit in two hundred", room);
        assert!(long < 30.0 * WORDS_IN_BOX && long > 0.0);
        // Chinese characters are wide: fewer of them fill the box.
        assert!(fitted_size("你好你好你好你好你好你好", room) < fitted_size("abababababab", room));
    }

    fn rasterise(svg: &str, longest: f32) -> Result<Image, String> {
        let (_, tree) = Art::read_tree(svg)?;
        super::rasterise(&tree, longest)
    }

    #[test]
    fn pictures_are_rasterised_at_their_shape() {
        let svg = r##"<svg xmlns="http://www.w3.org/2000/svg" width="480" height="300"><rect width="480" height="300" fill="#008FD1"/></svg>"##;
        let image = rasterise(svg, RASTER_LONGEST).unwrap();
        assert_eq!((image.width(), image.height()), (1200, 750));
        assert_eq!(rasterise(svg, 480.0).unwrap().height(), 300);
        // Opaque blue, not premultiplied garbage.
        let first = &image.data.as_ref().unwrap()[..4];
        assert_eq!(first, &[0x00, 0x8F, 0xD1, 0xFF]);
        let face = r##"<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64"><circle cx="32" cy="32" r="32"/></svg>"##;
        assert_eq!(rasterise(face, RASTER_LONGEST).unwrap().width(), 192);
        assert!(rasterise("<svg", RASTER_LONGEST).is_err());
    }

    #[test]
    fn a_picture_drawn_ahead_arrives_as_its_svg_would() {
        let svg = r##"<svg xmlns="http://www.w3.org/2000/svg" width="480" height="300"><rect width="480" height="300" fill="#008FD1"/><rect id="label-go" x="10" y="20" width="100" height="30" fill="none"/></svg>"##;
        let drawn = draw_ahead(svg, 800.0).unwrap();
        let (art, image) = decode_drawn(&drawn).unwrap();
        assert_eq!(art, Art::read(svg).unwrap());
        assert_eq!((image.width(), image.height()), (800, 500));
        assert_eq!(
            &image.data.as_ref().unwrap()[..4],
            &[0x00, 0x8F, 0xD1, 0xFF]
        );
        // Flat art compresses: far under its raw 1.6 MB of pixels.
        assert!(drawn.len() < 20_000, "{} bytes", drawn.len());
        assert!(
            decode_drawn(&drawn[..drawn.len() / 2]).is_err(),
            "cut short"
        );
    }
}
