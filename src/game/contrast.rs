//! High contrast: light surfaces turn black, dark ink turns white, borders turn
//! white, and the verdict colours brighten, on every screen as it is built. The
//! colours of Sango and of the children's avatars are kept (`KeepColors`): they
//! are pictures, not text on a surface.

use bevy::prelude::*;

use super::state::Prefs;
use super::theme::palette;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(
        PostUpdate,
        (follow_contrast, recolor)
            .chain()
            .before(bevy::ui::UiSystems::Prepare),
    );
}

/// This entity and everything under it keep their colours in high contrast.
#[derive(Component, Default)]
pub struct KeepColors;

const BLACK: Color = Color::srgb(0.0, 0.0, 0.0);
const WHITE: Color = Color::srgb(1.0, 1.0, 1.0);

/// The high-contrast counterpart of a surface's colour.
pub fn surface(color: Color) -> Color {
    match color {
        c if c.alpha() < 0.01 => c,
        c if luminance(c) > 0.4 => BLACK,
        // A coloured surface (a world's colour) darkens until white text on it
        // reaches 7:1; its hue stays.
        // (A margin keeps a darkened colour from being darkened again.)
        c if luminance(c) > DARK + 0.005 => darken(c),
        c => c,
    }
}

/// The luminance a coloured surface is darkened to: white on it is 7.5:1.
const DARK: f32 = 0.09;

fn darken(color: Color) -> Color {
    let factor = DARK / luminance(color);
    let c = color.to_linear();
    Color::LinearRgba(LinearRgba::new(
        c.red * factor,
        c.green * factor,
        c.blue * factor,
        c.alpha,
    ))
}

/// The high-contrast counterpart of a text's colour.
pub fn ink(color: Color) -> Color {
    match color {
        c if c == palette::SAFE => Color::srgb(0.45, 1.0, 0.62),
        c if c == palette::CAUTIOUS => Color::srgb(1.0, 0.85, 0.35),
        c if c == palette::RISKY => Color::srgb(1.0, 0.60, 0.55),
        c if c == palette::STAR_EMPTY => Color::srgb(0.55, 0.55, 0.55),
        c if c.alpha() < 0.01 => c,
        c if luminance(c) < 0.4 => WHITE,
        c => c,
    }
}

/// The high-contrast counterpart of a border's colour: every visible line white.
pub fn line(color: Color) -> Color {
    match color {
        c if c.alpha() < 0.01 => c,
        c if c == palette::FOCUS => c,
        c if luminance(c) > 0.4 => WHITE,
        c => c,
    }
}

/// Relative luminance (WCAG), 0 for black to 1 for white.
pub fn luminance(color: Color) -> f32 {
    let c = color.to_linear();
    0.2126 * c.red + 0.7152 * c.green + 0.0722 * c.blue
}

/// The window's own background, behind every screen.
fn follow_contrast(prefs: Res<Prefs>, clear: Option<ResMut<ClearColor>>) {
    if let Some(mut clear) = clear
        && prefs.is_changed()
    {
        let normal = palette::BACKGROUND;
        clear.0 = if prefs.0.high_contrast {
            surface(normal)
        } else {
            normal
        };
    }
}

/// Recolours what changed colour this frame (a new screen, a hovered button).
/// Mapping twice gives the same colour, so a recoloured entity stays put.
/// Borders that changed, and new buttons (each gets an edge).
type Borders<'w, 's> = Query<
    'w,
    's,
    (
        Entity,
        &'static mut BorderColor,
        Option<Ref<'static, super::theme::ButtonStyle>>,
    ),
    Or<(Changed<BorderColor>, Added<super::theme::ButtonStyle>)>,
>;

/// Pictures keep their colours: Sango, avatars, colour swatches, and all inside them.
#[derive(bevy::ecs::system::SystemParam)]
struct Pictures<'w, 's> {
    kept: Query<'w, 's, (), With<KeepColors>>,
    styles: Query<'w, 's, &'static super::theme::ButtonStyle>,
    parents: Query<'w, 's, &'static ChildOf>,
}

impl Pictures<'_, '_> {
    fn is_picture(&self, e: Entity) -> bool {
        self.kept.contains(e)
            || matches!(self.styles.get(e), Ok(super::theme::ButtonStyle::Swatch(_)))
    }

    fn keep(&self, entity: Entity) -> bool {
        self.is_picture(entity)
            || self
                .parents
                .iter_ancestors(entity)
                .any(|e| self.is_picture(e))
    }
}

fn recolor(
    prefs: Res<Prefs>,
    pictures: Pictures,
    mut surfaces: Query<(Entity, &mut BackgroundColor), Changed<BackgroundColor>>,
    mut texts: Query<(Entity, &mut TextColor), Changed<TextColor>>,
    mut borders: Borders,
) {
    if !prefs.0.high_contrast {
        return;
    }
    let keep = |entity: Entity| pictures.keep(entity);
    for (entity, mut bg) in &mut surfaces {
        let mapped = surface(bg.0);
        if mapped != bg.0 && !keep(entity) {
            bg.0 = mapped;
        }
    }
    for (entity, mut text) in &mut texts {
        let mapped = ink(text.0);
        if mapped != text.0 && !keep(entity) {
            text.0 = mapped;
        }
    }
    for (entity, mut border, style) in &mut borders {
        if keep(entity) {
            continue;
        }
        // Every new button gets a white edge, so a black button on black shows.
        let mut mapped = BorderColor {
            top: line(border.top),
            right: line(border.right),
            bottom: line(border.bottom),
            left: line(border.left),
        };
        if style.is_some_and(|s| s.is_added()) && border.top.alpha() < 0.01 {
            mapped = BorderColor::all(WHITE);
        }
        if mapped != *border {
            *border = mapped;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// WCAG contrast ratio.
    fn ratio(a: Color, b: Color) -> f32 {
        let (la, lb) = (luminance(a) + 0.05, luminance(b) + 0.05);
        la.max(lb) / la.min(lb)
    }

    #[test]
    fn text_on_its_surface_reaches_seven_to_one() {
        let surfaces = [palette::BACKGROUND, palette::PANEL, palette::QUIET_BUTTON];
        for bg in surfaces {
            for fg in [palette::INK, palette::INK_SOFT] {
                assert!(ratio(ink(fg), surface(bg)) >= 7.0, "{fg:?} on {bg:?}");
            }
        }
        // White button text on the darker high-contrast buttons and verdicts.
        let worlds = [Color::srgb(0.85, 0.40, 0.20), Color::srgb(0.20, 0.55, 0.25)];
        for bg in [palette::BUTTON, palette::SAFE, palette::RISKY]
            .into_iter()
            .chain(worlds)
        {
            assert!(
                ratio(ink(palette::BUTTON_TEXT), surface(bg)) >= 7.0,
                "{bg:?}"
            );
        }
        for fg in [palette::SAFE, palette::CAUTIOUS, palette::RISKY] {
            assert!(ratio(ink(fg), surface(palette::PANEL)) >= 7.0, "{fg:?}");
        }
    }

    #[test]
    fn mapping_twice_changes_nothing() {
        let all = [
            palette::BACKGROUND,
            palette::PANEL,
            palette::INK,
            palette::INK_SOFT,
            palette::BUTTON,
            palette::SAFE,
            palette::RISKY,
            palette::CAUTIOUS,
            palette::STAR,
            palette::WARNING_BG,
            Color::srgb(0.85, 0.40, 0.20),
        ];
        for c in all {
            assert_eq!(surface(surface(c)), surface(c), "{c:?}");
            assert_eq!(ink(ink(c)), ink(c), "{c:?}");
            assert_eq!(line(line(c)), line(c), "{c:?}");
        }
    }
}
