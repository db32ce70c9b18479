# Les paquets de contenu : ce qui est utilisé, l'aperçu d'un paquet avant de l'installer, ce qui
# arrive quand on l'installe ou l'enlève. Tutoiement, comme dans tout le paquet français.

## Réglages : le contenu utilisé

content-using-built-in = Tu utilises { $title } { $version }, inclus dans l'app.
content-using-installed = Tu utilises { $title } { $version }, installé sur cet appareil.
content-install-from-file = Installer du contenu à partir d'un fichier
content-back-to-built-in = Revenir au contenu inclus dans l'app
content-addon-summary = { $title } { $version } ajoute { $modules ->
        [one] { $modules } module
       *[other] { $modules } modules
    } à ton parcours.
content-addon-remove = Enlever { $title }

## Avant d'installer un paquet

content-install-title = Installer ce contenu?
content-made-by = Fait par { $authors }. Version { $version }.
content-made-by-nobody = Le paquet ne dit pas qui l'a fait. Version { $version }.
content-keeps-help-lines = Les numéros d'urgence et les lignes d'aide restent ceux de l'app; les services locaux qu'il ajoute viennent après, avec le nom de ce paquet.
content-keeps-crisis-check = La vérification de crise reste celle de l'app.
content-keeps-safety-plan = Les questions du plan de sécurité restent celles de l'app.
content-install = Installer
content-dont-install = Ne pas installer
content-secret-pin = Entre le NIP de l'app pour installer ce contenu
content-secret-passphrase = Entre la phrase secrète de l'app pour installer ce contenu

## Quand le contenu installé ne peut pas servir (une phrase dans les réglages)

content-note-unreadable = Le contenu installé n'a pas pu être lu, alors c'est le contenu inclus dans l'app qui sert.
content-note-older = L'app a maintenant du contenu plus récent ({ $title } { $version }) que le paquet installé ({ $installed }), alors c'est le contenu inclus dans l'app qui sert.
content-note-changes-help = Le contenu installé essaie de changer les lignes d'aide de l'app, alors c'est le contenu inclus dans l'app qui sert.
content-note-needs-newer = Le contenu installé demande Groundwork { $required } ou plus récent, alors c'est le contenu inclus dans l'app qui sert.
content-note-fails-checks = Le contenu installé ne passe plus ses vérifications, alors c'est le contenu inclus dans l'app qui sert.
content-note-addons-left-out = { $count ->
        [one] Un paquet complémentaire ne peut pas servir avec ce contenu, alors ses modules ne sont pas affichés.
       *[other] { $count } paquets complémentaires ne peuvent pas servir avec ce contenu, alors leurs modules ne sont pas affichés.
    }

## Ce qu'un paquet installé ne peut pas changer

content-change-new-region = des lignes d'aide et un numéro d'urgence pour { $region } ({ $code }), une région que l'app n'a pas
content-change-reused-id = l'identifiant d'une ligne de l'app ({ $id }) utilisé pour une autre ligne en { $region }
content-change-emergency = le numéro d'urgence de { $region }
content-change-second-line = une deuxième ligne appelée { $name } en { $region }
content-change-line = { $what ->
        [number] le numéro
        [text] le numéro de texto
        [website] le site Web
        [name] le nom
       *[kind] le genre d'aide
    } de { $line } en { $region }
content-set-aside-situations = ses propres mots pour les situations et les premiers gestes de De l'aide maintenant
content-set-aside-risk-questions = ses propres questions après un bilan difficile
content-set-aside-home-safety = sa propre question sur la sécurité à la maison
content-set-aside-dad-mood = son propre bilan d'humeur des nouveaux papas
content-set-aside-safety-plan = ses propres questions du plan de sécurité
content-set-aside-pause-safeguards = ses propres balises du plan de pause
content-set-aside-crisis-check = sa propre vérification de crise
content-set-aside-grounding = son propre exercice d'ancrage
content-set-aside-crisis-answer = sa propre réponse aux mots de crise
content-set-aside-peer-groups = sa propre liste de groupes où des hommes se rencontrent
content-refused-too-large = le fichier est plus gros qu'un paquet peut l'être ({ $megabytes } Mo au plus)
content-refused-older = c'est une édition plus ancienne ({ $version }) du contenu inclus dans l'app ({ $built_in })
content-refused-addon-clash = il a une étape ou un module en commun avec un autre paquet complémentaire déjà installé
