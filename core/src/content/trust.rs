//! What an installed pack may change, and what it may not.
//!
//! A pack from a file (a counsellor's, or any file someone hands him) may add modules, prompts,
//! exercises and local services. It never changes where help goes: the emergency numbers, the
//! help lines, the crisis check and the safety plan always come from the pack compiled into the
//! app. A file that tries to change a built-in line (its number, text number, website, name or
//! kind), adds an emergency number, adds a second line under a built-in line's name or id, or
//! brings a region of its own is refused, naming what it tried to change ([`help_changes`]). A file that
//! passes is used through [`compose`]: its own modules, prompts and words with the built-in
//! safety section and help lines, plus the local services it adds, which help now labels as
//! coming from that pack.
//!
//! Peer groups ("find your people") are built-in only: a pack's own list is set aside (the
//! install preview says so) and the app's list is used, so no file can send a man to a group
//! it made up.
//!
//! Help lines change only with an app update, never through a file: there is no signed-file
//! path for them (`docs/threat-model.md`).

use groundwork_pack::{Helpline, HelplineKind, Pack, Region};

use crate::base::text::Language;

/// What `pack` tries to change of the help built into the app (`built_in`), one plain phrase
/// each in `built_in`'s language, e.g. "1800RESPECT's number in Australia". Empty when it
/// changes nothing there.
///
/// Lines a pack leaves out are not listed: they are shown anyway, from the built-in pack.
pub fn help_changes(pack: &Pack, built_in: &Pack) -> Vec<String> {
    let language = Language::of_pack(&built_in.manifest.locale);
    let mut changes = Vec::new();
    for region in &pack.helplines {
        let Some(ours) = built_in.helplines.iter().find(|r| r.code == region.code) else {
            changes.push(language.say_with(
                "content-change-new-region",
                &[
                    ("region", region.name.as_str().into()),
                    ("code", region.code.as_str().into()),
                ],
            ));
            continue;
        };
        let in_region = ("region", ours.name.as_str().into());
        for line in &region.lines {
            match ours.lines.iter().find(|l| l.id == line.id) {
                Some(built) => changes.extend(line_changes(line, built, ours, language)),
                None if is_built_in(built_in, &line.id) => changes.push(language.say_with(
                    "content-change-reused-id",
                    &[("id", line.id.as_str().into()), in_region.clone()],
                )),
                None if is_emergency(line) => {
                    changes.push(
                        language
                            .say_with("content-change-emergency", std::slice::from_ref(&in_region)),
                    );
                }
                None if ours.lines.iter().any(|l| same_name(l, line)) => {
                    changes.push(language.say_with(
                        "content-change-second-line",
                        &[("name", line.name.as_str().into()), in_region.clone()],
                    ));
                }
                None => {}
            }
        }
    }
    changes
}

/// How `line` differs from the built-in line with its id, in `region`, in `language`.
fn line_changes(
    line: &Helpline,
    built: &Helpline,
    region: &Region,
    language: Language,
) -> Vec<String> {
    let mut changes = Vec::new();
    let mut differs = |changed: bool, what: &str| {
        if changed {
            changes.push(if is_emergency(built) {
                language.say_with(
                    "content-change-emergency",
                    &[("region", region.name.as_str().into())],
                )
            } else {
                language.say_with(
                    "content-change-line",
                    &[
                        ("line", built.name.as_str().into()),
                        ("what", what.into()),
                        ("region", region.name.as_str().into()),
                    ],
                )
            });
        }
    };
    differs(line.phone != built.phone, "number");
    differs(
        line.sms != built.sms || line.sms_body != built.sms_body,
        "text",
    );
    differs(line.web != built.web, "website");
    differs(line.name != built.name, "name");
    differs(line.kinds != built.kinds, "kind");
    changes.dedup();
    changes
}

fn is_emergency(line: &Helpline) -> bool {
    line.kinds.contains(&HelplineKind::Emergency)
}

fn same_name(a: &Helpline, b: &Helpline) -> bool {
    a.name.trim().eq_ignore_ascii_case(b.name.trim())
}

/// The local services `pack` adds to the built-in lines: its lines whose ids the built-in pack
/// does not have, with their region. Only meaningful for a pack [`help_changes`] found nothing
/// in.
pub fn added_services<'a>(pack: &'a Pack, built_in: &Pack) -> Vec<(&'a Region, &'a Helpline)> {
    pack.helplines
        .iter()
        .flat_map(|region| region.lines.iter().map(move |line| (region, line)))
        .filter(|(_, line)| !is_built_in(built_in, &line.id))
        .collect()
}

/// Whether `built_in` has a line with this id.
pub fn is_built_in(built_in: &Pack, line_id: &str) -> bool {
    built_in
        .helplines
        .iter()
        .any(|r| r.lines.iter().any(|l| l.id == line_id))
}

/// The pack as used: `pack`'s manifest, modules, words and prompts, with the safety section of
/// `built_in` (help now's situations, the questions, the safety plan, the pause plan's
/// safeguards and the crisis check), its peer groups, and its help lines, every one of them, followed in each
/// region by the local services `pack` adds. Call only on a pack [`help_changes`] found nothing
/// in.
pub fn compose(pack: Pack, built_in: &Pack) -> Pack {
    let added = added_services(&pack, built_in);
    let helplines = built_in
        .helplines
        .iter()
        .map(|region| {
            let mut region = region.clone();
            region.lines.extend(
                added
                    .iter()
                    .filter(|(r, _)| r.code == region.code)
                    .map(|(_, line)| (*line).clone()),
            );
            region
        })
        .collect();
    Pack {
        helplines,
        peer_groups: built_in.peer_groups.clone(),
        safety: built_in.safety.clone(),
        ..pack
    }
}

/// The parts of the built-in safety section (and the peer groups) `pack` carries its own
/// version of: they are not used (the app's are), and the install preview says so.
pub fn safety_set_aside(pack: &Pack, built_in: &Pack) -> Vec<String> {
    let language = Language::of_pack(&built_in.manifest.locale);
    let ours = &built_in.safety;
    let theirs = &pack.safety;
    [
        (
            theirs.situations != ours.situations,
            "content-set-aside-situations",
        ),
        (
            theirs.risk_questions != ours.risk_questions,
            "content-set-aside-risk-questions",
        ),
        (
            theirs.home_safety != ours.home_safety,
            "content-set-aside-home-safety",
        ),
        (
            theirs.dad_mood_check != ours.dad_mood_check,
            "content-set-aside-dad-mood",
        ),
        (
            theirs.safety_plan != ours.safety_plan,
            "content-set-aside-safety-plan",
        ),
        (
            theirs.pause_safeguards != ours.pause_safeguards,
            "content-set-aside-pause-safeguards",
        ),
        (
            theirs.crisis_check != ours.crisis_check,
            "content-set-aside-crisis-check",
        ),
        (
            theirs.grounding != ours.grounding,
            "content-set-aside-grounding",
        ),
        (
            theirs.crisis_answer != ours.crisis_answer,
            "content-set-aside-crisis-answer",
        ),
        (
            !pack.peer_groups.is_empty() && pack.peer_groups != built_in.peer_groups,
            "content-set-aside-peer-groups",
        ),
    ]
    .into_iter()
    .filter(|(differs, _)| *differs)
    .map(|(_, id)| language.say(id))
    .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn built_in() -> Pack {
        crate::content::default_pack()
            .expect("the built-in pack")
            .clone()
    }

    /// The first built-in line that takes texts with a keyword, in `pack`.
    fn texting_line(pack: &mut Pack) -> (String, &mut Helpline) {
        pack.helplines
            .iter_mut()
            .flat_map(|r| {
                let name = r.name.clone();
                r.lines.iter_mut().map(move |l| (name.clone(), l))
            })
            .find(|(_, l)| l.sms.is_some() && l.sms_body.is_some() && !is_emergency(l))
            .expect("a line taking texts with a keyword")
    }

    #[test]
    fn a_pack_changing_only_a_lines_text_number_or_only_its_keyword_is_told_so() {
        let ours = built_in();
        let mut number = built_in();
        let (region, line) = texting_line(&mut number);
        line.sms = Some("0400 000 001".into());
        let expected = format!("{}'s text number in {region}", line.name);
        assert_eq!(
            help_changes(&number, &ours),
            std::slice::from_ref(&expected)
        );

        let mut keyword = built_in();
        texting_line(&mut keyword).1.sms_body = Some("ELSEWHERE".into());
        assert_eq!(help_changes(&keyword, &ours), [expected]);
        assert!(help_changes(&ours, &ours).is_empty());
    }

    #[test]
    fn composing_keeps_the_built_in_peer_groups_and_a_pack_without_groups_sets_none_aside() {
        let ours = built_in();
        let mut theirs = built_in();
        theirs.peer_groups.truncate(1);
        theirs.peer_groups[0].name = "Somewhere else".into();
        assert_eq!(
            safety_set_aside(&theirs, &ours),
            ["its own list of groups where men meet"]
        );
        assert_eq!(compose(theirs, &ours).peer_groups, ours.peer_groups);

        let mut none = built_in();
        none.peer_groups.clear();
        assert!(safety_set_aside(&none, &ours).is_empty());
        assert_eq!(compose(none, &ours).peer_groups, ours.peer_groups);
    }

    #[test]
    fn what_a_pack_may_not_change_is_said_in_the_language_of_the_built_in_pack_it_is_checked_with()
    {
        let french = crate::content::built_in(Language::of_pack("fr-CA")).expect("the French pack");
        let mut theirs = (*french).clone();
        let (region, line) = texting_line(&mut theirs);
        line.sms = Some("0400 000 001".into());
        let name = line.name.clone();
        assert_eq!(
            help_changes(&theirs, &french),
            [format!("le numéro de texto de {name} en {region}")]
        );
        theirs.safety.grounding = None;
        assert_eq!(
            safety_set_aside(&theirs, &french),
            ["son propre exercice d'ancrage"]
        );
    }
}
