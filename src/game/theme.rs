//! The look of the game: colours, fonts, and the widgets every screen builds from
//! (plain functions returning bundles). Text is always a message id, never words.

use bevy::input_focus::InputFocus;
use bevy::input_focus::tab_navigation::{TabGroup, TabIndex};
use bevy::picking::hover::Hovered;
use bevy::prelude::*;
use bevy::ui::Pressed;
use bevy::ui_widgets::{Button, ScrollArea};

use super::actions::Action;
use super::state::{Prefs, Words};

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<Theme>()
        .add_systems(
            Update,
            (
                relocalize.in_set(TextSystems::Relocalize),
                style_buttons,
                show_focus_ring,
            )
                .chain(),
        )
        .add_systems(
            PostUpdate,
            (
                (scroll_roots, fit_screen_width).before(bevy::ui::UiSystems::Prepare),
                follow_text_size,
                scroll_to_focus.after(bevy::ui::UiSystems::Layout),
            ),
        );
}

/// The focused button is scrolled into view when the screen is taller than the
/// window, clear of the help button's corner at the bottom.
fn scroll_to_focus(
    focus: Res<InputFocus>,
    nodes: Query<(&ComputedNode, &bevy::ui::UiGlobalTransform)>,
    parents: Query<&ChildOf>,
    mut areas: Query<
        (
            &ComputedNode,
            &bevy::ui::UiGlobalTransform,
            &mut ScrollPosition,
        ),
        With<ScrollArea>,
    >,
    mut last: Local<Option<Entity>>,
    mut redraw: MessageWriter<bevy::window::RequestRedraw>,
) {
    let Some(target) = focus.get() else {
        *last = None;
        return;
    };
    // Once per focus change, after the layout has placed the new focus.
    if *last == Some(target) {
        return;
    }
    let Ok((node, at)) = nodes.get(target) else {
        return;
    };
    let Some(area) = parents.iter_ancestors(target).find(|a| areas.contains(*a)) else {
        *last = Some(target);
        return;
    };
    let Ok((area_node, area_at, mut scroll)) = areas.get_mut(area) else {
        return;
    };
    if node.size.y <= 0.0 || area_node.size.y <= 0.0 {
        return; // not laid out yet: try again next frame
    }
    *last = Some(target);
    let k = node.inverse_scale_factor;
    let half = node.size.y * k / 2.0;
    let (top, bottom) = (at.translation.y * k - half, at.translation.y * k + half);
    let area_half = area_node.size.y * k / 2.0;
    let area_top = area_at.translation.y * k - area_half + 8.0;
    let area_bottom = area_at.translation.y * k + area_half - HELP_ROOM;
    let max = (area_node.content_size().y - area_node.size.y).max(0.0) * k;
    let wanted = if bottom > area_bottom {
        scroll.y + (bottom - area_bottom)
    } else if top < area_top {
        scroll.y - (area_top - top)
    } else {
        return;
    };
    let wanted = wanted.clamp(0.0, max);
    if (wanted - scroll.y).abs() > 0.5 {
        scroll.y = wanted;
        redraw.write(bevy::window::RequestRedraw);
    }
}

/// Where texts get their words, for systems that work on the words after.
#[derive(SystemSet, Debug, Clone, PartialEq, Eq, Hash)]
pub enum TextSystems {
    Relocalize,
}

/// Text of every screen built from now on is drawn at the child's size.
fn follow_text_size(prefs: Res<Prefs>, mut theme: ResMut<Theme>) {
    let scale = prefs.0.text_size.scale();
    if prefs.is_changed() && theme.scale != scale {
        theme.scale = scale;
    }
}

/// A screen's root scrolls vertically, whatever `Node` the screen gave it, and
/// leaves room at the bottom for the "Get help" button in the corner.
fn scroll_roots(mut roots: Query<&mut Node, Added<ScrollArea>>) {
    for mut node in &mut roots {
        node.overflow = Overflow::scroll_y();
        node.padding.bottom = px(HELP_ROOM);
        // Content scrolled down is cut off above that room, not drawn under the
        // button; the few pixels beyond the content keep focus rings whole.
        node.overflow_clip_margin = OverflowClipMargin {
            visual_box: VisualBox::ContentBox,
            margin: 6.0,
        };
    }
}

/// The height kept free under every screen's content for the help button.
pub const HELP_ROOM: f32 = 76.0;

/// The widest a screen's content gets: on a wider window the screen's sides
/// grow instead.
pub const CONTENT_WIDTH: f32 = 1150.0;

/// The side padding of a screen's root: never less than 24 pixels, and on a
/// window wider than the content, what centres it.
fn side_padding(window_width: f32) -> f32 {
    ((window_width - CONTENT_WIDTH) / 2.0).max(24.0)
}

/// A screen's root is never wider than its content may be. A card that is
/// `width: 100%` with a `max_width` had its height measured (by taffy, for the
/// flex base size) at the unclamped width, then was laid out narrower: a line
/// that wrapped only at the narrower width had no room, and the last line sat
/// on the card's border (Arabic, My phone, at 1280 pixels). With the root no
/// wider than the content, a `max_width` never has to clamp.
fn fit_screen_width(
    windows: Query<&Window, With<bevy::window::PrimaryWindow>>,
    mut roots: Query<&mut Node, With<ScreenRoot>>,
) {
    let Ok(window) = windows.single() else {
        return;
    };
    let side = px(side_padding(window.width()));
    for mut node in &mut roots {
        if node.padding.left != side || node.padding.right != side {
            node.padding.left = side;
            node.padding.right = side;
        }
    }
}

/// The root of a screen (see [`screen_root`]).
#[derive(Component)]
pub struct ScreenRoot;

pub mod palette {
    use bevy::prelude::Color;

    pub const BACKGROUND: Color = Color::srgb(0.93, 0.96, 0.99);
    pub const PANEL: Color = Color::srgb(1.0, 1.0, 1.0);
    pub const PANEL_BORDER: Color = Color::srgb(0.78, 0.86, 0.93);
    pub const INK: Color = Color::srgb(0.10, 0.16, 0.24);
    pub const INK_SOFT: Color = Color::srgb(0.30, 0.37, 0.46);
    /// The blue of the ITU and of Sango's body.
    pub const SANGO_BLUE: Color = Color::srgb(0.0, 0.56, 0.82);
    pub const SANGO_BLUE_DARK: Color = Color::srgb(0.0, 0.38, 0.60);
    pub const BUTTON: Color = Color::srgb(0.0, 0.45, 0.70);
    pub const BUTTON_HOVER: Color = Color::srgb(0.0, 0.36, 0.58);
    pub const BUTTON_PRESSED: Color = Color::srgb(0.0, 0.28, 0.46);
    pub const BUTTON_TEXT: Color = Color::WHITE;
    pub const QUIET_BUTTON: Color = Color::srgb(0.86, 0.91, 0.96);
    pub const QUIET_BUTTON_HOVER: Color = Color::srgb(0.78, 0.85, 0.93);
    pub const FOCUS: Color = Color::srgb(0.96, 0.55, 0.0);
    pub const SAFE: Color = Color::srgb(0.13, 0.55, 0.30);
    pub const CAUTIOUS: Color = Color::srgb(0.70, 0.45, 0.0);
    pub const RISKY: Color = Color::srgb(0.78, 0.25, 0.22);
    pub const STAR: Color = Color::srgb(0.98, 0.72, 0.05);
    /// The level Sango suggests next, and a look-back waiting.
    pub const SUGGESTED: Color = Color::srgb(0.98, 0.72, 0.05);
    pub const STAR_EMPTY: Color = Color::srgb(0.80, 0.84, 0.88);
    pub const WARNING_BG: Color = Color::srgb(1.0, 0.95, 0.85);
}

pub mod size {
    pub const TITLE: f32 = 72.0;
    pub const HEADING: f32 = 34.0;
    pub const BODY: f32 = 24.0;
    pub const SMALL: f32 = 19.0;
    pub const BUTTON: f32 = 22.0;
}

/// Fonts. Only the current language's are loaded (the web build fetches each font
/// over the network), plus two tiny ones holding the names "العربية" and "中文"
/// for the language picker; another script's fonts load when it is chosen.
/// Default handles where there is no asset server (headless tests).
#[derive(Resource, Clone)]
pub struct Theme {
    /// The current language's fonts.
    pub regular: Handle<Font>,
    pub bold: Handle<Font>,
    /// The stars.
    pub symbols: Handle<Font>,
    /// How much larger than normal text is drawn: the child's text size.
    pub scale: f32,
    assets: Option<AssetServer>,
    /// Fonts read before the first frame, by path ([`preload_fonts`]).
    preloaded: Preloaded,
}

/// Fonts read before the first frame (on the desktop), so the title is drawn in
/// its own fonts at once instead of a few frames later, when the asset server has
/// read them: by path.
#[derive(Resource, Default, Clone)]
pub struct Preloaded(std::sync::Arc<std::collections::HashMap<&'static str, Handle<Font>>>);

/// The symbols' font (stars, the Listen speaker).
const SYMBOLS_FONT: &str = "fonts/SangoSymbols-Regular.ttf";

/// Reads the fonts the title needs in the language chosen (its regular and bold,
/// the symbols, the language picker's names) from the assets folder, before the
/// app runs. A font that cannot be read is left to the asset server, which says
/// why.
#[cfg(not(target_arch = "wasm32"))]
pub fn preload_fonts(world: &mut World, assets: &std::path::Path) {
    let lang = world
        .get_resource::<Words>()
        .map(|w| w.0.language().to_string())
        .unwrap_or_default();
    let (regular, bold) = Script::of(&lang).files();
    let names = [Script::Arabic, Script::Chinese].map(Script::name_file);
    let Some(mut fonts) = world.get_resource_mut::<Assets<Font>>() else {
        return;
    };
    let mut read = std::collections::HashMap::new();
    for path in [regular, bold, SYMBOLS_FONT].into_iter().chain(names) {
        if let Ok(bytes) = std::fs::read(assets.join(path)) {
            read.insert(path, fonts.add(Font::from_bytes(bytes)));
        }
    }
    world.insert_resource(Preloaded(std::sync::Arc::new(read)));
}

/// Which font family a language needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Script {
    /// Latin, Cyrillic and Greek: Noto Sans.
    Latin,
    /// Arabic, with Latin merged in for names: Sango Arabic (see scripts/subset-fonts.py).
    Arabic,
    /// Chinese, with Latin: Noto Sans CJK SC, subset.
    Chinese,
}

impl Script {
    pub fn of(lang: &str) -> Self {
        match lang.split(['-', '_']).next().unwrap_or(lang) {
            "ar" => Script::Arabic,
            "zh" => Script::Chinese,
            _ => Script::Latin,
        }
    }

    pub fn files(self) -> (&'static str, &'static str) {
        match self {
            Script::Latin => ("fonts/SangoLatin-Regular.ttf", "fonts/SangoLatin-Bold.ttf"),
            Script::Arabic => (
                "fonts/SangoArabic-Regular.ttf",
                "fonts/SangoArabic-Bold.ttf",
            ),
            Script::Chinese => ("fonts/SangoCJK-Regular.otf", "fonts/SangoCJK-Bold.otf"),
        }
    }

    /// The font that holds the names of this script's languages, for the picker.
    fn name_file(self) -> &'static str {
        match self {
            Script::Latin => Script::Latin.files().0,
            Script::Arabic => "fonts/SangoNames-Arabic.ttf",
            Script::Chinese => "fonts/SangoNames-CJK.otf",
        }
    }
}

impl Theme {
    /// A font by path: loaded now if it is not already (the same handle if it is).
    fn load(&self, path: &'static str) -> Handle<Font> {
        if let Some(font) = self.preloaded.0.get(path) {
            return font.clone();
        }
        self.assets
            .as_ref()
            .map_or_else(Handle::default, |a| a.load(path))
    }

    /// The (regular, bold) fonts of a language's script.
    pub fn fonts_for(&self, lang: &str) -> (Handle<Font>, Handle<Font>) {
        let (regular, bold) = Script::of(lang).files();
        (self.load(regular), self.load(bold))
    }

    /// This theme with a language's fonts (a screen built while the language
    /// changes uses them at once).
    pub fn for_language(&self, lang: &str) -> Self {
        let (regular, bold) = self.fonts_for(lang);
        Self {
            regular,
            bold,
            ..self.clone()
        }
    }

    /// The regular or bold font at a size of the type scale, grown to the child's
    /// text size.
    pub fn text_font(&self, bold: bool, size: f32) -> TextFont {
        font(
            if bold { &self.bold } else { &self.regular },
            size * self.scale,
        )
    }

    /// A font that holds a language's own name, for the language picker.
    pub fn name_font(&self, lang: &str) -> Handle<Font> {
        self.load(Script::of(lang).name_file())
    }
}

impl FromWorld for Theme {
    fn from_world(world: &mut World) -> Self {
        let lang = world
            .get_resource::<Words>()
            .map(|w| w.0.language().to_string())
            .unwrap_or_default();
        let mut theme = Self {
            regular: Handle::default(),
            bold: Handle::default(),
            symbols: Handle::default(),
            scale: world
                .get_resource::<Prefs>()
                .map_or(1.0, |p| p.0.text_size.scale()),
            assets: world.get_resource::<AssetServer>().cloned(),
            preloaded: world
                .get_resource::<Preloaded>()
                .cloned()
                .unwrap_or_default(),
        };
        theme.symbols = theme.load(SYMBOLS_FONT);
        let (regular, bold) = theme.fonts_for(&lang);
        theme.regular = regular;
        theme.bold = bold;
        theme
    }
}

/// Text whose font must not follow the language (a language's own name).
#[derive(Component)]
pub struct FixedFont;

/// A message argument: words typed by a player, a number, or another message.
#[derive(Clone, Debug, PartialEq)]
pub enum Arg {
    Text(String),
    Number(f64),
    Message(String),
    /// Another message with its own arguments.
    Nested(Box<Localized>),
}

/// A text entity's message: its id and arguments. The text follows the language.
#[derive(Component, Clone, Debug, PartialEq)]
pub struct Localized {
    pub id: String,
    pub args: Vec<(String, Arg)>,
}

impl Localized {
    pub fn new(id: impl Into<String>) -> Self {
        Self {
            id: id.into(),
            args: Vec::new(),
        }
    }

    /// Adds an argument; numbers stay numbers so Fluent can choose plural forms.
    pub fn with(mut self, name: &str, value: impl ToString) -> Self {
        let value = value.to_string();
        let arg = match value.parse::<f64>() {
            Ok(n) => Arg::Number(n),
            Err(_) => Arg::Text(value),
        };
        self.args.push((name.to_string(), arg));
        self
    }

    /// A scenario's message, with the details this play chose (`vary`) as arguments.
    pub fn scenario(
        scenario: &crate::content::Scenario,
        key: &str,
        variables: &[(String, String)],
    ) -> Self {
        let mut message = Self::new(scenario.message_id(key));
        for (name, option) in variables {
            message = message.with_message(name, scenario.message_id(option));
        }
        message
    }

    /// Adds an argument that is another message with its own arguments.
    pub fn with_localized(mut self, name: &str, inner: Localized) -> Self {
        self.args
            .push((name.to_string(), Arg::Nested(Box::new(inner))));
        self
    }

    /// Adds an argument that is itself a message, in the same language.
    pub fn with_message(mut self, name: &str, id: impl Into<String>) -> Self {
        self.args.push((name.to_string(), Arg::Message(id.into())));
        self
    }

    pub fn resolve(&self, words: &Words) -> String {
        let args: Vec<(&str, fluent::FluentValue)> = self
            .args
            .iter()
            .map(|(k, v)| {
                let value = match v {
                    Arg::Text(t) => fluent::FluentValue::from(t.as_str()),
                    Arg::Number(n) => fluent::FluentValue::from(*n),
                    Arg::Message(id) => fluent::FluentValue::from(words.0.text(id)),
                    Arg::Nested(inner) => fluent::FluentValue::from(inner.resolve(words)),
                };
                (k.as_str(), value)
            })
            .collect();
        words.0.text_with(&self.id, &args)
    }
}

/// Fills in text from its message, when the message or the language changes.
fn relocalize(
    words: Res<Words>,
    mut texts: Query<(Ref<Localized>, &mut Text, Option<&mut TextLayout>)>,
    mut spans: Query<(Ref<Localized>, &mut TextSpan), Without<Text>>,
) {
    let all = words.is_changed();
    let rtl = words.0.direction() == crate::l10n::Direction::RightToLeft;
    for (loc, mut text, layout) in &mut texts {
        if all || loc.is_changed() {
            // Right to left, the words come marked (l10n::right_to_left).
            text.0 = loc.resolve(&words);
            if let Some(mut layout) = layout {
                let flipped = match (layout.justify, rtl) {
                    (Justify::Left, true) => Some(Justify::Right),
                    (Justify::Right, false) => Some(Justify::Left),
                    _ => None,
                };
                if let Some(justify) = flipped {
                    layout.justify = justify;
                }
            }
        }
    }
    for (loc, mut span) in &mut spans {
        if all || loc.is_changed() {
            span.0 = loc.resolve(&words);
        }
    }
}

/// A font at a size already scaled to the child's text size.
pub(crate) fn font(handle: &Handle<Font>, size: f32) -> TextFont {
    TextFont {
        font: handle.clone().into(),
        font_size: FontSize::Px(size),
        ..default()
    }
}

/// Text from a message.
pub fn label(theme: &Theme, message: Localized, size: f32, color: Color) -> impl Bundle {
    (
        Name::new(format!("Label {}", message.id)),
        Text::new(""),
        font(&theme.regular, size * theme.scale),
        TextColor(color),
        message,
    )
}

pub fn heading(theme: &Theme, message: Localized, size: f32) -> impl Bundle {
    (
        Name::new(format!("Heading {}", message.id)),
        Heading,
        Text::new(""),
        font(&theme.bold, size * theme.scale),
        TextColor(palette::INK),
        message,
    )
}

/// Text that is not a message: a nickname the child typed, a path in an error.
pub fn verbatim(theme: &Theme, text: impl Into<String>, size: f32, color: Color) -> impl Bundle {
    (
        Name::new("Verbatim text"),
        Text::new(text.into()),
        font(&theme.regular, size * theme.scale),
        TextColor(color),
    )
}

/// Stars drawn with a symbol font: `filled` of three.
pub fn stars(theme: &Theme, filled: u8, size: f32) -> impl Bundle {
    let glyphs = |n: u8, on: bool| {
        (
            TextSpan::new("★".repeat(n as usize)),
            font(&theme.symbols, size * theme.scale),
            TextColor(if on {
                palette::STAR
            } else {
                palette::STAR_EMPTY
            }),
        )
    };
    (
        Name::new("Stars"),
        Text::new(""),
        font(&theme.symbols, size * theme.scale),
        children![
            glyphs(filled.min(3), true),
            glyphs(3 - filled.min(3), false)
        ],
    )
}

/// Texts on screen whose message has no words yet. A picture of the screen
/// (the tour, `--check-display`) waits until there are none.
pub fn texts_without_words(texts: &Query<(&Text, &Localized)>) -> usize {
    texts
        .iter()
        .filter(|(text, message)| message.id != "empty" && text.0.trim().is_empty())
        .count()
}

/// A heading, for screen readers' "next heading" navigation (see `a11y`).
#[derive(Component, Default)]
pub struct Heading;

/// How a button looks.
#[derive(Component, Clone, Copy, PartialEq, Debug)]
pub enum ButtonStyle {
    Primary,
    Quiet,
    /// A button that is its colour, like an avatar choice.
    Swatch(Color),
}

impl ButtonStyle {
    /// One of a set of options: the chosen one stands out (its state is also said
    /// in words beside it).
    pub fn option(chosen: bool) -> Self {
        if chosen {
            ButtonStyle::Primary
        } else {
            ButtonStyle::Quiet
        }
    }

    pub(crate) fn colors(self) -> (Color, Color, Color, Color) {
        // (normal, hovered, pressed, text)
        match self {
            ButtonStyle::Primary => (
                palette::BUTTON,
                palette::BUTTON_HOVER,
                palette::BUTTON_PRESSED,
                palette::BUTTON_TEXT,
            ),
            ButtonStyle::Quiet => (
                palette::QUIET_BUTTON,
                palette::QUIET_BUTTON_HOVER,
                palette::PANEL_BORDER,
                palette::INK,
            ),
            ButtonStyle::Swatch(color) => (color, color, color, palette::INK),
        }
    }
}

/// The frame of a button that sends `action` when clicked, or on Enter or Space
/// while focused. Tab and the arrow keys move between buttons.
pub fn button_base(action: impl Action, style: ButtonStyle) -> impl Bundle {
    let (background, ..) = style.colors();
    (
        button_name(&action),
        Button,
        Hovered::default(),
        TabIndex(0),
        action,
        style,
        Node {
            padding: UiRect::axes(px(22), px(12)),
            border: UiRect::all(px(2)),
            border_radius: BorderRadius::all(px(14)),
            justify_content: JustifyContent::Center,
            align_items: AlignItems::Center,
            min_height: px(52),
            ..default()
        },
        BorderColor::all(Color::NONE),
        BackgroundColor(background),
    )
}

/// A button's name in the entity tree: what it does (the focus finds a button
/// again by it after a screen is rebuilt).
pub fn button_name<A: Action>(action: &A) -> Name {
    let kind = std::any::type_name::<A>()
        .rsplit("::")
        .next()
        .unwrap_or_default();
    let value = format!("{action:?}");
    // An enum's value is named with its kind (`TitleAction::Play`); a struct's
    // already says it (`SetLanguage("ar")`).
    if value.starts_with(kind) {
        Name::new(format!("Button {value}"))
    } else {
        Name::new(format!("Button {kind}::{value}"))
    }
}

/// The bold label of a button.
pub fn button_label(theme: &Theme, message: Localized, color: Color) -> impl Bundle {
    (
        Text::new(""),
        font(&theme.bold, size::BUTTON * theme.scale),
        TextColor(color),
        message,
    )
}

/// A button with a message as its label.
pub fn button(
    theme: &Theme,
    message: Localized,
    action: impl Action,
    style: ButtonStyle,
) -> impl Bundle {
    let (.., text_color) = style.colors();
    (
        button_base(action, style),
        children![(
            button_label(theme, message, text_color),
            TextLayout::justify(Justify::Center),
        )],
    )
}

/// Buttons whose look may need to change this frame.
type RestyledButtons<'w, 's> = Query<
    'w,
    's,
    (
        &'static ButtonStyle,
        &'static Hovered,
        Has<Pressed>,
        &'static mut BackgroundColor,
    ),
    Or<(Changed<Hovered>, Changed<Pressed>, Added<ButtonStyle>)>,
>;

fn style_buttons(mut buttons: RestyledButtons) {
    for (style, hovered, pressed, mut bg) in &mut buttons {
        let (normal, hover, down, _) = style.colors();
        bg.0 = if pressed {
            down
        } else if hovered.get() {
            hover
        } else {
            normal
        };
    }
}

/// A clear ring around whatever has keyboard focus.
fn show_focus_ring(
    focus: Res<InputFocus>,
    mut commands: Commands,
    focusables: Query<(Entity, Has<Outline>), With<TabIndex>>,
) {
    if !focus.is_changed() {
        return;
    }
    for (entity, has_outline) in &focusables {
        // The entity may be despawned by a screen rebuilt this frame: try, don't insist.
        if focus.get() == Some(entity) {
            commands.entity(entity).try_insert(Outline {
                width: px(4),
                offset: px(3),
                color: palette::FOCUS,
            });
        } else if has_outline {
            commands.entity(entity).try_remove::<Outline>();
        }
    }
}

/// A row of a settings screen: a label and its options, wrapping when the text is
/// large, mirrored in Arabic.
pub fn option_row<'a>(parent: &'a mut ChildSpawnerCommands<'_>) -> EntityCommands<'a> {
    parent.spawn((
        super::Mirror,
        Node {
            column_gap: px(10),
            row_gap: px(8),
            flex_wrap: FlexWrap::Wrap,
            align_items: AlignItems::Center,
            ..default()
        },
    ))
}

/// A layer over the whole window, above the screens (`z` orders layers).
pub fn overlay(name: &'static str, z: i32) -> impl Bundle {
    (
        Name::new(name),
        GlobalZIndex(z),
        Node {
            position_type: PositionType::Absolute,
            width: percent(100),
            height: percent(100),
            justify_content: JustifyContent::Center,
            align_items: AlignItems::Center,
            padding: UiRect::all(px(20)),
            column_gap: px(28),
            ..default()
        },
    )
}

/// A white rounded panel.
pub fn panel() -> impl Bundle {
    (
        panel_node(),
        BackgroundColor(palette::PANEL),
        BorderColor::all(palette::PANEL_BORDER),
    )
}

/// A panel's layout: a column with a rounded border. A panel sized or spaced its
/// own way starts from it (`Node { width: px(720), ..panel_node() }`).
pub fn panel_node() -> Node {
    Node {
        flex_direction: FlexDirection::Column,
        padding: UiRect::all(px(22)),
        row_gap: px(12),
        border: UiRect::all(px(2)),
        border_radius: BorderRadius::all(px(18)),
        ..default()
    }
}

/// A card across a scrolling screen (My phone's sections, a story's close): a
/// panel as wide as the screen's content, never squeezed shorter than its words.
pub fn wide_card_node() -> Node {
    Node {
        width: percent(100),
        max_width: px(CONTENT_WIDTH),
        padding: UiRect::axes(px(18), px(12)),
        row_gap: px(8),
        border: UiRect::all(px(3)),
        flex_shrink: 0.0,
        ..panel_node()
    }
}

/// The full-window root of a screen. It scrolls (wheel, touch, or following the
/// keyboard focus) when its content is taller than the window: large text never
/// hides a button.
pub fn screen_root(name: &'static str) -> impl Bundle {
    (
        Name::new(name),
        TabGroup::new(0),
        ScrollArea,
        ScreenRoot,
        Node {
            width: percent(100),
            height: percent(100),
            flex_direction: FlexDirection::Column,
            align_items: AlignItems::Center,
            padding: UiRect::all(px(24)),
            row_gap: px(16),
            ..default()
        },
        BackgroundColor(palette::BACKGROUND),
    )
}
