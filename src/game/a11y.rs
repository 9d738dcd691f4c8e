//! Screen readers: every button is named by the words on it, every text is a
//! label (a heading where it is one), updated whenever the words change (a new
//! language, a new line). Bevy gives our buttons the button role but no name.

use accesskit::{Node as A11yNode, Role};
use bevy::a11y::AccessibilityNode;
use bevy::prelude::*;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(
        PostUpdate,
        (name_controls, say_chosen)
            .chain()
            .before(bevy::a11y::AccessibilitySystems::Update),
    );
}

/// A button that is one of several values, and whether it is the one set now: a
/// screen reader says "pressed" for it (the look fills it in).
#[derive(Component, Clone, Copy, Debug, PartialEq, Eq)]
pub struct Chosen(pub bool);

/// Value buttons whose pressed state may need saying.
type ValueButtons<'w, 's> = Query<
    'w,
    's,
    (&'static Chosen, &'static mut AccessibilityNode),
    Or<(Added<Chosen>, Changed<AccessibilityNode>)>,
>;

fn say_chosen(mut buttons: ValueButtons) {
    for (chosen, mut node) in &mut buttons {
        let state = if chosen.0 {
            accesskit::Toggled::True
        } else {
            accesskit::Toggled::False
        };
        if node.toggled() != Some(state) {
            node.set_toggled(state);
        }
    }
}

/// The words a reader says: the text without the invisible direction marks.
fn spoken(text: &str) -> String {
    text.replace(['\u{200F}', '\u{200E}'], "")
        .replace(super::voice::LISTEN_SYMBOL, "")
        .trim()
        .to_string()
}

/// Texts that are not buttons: their words, whether they head something, how they
/// are named now, and whether they are appearing letter by letter.
type Texts<'w, 's> = Query<
    'w,
    's,
    (
        Entity,
        Ref<'static, Text>,
        Has<super::theme::Heading>,
        Option<&'static AccessibilityNode>,
        Option<&'static super::reveal::Reveal>,
    ),
    Without<bevy::ui_widgets::Button>,
>;

/// Where a text sits: its spans, and whether a button holds it.
#[derive(bevy::ecs::system::SystemParam)]
struct Tree<'w, 's> {
    spans: Query<'w, 's, &'static TextSpan>,
    children: Query<'w, 's, &'static Children>,
    parents: Query<'w, 's, &'static ChildOf>,
    is_button: Query<'w, 's, (), With<bevy::ui_widgets::Button>>,
}

impl Tree<'_, '_> {
    /// A text's words with its spans', as a screen reader should say them.
    fn words(&self, entity: Entity, text: &str) -> String {
        let mut words = text.to_owned();
        for child in self.children.iter_descendants(entity) {
            if let Ok(span) = self.spans.get(child) {
                words.push_str(&span.0);
            }
        }
        spoken(&words)
    }

    fn inside_button(&self, entity: Entity) -> bool {
        self.parents
            .iter_ancestors(entity)
            .any(|a| self.is_button.contains(a))
    }
}

fn name_controls(
    mut commands: Commands,
    changed: Query<(), Changed<Text>>,
    mut buttons: Query<(Entity, &mut AccessibilityNode), With<bevy::ui_widgets::Button>>,
    texts: Texts,
    tree: Tree,
) {
    if changed.is_empty() {
        return;
    }
    // A button's name: every text inside it, in order (a level's title and its
    // stars' words are separate texts in one button).
    for (button, mut node) in &mut buttons {
        let name: Vec<String> = tree
            .children
            .iter_descendants(button)
            .filter_map(|e| texts.get(e).ok())
            .map(|(e, text, ..)| tree.words(e, &text.0))
            .filter(|w| !w.is_empty())
            .collect();
        let name = name.join(", ");
        if node.label() != Some(name.as_str()) {
            node.set_label(name);
        }
    }
    // Other text: a label or a heading of its own, unless it is inside a button.
    for (entity, text, heading, node, reveal) in &texts {
        if !text.is_changed() || tree.inside_button(entity) {
            continue;
        }
        let role = if heading { Role::Heading } else { Role::Label };
        // A line appearing letter by letter is read whole, once.
        let words = spoken(reveal.and_then(|r| r.whole()).unwrap_or(&text.0));
        if node.is_some_and(|n| n.role() == role && n.value() == Some(words.as_str())) {
            continue;
        }
        let mut a11y = A11yNode::new(role);
        a11y.set_value(words);
        commands.entity(entity).try_insert(AccessibilityNode(a11y));
    }
}
