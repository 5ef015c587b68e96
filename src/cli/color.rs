//! Whether to colour the report. `colored` alone gets two cases wrong (it lets
//! `CLICOLOR_FORCE` beat `NO_COLOR`, and ignores `TERM=dumb`), so apierr decides here and hands
//! the answer to `colored` as an override.

use super::args::ColorWhen;
use super::env::Env;

/// The decision, in this order: the flag; a non-empty `NO_COLOR`; `CLICOLOR_FORCE`; `TERM=dumb`;
/// whether stdout is a terminal.
pub(crate) fn use_color(when: ColorWhen, env: &Env, stdout_is_tty: bool) -> bool {
    match when {
        ColorWhen::Always => true,
        ColorWhen::Never => false,
        ColorWhen::Auto if env.no_color => false,
        ColorWhen::Auto if env.clicolor_force => true,
        ColorWhen::Auto if env.term_dumb => false,
        ColorWhen::Auto => stdout_is_tty,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decision_table() {
        let env = |no_color, clicolor_force, term_dumb| Env {
            no_color,
            clicolor_force,
            term_dumb,
            ..Env::default()
        };
        // (flag, NO_COLOR, CLICOLOR_FORCE, TERM=dumb, tty) → colour?
        let table = [
            (ColorWhen::Always, true, false, true, false, true),
            (ColorWhen::Never, false, true, false, true, false),
            (ColorWhen::Auto, false, false, false, true, true),
            (ColorWhen::Auto, false, false, false, false, false),
            (ColorWhen::Auto, true, false, false, true, false),
            (ColorWhen::Auto, true, true, false, true, false),
            (ColorWhen::Auto, false, true, false, false, true),
            (ColorWhen::Auto, false, true, true, false, true),
            (ColorWhen::Auto, false, false, true, true, false),
        ];
        for (when, nc, force, dumb, tty, want) in table {
            assert_eq!(
                use_color(when, &env(nc, force, dumb), tty),
                want,
                "{when:?} NO_COLOR={nc} CLICOLOR_FORCE={force} TERM=dumb:{dumb} tty={tty}"
            );
        }
    }
}
