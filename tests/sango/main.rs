//! Sango's integration tests, one crate so the 2-core machine links once.

mod access;
mod classroom;
mod common;
mod explorer;
mod headless;
mod layers;
mod learning;
mod lint;
mod lms;
mod lrs;
mod mechanics;
mod pictures;
mod robust;
mod screenshots;
mod story;
mod voice;
mod words;
