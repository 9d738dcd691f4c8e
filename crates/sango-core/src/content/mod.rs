//! Scenarios and objectives: the schema authors write in RON, loading with
//! file:line:column errors, and the linter. Knows nothing of Bevy or of words.

pub mod coverage;
pub mod diagnostic;
pub mod files;
pub mod graph;
pub mod lint;
pub mod load;
pub mod picture;
#[cfg(feature = "svg")]
pub mod picture_lint;
pub mod schema;

pub use diagnostic::{Diagnostic, Location, Severity};
pub use lint::{MessageIndex, lint};
pub use load::{Library, OBJECTIVES_FILE, ScenarioFile, StoryFile, load_dir, load_pack};
pub use lock::{LockWay, Passphrase};
pub use schema::*;
mod compose;
mod craft;
mod lock;
pub mod setup;
pub mod story;
pub use story::{STORY_FILE, Story, StoryEnding};
