//! Screen readers: every button is named by the words on it, every text is a
//! label (a heading where it is one), updated whenever the words change (a new
//! language, a new line). Bevy gives our buttons the button role but no name.

use accesskit::{Node as A11yNode, Role};
use bevy::a11y::AccessibilityNode;
use bevy::prelude::*;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(
        PostUpdate,
        name_controls.before(bevy::a11y::AccessibilitySystems::Update),
    );
}

/// A heading, for screen readers' "next heading" navigation.
#[derive(Component, Default)]
pub struct Heading;

/// The words a reader says: the text without the invisible direction marks.
fn spoken(text: &str) -> String {
    text.replace(['\u{200F}', '\u{200E}'], "")
        .replace(super::voice::LISTEN_SYMBOL, "")
        .trim()
        .to_string()
}

#[allow(clippy::type_complexity, clippy::too_many_arguments)] // a Bevy system: each query is one kind of node
fn name_controls(
    mut commands: Commands,
    changed: Query<(), Changed<Text>>,
    mut buttons: Query<(Entity, &mut AccessibilityNode), With<bevy::ui_widgets::Button>>,
    texts: Query<
        (
            Entity,
            Ref<Text>,
            Has<Heading>,
            Option<&AccessibilityNode>,
            Option<&super::screens::level::Reveal>,
        ),
        Without<bevy::ui_widgets::Button>,
    >,
    spans: Query<&TextSpan>,
    children: Query<&Children>,
    parents: Query<&ChildOf>,
    is_button: Query<(), With<bevy::ui_widgets::Button>>,
) {
    if changed.is_empty() {
        return;
    }
    // A button's name: every text inside it, in order (a level's title and its
    // stars' words are separate texts in one button).
    for (button, mut node) in &mut buttons {
        let name: Vec<String> = children
            .iter_descendants(button)
            .filter_map(|e| texts.get(e).ok())
            .map(|(e, text, ..)| {
                let mut words = text.0.clone();
                for child in children.iter_descendants(e) {
                    if let Ok(span) = spans.get(child) {
                        words.push_str(&span.0);
                    }
                }
                spoken(&words)
            })
            .filter(|w| !w.is_empty())
            .collect();
        let name = name.join(", ");
        if node.label() != Some(name.as_str()) {
            node.set_label(name);
        }
    }
    // Other text: a label or a heading of its own, unless it is inside a button.
    for (entity, text, heading, node, reveal) in &texts {
        if !text.is_changed()
            || parents
                .iter_ancestors(entity)
                .any(|a| is_button.contains(a))
        {
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
