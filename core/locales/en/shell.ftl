# The apps' own fixed lines (buttons, headings and accessibility labels the Android and iOS
# shells draw around the screen models), handed to them once as `ShellText`.
# English, the language every other catalog falls back to.
