//! The integration tests: one binary (see matklad's "Delete Cargo Integration Tests"), driving
//! the real `apierr` executable in a scrubbed environment.

mod ci;
mod cli;
mod fixtures;
mod interactive;
mod knowledge;
mod locales;
mod providers;
mod render;
mod translation;
mod util;
