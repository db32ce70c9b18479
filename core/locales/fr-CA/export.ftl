# L'exportation : l'écran d'exportation et ce qui en est sorti. Tutoiement, comme dans tout le
# paquet français. Les clés JSON et les en-têtes CSV ne sont pas ici : ils ne se traduisent pas.

## L'écran d'exportation

export-title = Exporter ce que tu as écrit
export-not-encrypted = Ce fichier n'est pas chiffré. Quiconque l'obtient, ou a dans les mains le téléphone ou l'ordinateur où il est enregistré, peut tout lire. Pour une copie que toi seul peux ouvrir, fais plutôt une sauvegarde chiffrée.
export-choice-json = Tout (JSON)
export-choice-markdown = Ton journal (Markdown)
export-choice-csv = Tes bilans (CSV)
export-secret-prompt-pin = Entre le NIP de l'app pour exporter
export-secret-prompt-passphrase = Entre la phrase de passe de l'app pour exporter

## Le journal en fichier Markdown

export-journal-heading = Mon journal
export-tags = Étiquettes : { $tags }
