//! The scenario and objective schema, as authors write it in RON.
//!
//! Structure only: every word a player reads is a Fluent message key, resolved by
//! `l10n`. Keys written in a scenario are local to it and resolve to
//! `{scenario-id}-{key}` (see [`Scenario::message_id`]).

use std::collections::BTreeMap;
use std::fmt;

use serde::de::{MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize};

/// The 4Cs of online risk to children.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Risk {
    /// The child sees something harmful.
    Content,
    /// An adult targets the child.
    Contact,
    /// Peers, the child among them.
    Conduct,
    /// The child is party to a deal.
    Contract,
}

impl Risk {
    pub const ALL: [Risk; 4] = [Risk::Content, Risk::Contact, Risk::Conduct, Risk::Contract];

    /// Stable lowercase key, used in message ids (`risk-content`) and file names.
    pub fn key(self) -> &'static str {
        match self {
            Risk::Content => "content",
            Risk::Contact => "contact",
            Risk::Conduct => "conduct",
            Risk::Contract => "contract",
        }
    }
}

/// The kind of harm, the columns of the CO:RE 4Cs grid (Livingstone and
/// Stoilova, 2021). `Commercial` is a column of the contract row only.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Harm {
    Aggressive,
    Sexual,
    Values,
    Commercial,
}

impl Harm {
    pub const ALL: [Harm; 4] = [
        Harm::Aggressive,
        Harm::Sexual,
        Harm::Values,
        Harm::Commercial,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Harm::Aggressive => "aggressive",
            Harm::Sexual => "sexual",
            Harm::Values => "values",
            Harm::Commercial => "commercial",
        }
    }
}

/// A cell of the CO:RE grid: a risk and the kind of harm it does. Thirteen
/// exist: content, contact and conduct by aggressive, sexual and values;
/// contract by those three and commercial.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Cell {
    pub risk: Risk,
    pub harm: Harm,
}

impl Cell {
    /// Every cell, row by row.
    pub fn all() -> impl Iterator<Item = Cell> {
        Risk::ALL.into_iter().flat_map(|risk| {
            Harm::ALL
                .into_iter()
                .map(move |harm| Cell { risk, harm })
                .filter(|c| c.exists())
        })
    }

    /// Whether the grid has this cell: commercial harm is a contract's only.
    pub fn exists(self) -> bool {
        self.harm != Harm::Commercial || self.risk == Risk::Contract
    }

    /// Whether the cell is right for an age band. Sexual conduct between
    /// peers (pressure to send images) and sexual contracts (paid-for
    /// exploitation, sextortion for money) are for 13 and over: for 9–12 the
    /// sexual risks are meeting something by accident (content) and a
    /// stranger's warning signs (contact), both about getting help.
    pub fn fits(self, band: AgeBand) -> bool {
        !(band == AgeBand::Ages9To12
            && self.harm == Harm::Sexual
            && matches!(self.risk, Risk::Conduct | Risk::Contract))
    }

    /// `content × sexual`.
    pub fn key(self) -> String {
        format!("{} × {}", self.risk.key(), self.harm.key())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum AgeBand {
    Ages9To12,
    Ages13To15,
    Ages16To18,
}

impl AgeBand {
    pub const ALL: [AgeBand; 3] = [AgeBand::Ages9To12, AgeBand::Ages13To15, AgeBand::Ages16To18];

    pub fn key(self) -> &'static str {
        match self {
            AgeBand::Ages9To12 => "9-12",
            AgeBand::Ages13To15 => "13-15",
            AgeBand::Ages16To18 => "16-18",
        }
    }
}

/// Who says a beat's line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Speaker {
    /// Sango the mascot, the player's guide.
    Sango,
    /// Scene-setting text, no speaker.
    Narrator,
    /// The player's own thought or message.
    Player,
    /// Another character; the string is a message key for their name.
    Npc(String),
}

/// Sango's face. The game draws each one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum Mood {
    #[default]
    Happy,
    Curious,
    Worried,
    Proud,
    Thinking,
    /// Kind but sad: when something went wrong and Sango cares.
    Kind,
}

impl Mood {
    pub const ALL: [Mood; 6] = [
        Mood::Happy,
        Mood::Curious,
        Mood::Worried,
        Mood::Proud,
        Mood::Thinking,
        Mood::Kind,
    ];
}

/// How good a choice is. Never shown as "wrong": a risky choice is a chance to learn.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Verdict {
    /// The best thing to do.
    Safe,
    /// Not harmful, but there is a better way.
    Cautious,
    /// Puts the child or someone else at risk.
    Risky,
}

impl Verdict {
    /// Points towards the level's stars: the best choice earns two.
    pub fn points(self) -> u32 {
        match self {
            Verdict::Safe => 2,
            Verdict::Cautious => 1,
            Verdict::Risky => 0,
        }
    }
}

/// How a scenario ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Outcome {
    /// Safe all along.
    Safe,
    /// Safe for now, not solved: nobody was told, it may come back.
    Mixed,
    /// A slip, then put right by blocking, reporting or telling: the lesson itself.
    Recovered,
    Harmful,
}

/// Where a scenario is played: how the game draws its beats. Chosen by data alone.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Stage {
    /// Sango and the characters talk in speech panels.
    #[default]
    Dialogue,
    /// A messaging app: characters' lines arrive as bubbles, choices are replies,
    /// and block, report and tell have their own buttons. `app` is a message key
    /// (often `{ $app }`, chosen from `vary`).
    Chat { app: String },
    /// A social feed: characters' lines are posts; `Spot` beats ask the child to
    /// tap what gives a fake away.
    Feed { app: String },
    /// A pop-up, app-store page or permission dialog: the card is the dialog, the
    /// choices its buttons; `Spot` beats hide the cost in the small print.
    Popup { app: String },
}

impl Stage {
    /// The message key of the app's name, if the stage has one.
    pub fn app(&self) -> Option<&str> {
        match self {
            Stage::Dialogue => None,
            Stage::Chat { app } | Stage::Feed { app } | Stage::Popup { app } => Some(app),
        }
    }
}

/// What a choice does in the app, so the stage can draw it as that action.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Act {
    /// Reply in the conversation (the default).
    Reply,
    /// Block the person.
    Block,
    /// Report to the app or platform.
    Report,
    /// Tell a trusted adult.
    Tell,
    /// Close, decline, or leave.
    Close,
    /// Accept, allow, pay or share.
    Accept,
}

impl Act {
    /// Blocking, reporting and telling are always shown as right, never as snitching.
    pub fn is_help_seeking(self) -> bool {
        matches!(self, Act::Block | Act::Report | Act::Tell)
    }
}

/// A note for teachers and reviewers, in English, never shown to players.
#[derive(Debug, Clone, PartialEq, Eq, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Note {
    /// The ITU guideline topic the scenario teaches.
    pub topic: String,
    /// Why the situation and its advice fit the age band.
    pub fit: String,
}

/// A scenario: one situation, played as a graph of beats.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    pub id: String,
    pub risk: Risk,
    #[serde(default)]
    pub harm: Option<Harm>,
    pub ages: Vec<AgeBand>,
    pub objectives: Vec<String>,
    #[serde(default)]
    pub stage: Stage,
    /// For teachers and reviewers: guideline topic and why it fits the age band.
    #[serde(default)]
    pub note: Option<Note>,
    /// Small details that change between plays: for each variable, the message
    /// keys to pick from (seeded). Messages use it as `{ $name }`.
    #[serde(default)]
    pub vary: BTreeMap<String, Vec<String>>,
    /// The face each character shows in a chat or a feed: speaker key (`npc-friend`)
    /// to a picture's name (`face-amara`). Pictures live in `assets/pictures/`.
    #[serde(default)]
    pub faces: BTreeMap<String, String>,
    /// The `vary` variables that are the age band's recurring people
    /// (`"friend"`, `"stranger"`): their names come from the band's story
    /// (`story.ron` in its folder) and stay the same for a child from level to level.
    #[serde(default)]
    pub cast: Vec<String>,
    /// What the child's choices leave on their phone, shown on "My phone": each
    /// trace shows while its facts hold, with Sango's comment and what to do.
    #[serde(default)]
    pub traces: Vec<Trace>,
    pub start: String,
    pub beats: Beats,
}

/// Whether an id is a plain name: lowercase letters, digits and `-`, as file
/// names and message ids need. Anything else (`../x`, `a/b`, spaces) is refused
/// before it can name a file.
pub fn is_plain_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 80
        && !id.starts_with('-')
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

impl Scenario {
    /// The Fluent id of a key local to this scenario.
    /// A key that starts with `cast-` is a recurring person's name, shared by
    /// the age band's levels (`locales/*/stories.ftl`), and is its own id.
    pub fn message_id(&self, key: &str) -> String {
        if key.starts_with(CAST_PREFIX) {
            key.to_string()
        } else {
            format!("{}-{}", self.id, key)
        }
    }

    /// The first option of every `vary` variable: how the scenario reads outside a
    /// play (its title on the map).
    pub fn default_variables(&self) -> Vec<(String, String)> {
        self.vary
            .iter()
            .filter_map(|(name, options)| options.first().map(|o| (name.clone(), o.clone())))
            .collect()
    }

    pub fn beat(&self, id: &str) -> Option<&Node> {
        self.beats.get(id)
    }

    /// The facts this scenario sets (by a choice, or a line passed).
    pub fn facts_set(&self) -> std::collections::BTreeSet<&str> {
        let mut out = std::collections::BTreeSet::new();
        for (_, node) in self.beats.iter() {
            if let Node::Beat(b) = node {
                out.extend(b.sets.iter().map(String::as_str));
                for c in &b.choices {
                    out.extend(c.sets.iter().map(String::as_str));
                }
            }
        }
        out
    }

    /// The facts this scenario reads (a choice's or a branch's `when`).
    pub fn facts_read(&self) -> std::collections::BTreeSet<&str> {
        let mut out = std::collections::BTreeSet::new();
        for (_, node) in self.beats.iter() {
            if let Node::Beat(b) = node {
                let conditions = b
                    .branches
                    .iter()
                    .flat_map(|br| &br.when)
                    .chain(b.choices.iter().flat_map(|c| &c.when));
                out.extend(conditions.map(|w| fact_of(w)));
            }
        }
        out
    }

    /// The facts this scenario's traces on "My phone" read.
    pub fn facts_traced(&self) -> std::collections::BTreeSet<&str> {
        self.traces
            .iter()
            .flat_map(|t| &t.when)
            .map(|w| fact_of(w))
            .collect()
    }

    /// The picture a beat shows and the words laid over it: a line's picture, or a
    /// clue card's.
    pub fn scene(&self, beat: &str) -> Option<Scene<'_>> {
        let (name, words) = match self.beat(beat)? {
            Node::Beat(b) => (b.picture.as_deref()?, &b.words),
            Node::Spot(s) => (s.card.picture.as_deref()?, &s.card.words),
            Node::Sort(_)
            | Node::Setup(_)
            | Node::Compose(_)
            | Node::Lock(_)
            | Node::Craft(_)
            | Node::Ending(_) => return None,
        };
        Some(Scene { name, words })
    }

    /// The picture of each post of a feed to sort, with its words.
    pub fn post_scenes(&self, beat: &str) -> Vec<Option<Scene<'_>>> {
        let Some(Node::Sort(sort)) = self.beat(beat) else {
            return Vec::new();
        };
        sort.posts
            .iter()
            .map(|p| {
                p.picture.as_deref().map(|name| Scene {
                    name,
                    words: &p.words,
                })
            })
            .collect()
    }

    /// Every picture the scenario names, with the beat that names it (`None` for
    /// a face), before `{var}` is filled in.
    pub fn pictures(&self) -> Vec<(Option<&str>, &str)> {
        let mut names: Vec<(Option<&str>, &str)> =
            self.faces.values().map(|f| (None, f.as_str())).collect();
        for (id, _) in self.beats.iter() {
            if let Some(scene) = self.scene(id) {
                names.push((Some(id), scene.name));
            }
            for scene in self.post_scenes(id).into_iter().flatten() {
                names.push((Some(id), scene.name));
            }
        }
        names
    }

    /// Scenario-level messages every scenario must have: its title on the map, a
    /// one-line summary, and what Sango wants the child to remember at the debrief.
    pub const REQUIRED_KEYS: [&'static str; 3] = ["title", "summary", "remember"];

    /// Every message key this scenario refers to, with the beat it belongs to.
    pub fn message_keys(&self) -> Vec<(Option<&str>, &str)> {
        let mut keys: Vec<(Option<&str>, &str)> =
            Self::REQUIRED_KEYS.iter().map(|k| (None, *k)).collect();
        if let Some(app) = self.stage.app() {
            keys.push((None, app));
        }
        for options in self.vary.values() {
            keys.extend(options.iter().map(|k| (None, k.as_str())));
        }
        for trace in &self.traces {
            keys.push((None, &trace.text));
            keys.push((None, &trace.advice));
        }
        for (beat_id, node) in self.beats.iter() {
            let beat = Some(beat_id.as_str());
            match node {
                Node::Beat(b) => {
                    if let Speaker::Npc(name) = &b.speaker {
                        keys.push((beat, name));
                    }
                    keys.push((beat, &b.text));
                    keys.extend(b.words.values().map(|k| (beat, k.as_str())));
                    for choice in &b.choices {
                        keys.push((beat, &choice.text));
                        keys.push((beat, &choice.feedback));
                    }
                }
                Node::Spot(s) => {
                    if let Speaker::Npc(name) = &s.speaker {
                        keys.push((beat, name));
                    }
                    keys.push((beat, &s.text));
                    keys.push((beat, &s.card.title));
                    keys.push((beat, &s.card.body));
                    keys.extend(s.card.words.values().map(|k| (beat, k.as_str())));
                    for part in &s.parts {
                        keys.push((beat, &part.text));
                        keys.push((beat, &part.feedback));
                    }
                }
                Node::Sort(s) => {
                    if let Speaker::Npc(name) = &s.speaker {
                        keys.push((beat, name));
                    }
                    keys.push((beat, &s.text));
                    for post in &s.posts {
                        keys.push((beat, &post.from));
                        keys.push((beat, &post.text));
                        keys.push((beat, &post.feedback));
                        keys.extend(post.words.values().map(|k| (beat, k.as_str())));
                    }
                }
                Node::Setup(s) => {
                    if let Speaker::Npc(name) = &s.speaker {
                        keys.push((beat, name));
                    }
                    keys.push((beat, &s.text));
                    for setting in &s.settings {
                        keys.push((beat, &setting.text));
                        for value in &setting.values {
                            keys.push((beat, &value.text));
                            keys.push((beat, &value.feedback));
                        }
                    }
                }
                Node::Compose(c) => {
                    if let Speaker::Npc(name) = &c.speaker {
                        keys.push((beat, name));
                    }
                    keys.push((beat, &c.text));
                    keys.push((beat, &c.to));
                    for phrase in &c.phrases {
                        keys.push((beat, &phrase.text));
                        keys.push((beat, &phrase.feedback));
                    }
                }
                Node::Lock(l) => {
                    if let Speaker::Npc(name) = &l.speaker {
                        keys.push((beat, name));
                    }
                    keys.push((beat, &l.text));
                    for piece in &l.pieces {
                        keys.push((beat, &piece.text));
                        keys.push((beat, &piece.feedback));
                    }
                    for setting in &l.settings {
                        keys.push((beat, &setting.text));
                        for value in &setting.values {
                            keys.push((beat, &value.text));
                            keys.push((beat, &value.feedback));
                        }
                    }
                    keys.push((beat, &l.sign_in));
                    for page in &l.pages {
                        keys.push((beat, &page.address));
                        keys.push((beat, &page.feedback));
                    }
                }
                Node::Craft(c) => {
                    if let Speaker::Npc(name) = &c.speaker {
                        keys.push((beat, name));
                    }
                    keys.push((beat, &c.text));
                    keys.push((beat, &c.what));
                    for technique in &c.techniques {
                        keys.push((beat, &technique.text));
                        keys.push((beat, &technique.feedback));
                    }
                    for person in &c.people {
                        keys.push((beat, &person.name));
                        keys.push((beat, &person.about));
                        keys.push((beat, &person.why));
                    }
                    keys.push((beat, &c.turn));
                }
                Node::Ending(e) => keys.push((beat, &e.text)),
            }
        }
        keys
    }
}

/// A picture as a beat names it: the art, and the words the game lays over it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Scene<'a> {
    /// The picture's name as written, `{var}` not yet filled in.
    pub name: &'a str,
    /// Slot name to message key.
    pub words: &'a BTreeMap<String, String>,
}

/// A point in the story.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub enum Node {
    Beat(Beat),
    /// Tap the clues: a post, message or dialog whose parts the child inspects.
    Spot(Spot),
    /// Sort the feed: posts, real and fake, kind and cruel, each put on a pile.
    Sort(Sort),
    /// Set it up safely: a new account's settings, set for the character's
    /// situation.
    Setup(Setup),
    /// Say it well: a message built from phrases, what it says and what it
    /// leaves out.
    Compose(Compose),
    /// Lock it (13+): a passphrase built from pieces, the account's sign-in
    /// settings, then the real sign-in page told from a fake by its address.
    Lock(Lock),
    /// Play the other side (13+; scams, clickbait and misinformation only): a
    /// fake post or offer built from techniques, shown to people it may fool,
    /// then turned round.
    Craft(Craft),
    Ending(Ending),
}

impl Node {
    /// Who speaks at this beat (an ending is told by no one).
    pub fn speaker(&self) -> Option<&Speaker> {
        match self {
            Node::Beat(b) => Some(&b.speaker),
            Node::Spot(s) => Some(&s.speaker),
            Node::Sort(s) => Some(&s.speaker),
            Node::Setup(s) => Some(&s.speaker),
            Node::Compose(c) => Some(&c.speaker),
            Node::Lock(l) => Some(&l.speaker),
            Node::Craft(c) => Some(&c.speaker),
            Node::Ending(_) => None,
        }
    }

    /// The beats this one leads to: a line's next, each choice's, or the one
    /// after a step played another way.
    pub fn nexts(&self) -> Vec<&str> {
        match self {
            Node::Beat(b) => b
                .next
                .iter()
                .map(String::as_str)
                .chain(b.branches.iter().map(|br| br.next.as_str()))
                .chain(b.choices.iter().map(|c| c.next.as_str()))
                .collect(),
            Node::Ending(_) => Vec::new(),
            other => other.played_next().into_iter().collect(),
        }
    }

    /// The beat after a step played another way than choosing (a card, a
    /// feed, an account, a message, a lock, a fake post).
    pub fn played_next(&self) -> Option<&str> {
        match self {
            Node::Spot(s) => Some(&s.next),
            Node::Sort(s) => Some(&s.next),
            Node::Setup(s) => Some(&s.next),
            Node::Compose(c) => Some(&c.next),
            Node::Lock(l) => Some(&l.next),
            Node::Craft(c) => Some(&c.next),
            Node::Beat(_) | Node::Ending(_) => None,
        }
    }

    /// The evidence each way out of this beat gives: one map per choice, one
    /// for a step played another way.
    pub fn evidence(&self) -> Vec<&BTreeMap<String, i32>> {
        match self {
            Node::Beat(b) => b.choices.iter().map(|c| &c.evidence).collect(),
            Node::Spot(s) => vec![&s.evidence],
            Node::Sort(s) => vec![&s.evidence],
            Node::Setup(s) => vec![&s.evidence],
            Node::Compose(c) => vec![&c.evidence],
            Node::Lock(l) => vec![&l.evidence],
            Node::Craft(c) => vec![&c.evidence],
            Node::Ending(_) => Vec::new(),
        }
    }

    /// What a step played another way is called in the story's graph.
    pub fn played_label(&self) -> Option<&'static str> {
        match self {
            Node::Spot(_) => Some("spot"),
            Node::Sort(_) => Some("sort"),
            Node::Setup(_) => Some("set up"),
            Node::Compose(_) => Some("say it"),
            Node::Lock(_) => Some("lock it"),
            Node::Craft(_) => Some("other side"),
            Node::Beat(_) | Node::Ending(_) => None,
        }
    }
}

/// A line of the story: either it goes on (`next`) or the player decides (`choices`).
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Beat {
    pub speaker: Speaker,
    #[serde(default)]
    pub mood: Option<Mood>,
    pub text: String,
    /// What the line shows: a post's photo, a store page, a pop-up, a login page.
    /// A picture's name (`assets/pictures/{name}.svg`); `{var}` is filled from `vary`.
    #[serde(default)]
    pub picture: Option<String>,
    /// The words laid over the picture: its slot (`title` for the art's
    /// `words-title` box) to a message key.
    #[serde(default)]
    pub words: BTreeMap<String, String>,
    #[serde(default)]
    pub next: Option<String>,
    #[serde(default)]
    pub choices: Vec<Choice>,
    /// Where a line goes instead of `next` when the story remembers something:
    /// the first branch whose `when` holds is taken.
    #[serde(default)]
    pub branches: Vec<Branch>,
    /// Facts the story remembers once this line is passed.
    #[serde(default)]
    pub sets: Vec<String>,
}

/// A way on from a line that depends on what the story remembers.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Branch {
    /// Facts that must hold (`"shared-school"`), or must not (`"!changed-password"`).
    pub when: Vec<String>,
    pub next: String,
}

/// How content's RON is read: `mood: Happy` reads better for authors than
/// `mood: Some(Happy)`, and `Beat(speaker: …)` better than `Beat(Beat(speaker: …))`.
pub fn ron_options() -> ron::Options {
    use ron::extensions::Extensions;
    ron::Options::default()
        .with_default_extension(Extensions::IMPLICIT_SOME)
        .with_default_extension(Extensions::UNWRAP_VARIANT_NEWTYPES)
}

/// The prefix of a recurring person's message key (`cast-mia`).
pub const CAST_PREFIX: &str = "cast-";

/// A trace the child's choices leave, for "My phone".
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Trace {
    /// Facts that must hold for it to show (`"told-school"`, `"!changed-password"`).
    pub when: Vec<String>,
    pub kind: TraceKind,
    /// What is out there, in the child's words ("Your school's name, told to { $gamer }").
    pub text: String,
    /// Sango's comment and what to do about it.
    pub advice: String,
}

/// What kind of trace: the sections of "My phone".
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize)]
pub enum TraceKind {
    /// Something shared, and with whom.
    Shared,
    /// Where location is on.
    Location,
    /// Someone blocked or reported.
    Blocked,
    /// A setting changed.
    Setting,
}

impl TraceKind {
    pub const ALL: [TraceKind; 4] = [
        TraceKind::Shared,
        TraceKind::Location,
        TraceKind::Blocked,
        TraceKind::Setting,
    ];

    /// The key of its section heading (`phone-shared`).
    pub fn key(self) -> &'static str {
        match self {
            TraceKind::Shared => "phone-shared",
            TraceKind::Location => "phone-location",
            TraceKind::Blocked => "phone-blocked",
            TraceKind::Setting => "phone-setting",
        }
    }
}

/// Whether facts hold: each `"fact"` is remembered and each `"!fact"` is not.
pub fn holds(when: &[String], facts: &std::collections::BTreeSet<String>) -> bool {
    when.iter().all(|w| match w.strip_prefix('!') {
        Some(not) => !facts.contains(not),
        None => facts.contains(w),
    })
}

/// The fact a condition reads (`"!x"` reads `x`).
pub fn fact_of(condition: &str) -> &str {
    condition.strip_prefix('!').unwrap_or(condition)
}

/// One thing the player can do at a decision.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Choice {
    pub text: String,
    pub verdict: Verdict,
    /// Objective id to evidence: +1 practised well, -1 a chance to learn.
    #[serde(default)]
    pub evidence: BTreeMap<String, i32>,
    /// Sango's explanation of why, shown after the choice.
    pub feedback: String,
    pub next: String,
    /// What the choice does in the app (reply, block, report, tell…).
    #[serde(default)]
    pub act: Option<Act>,
    /// Facts the story remembers once this is chosen, in this level and the
    /// later levels of the age band (`"shared-school"`).
    #[serde(default)]
    pub sets: Vec<String>,
    /// Offered only when these facts hold (`"fact"`, or `"!fact"` for not).
    #[serde(default)]
    pub when: Vec<String>,
}

/// "Tap what gives it away": a card (a post, a message, a dialog) made of parts,
/// some of them clues. The child taps parts, each tap explained, then goes on.
/// Finding every clue without accusing an innocent part is the safe result.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Spot {
    pub speaker: Speaker,
    #[serde(default)]
    pub mood: Option<Mood>,
    /// The instruction, e.g. "Tap everything that looks wrong".
    pub text: String,
    pub card: Card,
    pub parts: Vec<Part>,
    /// Earned when every clue is found; lost when none is.
    #[serde(default)]
    pub evidence: BTreeMap<String, i32>,
    pub next: String,
}

impl Spot {
    pub fn clue_count(&self) -> usize {
        self.parts.iter().filter(|p| p.clue).count()
    }
}

/// The thing being inspected: who it is from, and what it says.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Card {
    pub title: String,
    pub body: String,
    /// The thing itself, drawn: its parts are hotspots on it (each part's `area`).
    #[serde(default)]
    pub picture: Option<String>,
    /// The words laid over the picture, slot to message key, as on a beat.
    #[serde(default)]
    pub words: BTreeMap<String, String>,
}

/// One tappable part of a card.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Part {
    pub text: String,
    /// True if this part gives the trick away.
    pub clue: bool,
    /// Sango says why it is, or is not, a clue.
    pub feedback: String,
    /// Where the part is on the card's picture, in the picture's own units (its
    /// SVG size): the hotspot the child taps. `text` is the hotspot's name, what a
    /// screen reader says.
    #[serde(default)]
    pub area: Option<crate::content::picture::Area>,
}

/// "Sort the feed": a stack of posts, each put on a pile: share it, check it
/// first, or don't share it. Scored as discernment: a post fit to share that is
/// kept from everyone costs as much as a fake passed on, so a child who trusts
/// nothing does not win. Sango explains each post after the sort, not before.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Sort {
    pub speaker: Speaker,
    #[serde(default)]
    pub mood: Option<Mood>,
    /// The instruction, e.g. "Your feed this morning. Where does each post go?"
    pub text: String,
    /// In the order the child meets them.
    pub posts: Vec<Post>,
    /// Earned when the feed is sorted with discernment; lost when it is not.
    #[serde(default)]
    pub evidence: BTreeMap<String, i32>,
    pub next: String,
}

/// Where a post goes when a feed is sorted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize)]
pub enum Pile {
    /// Fine to pass on: true, kind, and not anyone's private moment.
    Share,
    /// It may be true or not: find out before passing it on.
    Check,
    /// Not to pass on: false, cruel, or someone else's to share.
    DontShare,
}

impl Pile {
    /// The piles, in the order the game shows them.
    pub const ALL: [Pile; 3] = [Pile::Share, Pile::Check, Pile::DontShare];

    /// The pile's name as the messages know it (`sort-pile-share` …).
    pub fn key(self) -> &'static str {
        match self {
            Pile::Share => "share",
            Pile::Check => "check",
            Pile::DontShare => "dont-share",
        }
    }
}

/// One post of a feed to sort.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Post {
    /// Who posted it (a message key): an account's name.
    pub from: String,
    /// What it says (a message key): what the child reads, and a screen reader.
    pub text: String,
    /// What it shows, drawn (`assets/pictures/{name}.svg`), with its words.
    #[serde(default)]
    pub picture: Option<String>,
    #[serde(default)]
    pub words: BTreeMap<String, String>,
    /// Where it belongs.
    pub pile: Pile,
    /// Sango's why, shown after the sort.
    pub feedback: String,
}

/// "Set it up safely": a new account's settings (who sees my posts, location, who
/// can message me…), each set for the character's situation, then scored one by
/// one with why. Which value is right depends on the situation told: locking
/// everything is not always right (a child who wants their class to see their
/// drawings is not helped by "only me"), and leaving the app's defaults seldom is.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Setup {
    pub speaker: Speaker,
    #[serde(default)]
    pub mood: Option<Mood>,
    /// The situation and the instruction, e.g. "Mia wants her class to see her
    /// drawings, and nobody else. Set up her account."
    pub text: String,
    /// In the order the app shows them.
    pub settings: Vec<Setting>,
    /// Earned when the account is set up well for the situation; lost when not.
    #[serde(default)]
    pub evidence: BTreeMap<String, i32>,
    pub next: String,
}

/// One setting of a new account.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Setting {
    /// What it sets (a message key), e.g. "Who can see my posts".
    pub text: String,
    /// Its values, from the most open to the most closed.
    pub values: Vec<Value>,
    /// The value the app starts with, by index into `values`: its default.
    pub start: usize,
}

/// One value a setting can take.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Value {
    pub text: String,
    /// How well it fits the character's situation.
    pub fit: Verdict,
    /// Sango's why, shown after the account is set up.
    pub feedback: String,
}

/// "Say it well": a message the child builds from phrases (a kind word to a
/// friend who is targeted, a firm no, a report with what a moderator needs),
/// scored on what it includes and what it leaves out: an insult back or a
/// personal detail spoils the best message.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Compose {
    pub speaker: Speaker,
    #[serde(default)]
    pub mood: Option<Mood>,
    /// The situation and the instruction, e.g. "Write to Sam, whose post is
    /// being laughed at."
    pub text: String,
    /// Who the message goes to (a message key), shown on the draft: "To: Sam".
    pub to: String,
    /// The phrases to choose from, in the order shown.
    pub phrases: Vec<Phrase>,
    /// Earned when the message says it well; lost when it does harm.
    #[serde(default)]
    pub evidence: BTreeMap<String, i32>,
    pub next: String,
}

/// One phrase a message can be built from.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Phrase {
    /// What it says (a message key): the button, and the words in the draft.
    pub text: String,
    /// Whether the best message has it.
    pub belongs: Belongs,
    /// Sango's why, shown after the message is sent.
    pub feedback: String,
}

/// Whether a phrase belongs in the message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
pub enum Belongs {
    /// The message needs it (what happened, a kind word, a clear no).
    In,
    /// Fine either way (a greeting, a thank-you).
    Either,
    /// It does harm: an insult back, a personal detail, a threat.
    Out,
}

/// "Lock it" (13+): a new account locked well. The child builds a passphrase
/// from pieces (everyday words make it strong and memorable; a pet's name or
/// "1234" make it guessable; a jumble of characters is strong but gets written
/// down), sets the account's sign-in settings (two-step sign-in), then, days
/// later, picks the page to sign in on by its address. The whole is as safe as
/// its weakest part.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Lock {
    pub speaker: Speaker,
    #[serde(default)]
    pub mood: Option<Mood>,
    /// The situation and the instruction, e.g. "Make a passphrase for your new
    /// games account, then turn on what keeps it yours."
    pub text: String,
    /// The pieces a passphrase can be made of.
    pub pieces: Vec<Piece>,
    /// How many everyday words make the passphrase strong enough: 3 unless said.
    #[serde(default = "Lock::default_words")]
    pub words: usize,
    /// The account's sign-in settings (two-step sign-in, a recovery address…),
    /// judged like an account to set up. May be empty.
    #[serde(default)]
    pub settings: Vec<Setting>,
    /// What happens when the child next signs in, and the question, e.g. "Two
    /// days later a message says your account is locked. Which page do you sign
    /// in on?"
    pub sign_in: String,
    /// The pages to sign in on: one real, the others fakes told by their address.
    pub pages: Vec<Page>,
    /// Earned when the account is locked well; lost when it is left open.
    #[serde(default)]
    pub evidence: BTreeMap<String, i32>,
    pub next: String,
}

impl Lock {
    fn default_words() -> usize {
        3
    }
}

/// One piece a passphrase can be made of.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Piece {
    /// The piece as typed (a message key): "teapot", "Biscuit2011", "1234".
    pub text: String,
    pub kind: PieceKind,
    /// Sango's why, shown after the account is locked.
    pub feedback: String,
}

/// What a piece of a passphrase does to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
pub enum PieceKind {
    /// An everyday word with nothing to do with the child: three or more make a
    /// passphrase strong, and a picture of them makes it memorable.
    Word,
    /// Something about the child (a name, a pet, a birthday, a team): anyone
    /// who knows them or reads their posts can guess it.
    Personal,
    /// On every list of passwords ("password", "1234", "qwerty"): guessed first.
    Common,
    /// A jumble of characters: strong, but too hard to remember, so it gets
    /// written down or reused.
    Jumble,
}

/// A page to sign in on.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Page {
    /// Its address (a message key), e.g. "accounts.pixelpal.com/sign-in".
    pub address: String,
    /// Whether it is the real sign-in page.
    pub real: bool,
    /// Sango's why, shown after the child signs in.
    pub feedback: String,
}

/// "Play the other side" (13+; scams, clickbait and misinformation only, never
/// grooming or sexual risks): the child builds a fake offer or post from
/// techniques, with room for only a few, to fool the people shown (each falls
/// for some tricks); an honest part fools nobody. Then they see whom it fooled
/// and why, and Sango turns it round: the same tricks, aimed at them.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Craft {
    pub speaker: Speaker,
    #[serde(default)]
    pub mood: Option<Mood>,
    /// The set-up and the instruction, e.g. "For one round, you run a fake
    /// giveaway page. Build a post that gets clicks."
    pub text: String,
    /// What is being made (a message key), shown on the draft.
    pub what: String,
    /// How many techniques the post has room for.
    pub room: usize,
    pub techniques: Vec<Technique>,
    /// Who will see it, and what each falls for.
    pub people: Vec<Person>,
    /// Sango turns it round, after the reveal: what to look for when these
    /// tricks are aimed at you.
    pub turn: String,
    /// Earned when the child shows they know the tricks (everyone fooled, no
    /// honest part wasted); lost when they do not.
    #[serde(default)]
    pub evidence: BTreeMap<String, i32>,
    pub next: String,
}

/// One technique a fake post or offer can use.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Technique {
    /// What it adds (a message key): "Only 10 minutes left!"
    pub text: String,
    pub trick: Trick,
    /// Sango's why: what the trick does, and how to spot it.
    pub feedback: String,
}

/// The tricks of scams, clickbait and misinformation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize)]
pub enum Trick {
    /// Hurry: no time to check.
    Urgency,
    /// A badge, a title, an official look: borrowed trust.
    Authority,
    /// Fear, anger or outrage: feelings before thinking.
    Emotion,
    /// Something free or a prize: too good to be true.
    Prize,
    /// "Everyone is doing it": other people as proof.
    Crowd,
    /// Not a trick: a real source, a way to check, the real odds. It fools
    /// nobody.
    Honest,
}

/// Someone who will see the fake post.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Person {
    /// Their name (a message key).
    pub name: String,
    /// What they are like, shown while the post is built, e.g. "Checks the
    /// news every morning; trusts anything with an official badge."
    pub about: String,
    /// The tricks that fool them.
    pub falls_for: Vec<Trick>,
    /// Sango's why, shown after: what fooled them, or would have.
    pub why: String,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Ending {
    pub outcome: Outcome,
    pub text: String,
    #[serde(default)]
    pub mood: Option<Mood>,
}

/// The beats of a scenario in the order written, duplicates kept so the linter can
/// name them (a plain map would silently keep the last one).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Beats(pub Vec<(String, Node)>);

impl Beats {
    pub fn get(&self, id: &str) -> Option<&Node> {
        self.0.iter().find(|(k, _)| k == id).map(|(_, n)| n)
    }

    pub fn iter(&self) -> impl Iterator<Item = (&String, &Node)> {
        self.0.iter().map(|(k, n)| (k, n))
    }

    pub fn ids(&self) -> impl Iterator<Item = &str> {
        self.0.iter().map(|(k, _)| k.as_str())
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl<'de> Deserialize<'de> for Beats {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct BeatsVisitor;
        impl<'de> Visitor<'de> for BeatsVisitor {
            type Value = Beats;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a map of beat ids to beats, like { \"intro\": Beat(...) }")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Beats, A::Error> {
                let mut beats = Vec::new();
                while let Some((k, v)) = map.next_entry::<String, Node>()? {
                    beats.push((k, v));
                }
                Ok(Beats(beats))
            }
        }
        deserializer.deserialize_map(BeatsVisitor)
    }
}

/// A learning objective. Its title, "I can…" sentence and ITU guideline topic are the
/// Fluent messages `objective-{id}-title`, `-i-can` and `-topic`.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Objective {
    pub id: String,
    /// The risk categories it is mostly practised in.
    pub risks: Vec<Risk>,
}

impl Objective {
    pub const MESSAGE_SUFFIXES: [&'static str; 3] = ["title", "i-can", "topic"];

    pub fn message_id(&self, suffix: &str) -> String {
        format!("objective-{}-{}", self.id, suffix)
    }
}

/// One of the check's two parallel item sets: a child answers one in the warm-up
/// and the other in the look-back, so a gain is not just remembering.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum ItemSet {
    A,
    B,
}

impl ItemSet {
    pub fn other(self) -> Self {
        match self {
            ItemSet::A => ItemSet::B,
            ItemSet::B => ItemSet::A,
        }
    }
}

/// A situation to judge in the warm-up, look-back and booster checks
/// (`scenarios/checks.ron`): the child says "OK" or "Not OK", then how sure.
/// Half of each set's situations are safe. Its words are the messages
/// `check-{id}` (the situation) and `check-{id}-why` (Sango's feedback in the
/// booster round).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Item {
    pub id: String,
    /// The objective it measures.
    pub objective: String,
    pub set: ItemSet,
    pub ages: Vec<AgeBand>,
    /// Whether the situation is OK: the right judgement.
    pub safe: bool,
}

impl Item {
    /// The situation.
    pub fn question_id(&self) -> String {
        format!("check-{}", self.id)
    }

    /// Why it is OK or not OK: Sango's feedback.
    pub fn why_id(&self) -> String {
        format!("check-{}-why", self.id)
    }

    /// Every message it uses.
    pub fn message_ids(&self) -> Vec<String> {
        vec![self.question_id(), self.why_id()]
    }
}
