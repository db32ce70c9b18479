# A counsellor's recommendation: making one, reading one.
# English, the language every other catalog falls back to.

# Who a recommendation is from when a typed code carries no initials; shown as the name in
# "Recommended by ..." (module-recommended-by).
recommend-unnamed-from = your counsellor

## Why a code or link could not be read (said to the man typing or opening it)

recommend-not-a-code = this is not a Groundwork recommendation code or link
recommend-mistyped = a character is wrong, missing or extra; check the code against the one you were given
recommend-other-pack = this code was made for different Groundwork content, so it cannot be opened here
recommend-too-new = this code was made by a newer version of Groundwork; update the app to open it
recommend-modules-not-in-pack = this code names modules this version of Groundwork does not have; update the app to open it

## Why a recommendation could not be made (said to the counsellor making it)

# $id: the module id given, a content id.
recommend-unknown-module = there is no module "{ $id }" in this content
recommend-choose-a-module = choose at least one module
# $limit: the most modules one recommendation can carry (10).
recommend-too-many-modules = { $limit ->
        [one] choose up to { $limit } module
       *[other] choose up to { $limit } modules
    }
# The counsellor's name, shown to the man as "Recommended by NAME".
recommend-name-missing = write the name to show
# $limit: the most characters a name can have (40).
recommend-name-too-long = { $limit ->
        [one] use up to { $limit } character
       *[other] use up to { $limit } characters
    }
recommend-name-control = a name cannot contain control characters or line breaks
# The counsellor's short note. $limit: the most characters it can have (140).
recommend-note-too-long = { $limit ->
        [one] use up to { $limit } character
       *[other] use up to { $limit } characters
    }
recommend-note-control = a note cannot contain control characters
