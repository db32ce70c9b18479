# Content packs: their status, a pack's preview before installing, what came of installing or removing.
# English, the language every other catalog falls back to.

## Settings: the content in use

# What is in use. $title: the pack's name; $version: its version, e.g. 1.0.0.
content-using-built-in = Using { $title } { $version }, built into the app.
content-using-installed = Using { $title } { $version }, installed on this device.
# The button that picks a pack file.
content-install-from-file = Install content from a file
# The button that removes an installed pack.
content-back-to-built-in = Go back to the built-in content
# An add-on pack in use. $title: its name; $version: its version; $modules: how many modules it adds.
content-addon-summary = { $title } { $version } adds { $modules ->
        [one] { $modules } module
       *[other] { $modules } modules
    } to your path.
# The button that removes an add-on. $title: its name.
content-addon-remove = Remove { $title }

## Before installing a pack file

content-install-title = Install this content?
# Who made it, as the pack says. $authors: their names; $version: the pack's version.
content-made-by = Made by { $authors }. Version { $version }.
content-made-by-nobody = The pack does not say who made it. Version { $version }.
# What no pack may change.
content-keeps-help-lines = Emergency numbers and help lines stay the ones built into the app; local services it adds are shown after them, marked as coming from this pack.
content-keeps-crisis-check = The crisis check stays the app's own.
content-keeps-safety-plan = The safety plan questions stay the app's own.
content-install = Install
content-dont-install = Don't install
# Asked before installing when an app lock is set.
content-secret-pin = Enter your app PIN to install this content
content-secret-passphrase = Enter your app passphrase to install this content

## When installed content cannot be used (a sentence in settings)

content-note-unreadable = The installed content could not be read, so the built-in content is in use.
# $title, $version: the content built into the app; $installed: the installed pack's version.
content-note-older = The app now has newer content ({ $title } { $version }) than the installed pack ({ $installed }), so the built-in content is in use.
content-note-changes-help = The installed content tries to change the help lines built into the app, so the built-in content is in use.
# $required: the version of Groundwork the pack needs.
content-note-needs-newer = The installed content needs Groundwork { $required } or newer, so the built-in content is in use.
content-note-fails-checks = The installed content no longer passes its checks, so the built-in content is in use.
# $count: how many add-on packs were left out.
content-note-addons-left-out = { $count ->
        [one] An add-on pack could not be used with this content, so its modules are not shown.
       *[other] { $count } add-on packs could not be used with this content, so their modules are not shown.
    }

## What an installed pack may not change (the install preview; a refused pack's reason)

# A change to built-in help. $region: the region's name; $code: its two letters.
content-change-new-region = help lines and an emergency number for { $region } ({ $code }), a region the app does not list
# $id: a line's id; $region: the region's name.
content-change-reused-id = a built-in line's id ({ $id }) used for another line in { $region }
content-change-emergency = { $region }'s emergency number
# $name: the line's name.
content-change-second-line = a second line called { $name } in { $region }
# $line: the built-in line's name; $what: number, text, website, name or kind.
content-change-line = { $line }'s { $what ->
        [number] number
        [text] text number
        [website] website
        [name] name
       *[kind] kind of help
    } in { $region }
# Parts of the app's safety content a pack carries its own version of, which are not used.
content-set-aside-situations = its own wording for help now's situations and first steps
content-set-aside-risk-questions = its own questions after a hard check-in
content-set-aside-home-safety = its own home safety question
content-set-aside-dad-mood = its own new dad's mood check
content-set-aside-safety-plan = its own safety plan questions
content-set-aside-pause-safeguards = its own pause plan safeguards
content-set-aside-crisis-check = its own crisis check
content-set-aside-grounding = its own grounding exercise
content-set-aside-crisis-answer = its own answer after words of crisis
content-set-aside-peer-groups = its own list of groups where men meet
# Why a pack file is refused. $megabytes: the largest a pack may be.
content-refused-too-large = the file is larger than a pack can be ({ $megabytes } MB at most)
# $version: the file's version; $built_in: the app's own.
content-refused-older = it is an older edition ({ $version }) of the content built into the app ({ $built_in })
content-refused-addon-clash = it shares a phase or a module with another add-on already installed
