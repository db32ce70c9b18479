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
